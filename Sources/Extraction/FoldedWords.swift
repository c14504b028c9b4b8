/// The words of a folded name, as `split(separator: " ")` gives them, without splitting the whole name into
/// Characters.
enum FoldedWords {
    /// (first, last) of `text.split(separator: " ")`, "" for a name of spaces only. ASCII text is scanned by bytes
    /// (each byte is a Character there, and a space one of its own); other text is split as before, because a space
    /// followed by a combining mark is no separate Character.
    static func firstAndLast(_ text: String) -> (first: String, last: String) {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let words = text.split(separator: " ")
            return (String(words.first ?? ""), String(words.last ?? ""))
        }
        let space = UInt8(ascii: " ")
        guard let firstStart = utf8.firstIndex(where: { $0 != space }),
              let lastByte = utf8.lastIndex(where: { $0 != space }) else { return ("", "") }
        let firstEnd = utf8[firstStart...].firstIndex(of: space) ?? utf8.endIndex
        let lastEnd = utf8.index(after: lastByte)
        let lastStart = utf8[..<lastEnd].lastIndex(of: space).map { utf8.index(after: $0) } ?? utf8.startIndex
        return (String(Substring(utf8[firstStart..<firstEnd])), String(Substring(utf8[lastStart..<lastEnd])))
    }

    /// `text.split(separator: " ").map(String.init)`, ASCII text cut at its space bytes (see `firstAndLast`). The
    /// regulator and competition tests split each agency's name for every sentence that names one: ≈ 12,000
    /// instructions a name by Characters, 21M of the 300-article bench (1%).
    static func all(_ text: String) -> [String] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").map(String.init) }
        return utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
    }
}
