import Foundation

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break. Safe by default:
/// a text cell starting with `=`, `+`, `-`, `@`, a tab or a CR gets a leading `'`, so that a spreadsheet shows
/// it instead of running it as a formula (numbers are never touched).
enum CSVFormatter {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The record of a row of cells, each text cell neutralised when `safe`.
    static func record(_ cells: [Cell], safe: Bool) -> String {
        record(cells.map { cell in
            let text = CellText.plain(cell)
            return safe && !CellText.isNumeric(cell) ? neutralised(text) : text
        })
    }

    /// `text` with a leading `'` when it would start a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
