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

    /// One array for each range, the tokens moved into it; `ranges` follow one another from 0 to `count`.
    consuming func split(_ ranges: [Range<Int>]) -> [[Token]] {
        let base = self.base
        var next = 0
        let arrays = ranges.map { range in
            precondition(range.lowerBound == next, "token ranges out of order")
            next = range.upperBound
            return [Token](unsafeUninitializedCapacity: range.count) { buffer, initialized in
                if let target = buffer.baseAddress { target.moveInitialize(from: base + range.lowerBound, count: range.count) }
                initialized = range.count
            }
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
