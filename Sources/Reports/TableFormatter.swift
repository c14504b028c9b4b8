/// Aligned columns for reading in a terminal: a row stays on one line of `lineWidth` characters (80 unless
/// told), the widest columns cut with "…"; amounts grouped in thousands and followed by their currency.
enum TableFormatter {
    /// The narrowest a column is cut to when the line is too long.
    static let minWidth = 6
    /// Columns of sentences, cut first when a table is too wide, down to `proseWidth`.
    static let proseColumns: Set<String> = ["evidence", "snippet", "facts", "title", "other", "parties"]
    static let proseWidth = 16
    /// Columns whose numbers are amounts of money (grouped, with the row's currency).
    static let amountColumns: Set<String> = ["amount", "total", "shared_total"]

    /// Columns a report's table leaves out unless `--wide` (csv and json keep them): ids, sources and the
    /// extraction's own bookkeeping, which make a table too wide to read; the currency shows with its amount.
    static let detailColumns: Set<String> = [
        "donor_key", "recipient_key", "contractor_key", "agency_key", "entity_key", "other_key", "party_keys",
        "source", "byline", "url", "rule", "confidence", "amount_kind", "donor_type", "with_amount", "path",
    ]

    /// How a table looks: the line width to fit (nil: no limit, `--wide`), whether to use colour, and whether to
    /// leave out the detail columns (reports, not `kb sql`).
    struct Style: Sendable {
        var lineWidth: Int? = 80
        var color = false
        var compact = false
        /// The columns a report names for its table (`-- table:`), shown in that order when compact.
        var tableColumns: [String]? = nil

        /// The indexes of `columns` the table shows.
        func shown(_ columns: [String]) -> [Int] {
            guard compact, lineWidth != nil else { return Array(columns.indices) }
            if let tableColumns, !tableColumns.isEmpty {
                let chosen = tableColumns.compactMap { columns.firstIndex(of: $0) }
                if !chosen.isEmpty { return chosen }
            }
            let hasAmount = columns.contains { TableFormatter.amountColumns.contains($0) }
            return columns.indices.filter { index in
                !TableFormatter.detailColumns.contains(columns[index]) && !(hasAmount && columns[index] == "currency")
            }
        }
    }

    /// Column widths and alignments, measured on some rows and used for all.
    struct Layout {
        var columns: [String]
        var widths: [Int]
        var numeric: [Bool]
        var style: Style
        private let currency: Int?
        private let shared: Int?
        private let inKind: Int?
        private let shown: [Int]
        private let allColumns: [String]

        /// `allColumns` as the rows hold them; the table shows those `style` keeps.
        init(allColumns: [String], rows: [[Cell]], style: Style) {
            shown = style.shown(allColumns)
            columns = shown.map { allColumns[$0] }
            self.style = style
            self.allColumns = allColumns
            currency = allColumns.firstIndex(of: "currency")
            shared = allColumns.firstIndex(of: "shared")
            inKind = allColumns.firstIndex(of: "in_kind")
            numeric = shown.map { index in
                let values = rows.map { $0[index] }.filter { $0 != .null }
                return !values.isEmpty && values.allSatisfy(CellText.isNumeric)
            }
            widths = columns.map(\.count)
            for row in rows {
                for (index, text) in texts(row).enumerated() { widths[index] = max(widths[index], text.count) }
            }
            if let limit = style.lineWidth { fit(into: limit) }
        }

        /// Narrows the widest column, one character at a time, until the line fits or nothing can give.
        private mutating func fit(into limit: Int) {
            let separators = 2 * max(0, widths.count - 1)
            // Long prose gives way first, down to a readable width; then the widest column, whatever it is.
            let prose = columns.indices.filter { TableFormatter.proseColumns.contains(columns[$0]) }
            while widths.reduce(0, +) + separators > limit,
                  let widest = prose.filter({ widths[$0] > TableFormatter.proseWidth }).max(by: { widths[$0] < widths[$1] }) {
                widths[widest] -= 1
            }
            // Then the widest column, down to 10 characters (dates stay whole), and only then further.
            let natural = widths
            let floors = [natural.map { min($0, 10) }, columns.map(Self.floor)]
            for floor in floors {
                while widths.reduce(0, +) + separators > limit {
                    // Numbers are never cut: a cut amount reads as a smaller one.
                    let shrinkable = widths.indices.filter { !numeric[$0] && widths[$0] > floor[$0] }
                    guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                    widths[widest] -= 1
                }
            }
        }

        /// A column may shrink to `minWidth`, never below its name's width when that is shorter.
        private static func floor(_ name: String) -> Int { min(max(name.count, 3), TableFormatter.minWidth) }



        /// The shown cells of `row` (a full row): one line each, amounts grouped with their currency.
        func texts(_ row: [Cell]) -> [String] {
            shown.map { index in
                let cell = row[index]
                var text = CellText.plain(cell)
                if TableFormatter.amountColumns.contains(allColumns[index]), CellText.isNumeric(cell) {
                    text = TableFormatter.grouped(cell)
                    if let currency, case .text(let code) = row[currency] { text += " " + code }
                    if let shared, row[shared] == .bool(true) { text += " (shared)" }
                } else if allColumns[index] == "amount", cell == .null, let inKind, row[inKind] == .bool(true) {
                    text = "in kind"
                }
                return TableFormatter.flat(text)
            }
        }

        /// The column names and the rule under them.
        var header: String {
            let names = TableFormatter.line(columns, widths: widths, rightAligned: numeric, clip: style.lineWidth != nil)
            return (style.color ? "\u{1B}[1m" + names + "\u{1B}[0m" : names) + "\n"
                + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        }

        /// One row; without a line width, a cell wider than its column pushes the rest of its row right.
        func line(_ row: [Cell]) -> String {
            TableFormatter.line(texts(row), widths: widths, rightAligned: numeric, clip: style.lineWidth != nil) + "\n"
        }
    }

    private static func line(_ texts: [String], widths: [Int], rightAligned: [Bool], clip: Bool) -> String {
        let padded = texts.enumerated().map { index, full in
            let text = clip && !rightAligned[index] ? cut(full, to: widths[index]) : full
            let padding = String(repeating: " ", count: max(0, widths[index] - text.count))
            return rightAligned[index] ? padding + text : text + padding
        }
        return String(padded.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
    }

    /// `text` in at most `width` characters, ending in "…" when cut.
    static func cut(_ text: String, to width: Int) -> String {
        text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    /// Line breaks and tabs become spaces, so that a cell stays on its line.
    static func flat(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// 2000000 as "2,000,000"; fractions kept to two places ("1,234.5" stays "1,234.50").
    static func grouped(_ cell: Cell) -> String {
        let value: Double
        switch cell {
        case .integer(let number): value = Double(number)
        case .real(let number): value = number
        default: return CellText.plain(cell)
        }
        guard value.isFinite, abs(value) < 1e15 else { return CellText.plain(cell) }
        let whole = Int64(value.rounded(.towardZero))
        let cents = Int64((abs(value - Double(whole)) * 100).rounded())
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let sign = value < 0 ? "-" : ""
        let fraction = cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + String(cents)
        return sign + groups.joined(separator: ",") + fraction
    }
}
