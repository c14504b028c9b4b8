/// How cells read as text in the text formats (table, CSV, markdown), and numbers everywhere.
public enum CellText {
    /// The separator of list items in text formats.
    static let listSeparator = "; "

    /// The text of a cell: "" for NULL, true/false, list items joined with "; ", blobs as hex.
    public static func plain(_ cell: Cell) -> String {
        switch cell {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): self.number(number) ?? ""
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): items.joined(separator: listSeparator)
        case .blob(let bytes): hex(bytes)
        }
    }

    /// A double as JSON and people like it: whole amounts without ".0" (2000000, not 2000000.0 or 2e+06),
    /// others in Swift's shortest round-trip form; nil for NaN and infinities, which JSON cannot carry.
    public static func number(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Lowercase hex of `bytes`.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] })
    }

    /// Whether a cell is a number, which table output aligns right.
    static func isNumeric(_ cell: Cell) -> Bool {
        switch cell {
        case .integer, .real: true
        default: false
        }
    }
}
