/// The lines of a text as `split(separator: "\n", omittingEmptySubsequences: false)` gives them, one at a time
/// (the schema's version and a report's header are read from their first lines alone, on every `kb query`). As in
/// that split, a "\r\n" pair, one Character, ends no line.
public struct Lines: Sequence, IteratorProtocol {
    private let text: String
    private var start: String.Index?

    public init(_ text: String) {
        self.text = text
        start = text.startIndex
    }

    public mutating func next() -> Substring? {
        guard let lineStart = start else { return nil }
        var index = lineStart
        let utf8 = text.utf8
        while index < text.endIndex {
            if utf8[index] == UInt8(ascii: "\n"), index == lineStart || utf8[utf8.index(before: index)] != UInt8(ascii: "\r") {
                start = utf8.index(after: index)
                return text[lineStart..<index]
            }
            index = utf8.index(after: index)
        }
        start = nil
        return text[lineStart..<text.endIndex]
    }
}
