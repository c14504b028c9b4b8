/// JSON output: an array of objects (one per line), or JSON Lines; keys in column order, numbers as numbers,
/// NULL as null, boolean columns as true/false and list columns as arrays.
enum JSONFormatter {
    static func object(_ row: [Cell], columns: [String]) -> String {
        let members = zip(columns, row).map { column, cell in string(column) + ": " + value(cell) }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func value(_ cell: Cell) -> String {
        switch cell {
        case .null: "null"
        case .integer(let number): String(number)
        case .real(let number): CellText.number(number) ?? "null"
        case .text(let text): string(text)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(string).joined(separator: ", ") + "]"
        case .blob(let bytes): string(CellText.hex(bytes))
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest left as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
