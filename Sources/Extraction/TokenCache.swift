/// The tokens already made from one text, found by their scalars. Most of an article's tokens are words and marks
/// written before ("the", "de", ","): such a token is copied from its first occurrence, with its own offsets and
/// spacing, instead of making its Strings, hashes and list bits again (that was most of tokenising). A token's other
/// fields depend only on its scalars, its kind and the language, which is the same for the whole text.
/// The first occurrences are read where the tokenizer put them (`TokenBuffer`): a copy of each kept here cost a
/// retain when it was made and a release when the table was dropped.
struct TokenCache {
    private struct Entry {
        var key: UInt64
        /// Where the first occurrence's scalars start, and how many there are.
        var start: Int
        var count: Int
        /// The first occurrence's place in the tokens made, and its kind.
        var token: Int
        var kind: Token.Kind
    }
    private var entries: [Entry] = []
    /// Open addressing, linear probing, at most half full: an index into `entries`, or -1.
    private var slots: [Int32]

    /// Whether tokens are kept at all: a disabled cache finds nothing and keeps nothing.
    private let enabled: Bool

    /// Room for about `capacity` different tokens before the table grows.
    init(capacity: Int, enabled: Bool = true) {
        self.enabled = enabled
        guard enabled else {
            slots = []
            return
        }
        // Small to start with: header lines and gazetteer names are tokenised alone, a few tokens each.
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        entries.reserveCapacity(capacity)
    }

    /// FNV-1a over the scalar values (any value: the slots mark emptiness by index, not by key).
    @inline(__always)
    static func key(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            h ^= UInt64(s[k].value)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    @inline(__always)
    private func start(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & (slots.count - 1) }

    /// The token made earlier from the same scalars as s[range] and of the same kind, if any (for `token(at:…)`).
    func find(_ key: UInt64, _ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, kind: Token.Kind) -> Int? {
        guard enabled else { return nil }
        let mask = slots.count - 1
        var k = start(key)
        while true {
            let slot = Int(slots[k])
            if slot < 0 { return nil }
            let entry = entries[slot]
            if entry.key == key, entry.count == range.count, entry.kind == kind {
                var j = 0
                while j < entry.count, s[entry.start + j] == s[range.lowerBound + j] { j += 1 }
                if j == entry.count { return slot }
            }
            k = (k + 1) & mask
        }
    }

    /// A copy of the token found at `index`, from the tokens made so far, with the offsets and spacing of this
    /// occurrence. One copy: the token taken out and then changed was copied twice (each copy retains its two Strings);
    /// made field by field (`Token.init(repeating:…)`), read in place.
    func token(at index: Int, in made: UnsafeBufferPointer<Token>, start: Int, end: Int, spaceBefore: Bool,
               newlineBefore: Bool) -> Token {
        Token(repeating: made[entries[index].token], start: start, end: end, spaceBefore: spaceBefore, newlineBefore: newlineBefore)
    }

    /// Records the token made from s[range], whose key is `key`, of `kind`, that the tokenizer is about to put at
    /// `position` among the tokens made; the caller found no such token first.
    mutating func insert(_ key: UInt64, _ range: Range<Int>, kind: Token.Kind, position: Int) {
        guard enabled else { return }
        if (entries.count + 1) * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for n in entries.indices { place(entries[n].key, Int32(n)) }
        }
        entries.append(Entry(key: key, start: range.lowerBound, count: range.count, token: position, kind: kind))
        place(key, Int32(entries.count - 1))
    }

    private mutating func place(_ key: UInt64, _ index: Int32) {
        let mask = slots.count - 1
        var k = start(key)
        while slots[k] >= 0 { k = (k + 1) & mask }
        slots[k] = index
    }
}
