/// Aligned columns for reading in a terminal; long cells are cut so that a row stays on one line.
enum TableFormatter {
    /// The widest a column gets; longer cells end in "…".
    static let maxWidth = 48

    /// Column widths and alignments, measured on some rows and used for all.
    struct Layout {
        var columns: [String]
        var widths: [Int]
        var numeric: [Bool]

        init(columns: [String], rows: [[Cell]]) {
            self.columns = columns
            widths = columns.map { clip($0).count }
            for row in rows {
                for (index, cell) in row.enumerated() { widths[index] = max(widths[index], clip(CellText.plain(cell)).count) }
            }
            // A column whose non-null cells are all numbers is aligned right, like a spreadsheet.
            numeric = columns.indices.map { index in
                let values = rows.map { $0[index] }.filter { $0 != .null }
                return !values.isEmpty && values.allSatisfy(CellText.isNumeric)
            }
        }

        /// The column names and the rule under them.
        var header: String {
            TableFormatter.line(columns.map(clip), widths: widths, rightAligned: numeric) + "\n"
                + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        }

        /// One row; a cell wider than its column (after the window) pushes the rest of its row right.
        func line(_ row: [Cell]) -> String {
            TableFormatter.line(row.map { clip(CellText.plain($0)) }, widths: widths, rightAligned: numeric) + "\n"
        }
    }

    private static func line(_ texts: [String], widths: [Int], rightAligned: [Bool]) -> String {
        let padded = texts.enumerated().map { index, text in
            let padding = String(repeating: " ", count: max(0, widths[index] - text.count))
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
