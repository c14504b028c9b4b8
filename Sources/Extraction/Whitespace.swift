extension String {
    /// `trimmingCharacters(in: .whitespaces)` in plain Swift: Foundation's call cost more than the sentence it was
    /// compared with. The same scalars as Foundation's set (tab, space, no-break spaces, U+2000–U+200B, U+3000),
    /// trimmed scalar by scalar as Foundation trims.
    func trimmingWhitespaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !Self.isWhitespace($0) }) else { return "" }
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
