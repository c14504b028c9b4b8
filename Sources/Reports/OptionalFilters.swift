import SQLiteDB

/// A report's SQL cut to the filters actually given. Reports write each optional filter as
/// `(coalesce(:x, '') = '' OR condition)`, which Datasette can run as it is; but SQLite plans a statement before its
/// parameters are known, so such a filter reads the whole table whether `x` is set or not. Before preparing, kb
/// rewrites each such group to `(condition)` when `x` has a value and to `(1)` when it has none, so that a filter
/// given uses its index and a filter left out costs nothing. The rows are the same either way.
public enum OptionalFilters {
    /// `sql` with every `(coalesce(:x, '') = '' OR …)` group settled by whether `bindings[x]` holds a value.
    /// Groups of another shape, and parameters not in `bindings`' keys, are left as written.
    public static func specialised(_ sql: String, bindings: [String: SQLiteValue]) -> String {
        let text = Array(sql.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if let skip = skipQuotedOrComment(text, i) {
                out.append(contentsOf: text[i..<skip])
                i = skip
                continue
            }
            if text[i] == UInt8(ascii: "("), let group = optionalGroup(text, at: i), bindings.keys.contains(group.name) {
                out.append(UInt8(ascii: "("))
                if hasValue(bindings[group.name] ?? .null) {
                    out.append(contentsOf: specialised(String(decoding: text[group.condition], as: UTF8.self), bindings: bindings).utf8)
                } else {
                    out.append(UInt8(ascii: "1"))
                }
                out.append(UInt8(ascii: ")"))
                i = group.end
                continue
            }
            out.append(text[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a bound value sets its filter: `coalesce(:x, '') = ''` is false for it.
    static func hasValue(_ value: SQLiteValue) -> Bool {
        switch value {
        case .null: return false
        case .text(let text): return !text.isEmpty
        default: return true
        }
    }

    /// The group opening at `open`: `(coalesce(:name, '') = '' OR condition)`, with the condition's bytes and the
    /// index after the closing parenthesis; nil for any other shape.
    static func optionalGroup(_ text: [UInt8], at open: Int) -> (name: String, condition: Range<Int>, end: Int)? {
        var i = open + 1
        func space() { while i < text.count, isSpace(text[i]) { i += 1 } }
        func word(_ expected: String) -> Bool {
            let bytes = Array(expected.utf8)
            guard i + bytes.count <= text.count else { return false }
            for (k, byte) in bytes.enumerated() where lower(text[i + k]) != byte { return false }
            i += bytes.count
            return true
        }
        // Each expected word, spaces allowed before it.
        func words(_ expected: String...) -> Bool {
            expected.allSatisfy { space(); return word($0) }
        }
        guard words("coalesce", "(", ":") else { return nil }
        let nameStart = i
        while i < text.count, isIdentifier(text[i]) { i += 1 }
        guard i > nameStart else { return nil }
        let name = String(decoding: text[nameStart..<i], as: UTF8.self)
        guard words(",", "''", ")", "=", "''") else { return nil }
        guard i < text.count, isSpace(text[i]) else { return nil }
        space()
        guard word("or"), i < text.count, isSpace(text[i]) || text[i] == UInt8(ascii: "(") else { return nil }
        space()
        let conditionStart = i
        // The condition runs to the parenthesis that closes the group; an OR at its top level stays inside it.
        var depth = 0
        while i < text.count {
            if let skip = skipQuotedOrComment(text, i) { i = skip; continue }
            switch text[i] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                if depth == 0 { return (name, conditionStart..<i, i + 1) }
                depth -= 1
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The index after a string literal, quoted identifier or comment starting at `i`, or nil.
    static func skipQuotedOrComment(_ text: [UInt8], _ i: Int) -> Int? {
        let c = text[i]
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "`") {
            var j = i + 1
            while j < text.count {
                if text[j] == c {
                    // A doubled quote is the quote itself.
                    if j + 1 < text.count, text[j + 1] == c { j += 2; continue }
                    return j + 1
                }
                j += 1
            }
            return text.count
        }
        if c == UInt8(ascii: "["), i + 1 < text.count {
            return (text[(i + 1)...].firstIndex(of: UInt8(ascii: "]")) ?? text.count - 1) + 1
        }
        if c == UInt8(ascii: "-"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "-") {
            return text[i...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
        }
        if c == UInt8(ascii: "/"), i + 1 < text.count, text[i + 1] == UInt8(ascii: "*") {
            var j = i + 2
            while j + 1 < text.count, !(text[j] == UInt8(ascii: "*") && text[j + 1] == UInt8(ascii: "/")) { j += 1 }
            return min(text.count, j + 2)
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D }
    private static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }
    private static func isIdentifier(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }
}
