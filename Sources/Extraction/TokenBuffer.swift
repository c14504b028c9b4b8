/// The article's tokens as the tokenizer makes them, in memory that the sentence splitter moves out of in blocks.
/// An array destroys whatever it still holds, so taking the sentences out of one cost a `removeLast` per token (about
/// 120 instructions each, 2% of extraction); here a sentence's tokens are moved as one block of memory and nothing is
/// left behind to destroy.
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    /// How many tokens are initialized, from `base` on.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 8)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    mutating func append(_ token: consuming Token) {
        if count == capacity {
            let grown = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: token)
        count += 1
    }

    /// The tokens, read in place (valid while the buffer is neither changed nor consumed).
    var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: base, count: count) }

    /// One array for each range, the tokens moved into it (`MovedTokens`: `Array(unsafeUninitializedCapacity:)`
    /// allocated through the standard library's unspecialised path, about 800 instructions an array); `ranges` follow one another from 0 to `count`.
    consuming func split(_ ranges: [Range<Int>]) -> [[Token]] {
        let base = self.base
        var next = 0
        let arrays = ranges.map { range in
            precondition(range.lowerBound == next, "token ranges out of order")
            next = range.upperBound
            return [Token](MovedTokens(base + range.lowerBound, count: range.count))
        }
        precondition(next == count, "token ranges short of the tokens")
        base.deallocate()
        discard self
        return arrays
    }

    /// All the tokens, moved into one array.
    consuming func array() -> [Token] {
        split([0..<count]).first ?? []
    }
}

/// Tokens in memory that an array is about to take over: `Array(_:)` of it allocates the array the specialised way
/// and moves the tokens in as one block (`_copyContents`), leaving their memory uninitialized. Read by the splitter
/// once, right after the tokenizer wrote them; iterating reads (copies) them in place.
private struct MovedTokens: RandomAccessCollection {
    let base: UnsafeMutablePointer<Token>
    let count: Int

    init(_ base: UnsafeMutablePointer<Token>, count: Int) {
        self.base = base
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(position: Int) -> Token { base[position] }

    struct Iterator: IteratorProtocol {
        let tokens: MovedTokens
        var position: Int
        mutating func next() -> Token? {
            guard position < tokens.count else { return nil }
            defer { position += 1 }
            return tokens[position]
        }
    }

    func makeIterator() -> Iterator { Iterator(tokens: self, position: 0) }

    /// Moves the tokens into `buffer`: each must then be taken once, by one array.
    func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Token>) -> (Iterator, Int) {
        let moved = Swift.min(count, buffer.count)
        if let target = buffer.baseAddress { target.moveInitialize(from: base, count: moved) }
        return (Iterator(tokens: self, position: moved), moved)
    }
}
