/// Aligned columns for reading in a terminal; long cells are cut so that a row stays on one line.
enum TableFormatter {
    /// The widest a column gets; longer cells end in "…".
    static let maxWidth = 48

    static func render(_ table: ResultTable) -> String {
        let cells = table.rows.map { row in row.map { clip(CellText.plain($0)) } }
        var widths = table.columns.map { clip($0).count }
        for row in cells {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], text.count) }
        }
        // A column whose non-null cells are all numbers is aligned right, like a spreadsheet.
        let numeric = table.columns.indices.map { index in
            let values = table.rows.map { $0[index] }.filter { $0 != .null }
            return !values.isEmpty && values.allSatisfy(CellText.isNumeric)
        }
        var lines = [line(table.columns.map(clip), widths: widths, rightAligned: numeric)]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in cells { lines.append(line(row, widths: widths, rightAligned: numeric)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ texts: [String], widths: [Int], rightAligned: [Bool]) -> String {
        let padded = texts.enumerated().map { index, text in
            let padding = String(repeating: " ", count: widths[index] - text.count)
            return rightAligned[index] ? padding + text : text + padding
        }
        return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
    }

    /// One line of at most `maxWidth` characters: line breaks and tabs become spaces.
    static func clip(_ text: String) -> String {
        var flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        if flat.count > maxWidth { flat = String(flat.prefix(maxWidth - 1)) + "…" }
        return flat
    }
}
