/// Turns what a user types into `search` into an FTS5 query that cannot be a syntax error: every word quoted
/// (so `l'armement`, `AT&T` and `U.S.` are text, not operators), all words required, `word*` a prefix.
public enum SearchText {
    public static func ftsQuery(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).map { word in
            if word.count > 1, word.hasSuffix("*") { return quoted(word.dropLast()) + "*" }
            return quoted(word)
        }.joined(separator: " ")
    }

    private static func quoted(_ word: Substring) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// ISO 8601 dates and their prefixes as the fact reports filter on them: 2024, 2024-12, 2024-12-18.
enum ISODatePrefix {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count >= 2, !(1...12).contains(numbers[1]) { return false }
        if numbers.count == 3 {
            let (year, month) = (numbers[0], numbers[1])
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if !(1...days).contains(numbers[2]) { return false }
        }
        return true
    }
}
