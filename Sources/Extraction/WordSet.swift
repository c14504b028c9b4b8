/// A set of folded words that answers `contains` from a 64-bit FNV-1a hash of the word's UTF-8: a token's hash is
/// worked out once by the tokenizer, so asking a list about a token costs no String hashing (Swift's seeded SipHash
/// was a quarter of extraction time). A hash match is confirmed against the stored word, so answers are exact.
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence, CustomStringConvertible {
    /// A word and its hash, in insertion order (a `WordMap`'s values are in the same order).
    fileprivate struct Entry: Sendable {
        var hash: UInt64
        var word: String
    }
    /// A slot of the table: a word's hash (0: empty, `hash` never returns 0) and its index in `entries`.
    private struct Slot: Sendable {
        var hash: UInt64
        var position: Int
    }
    fileprivate var entries: [Entry] = []
    /// Open addressing, linear probing, at most half full; empty while the set is small enough to be scanned.
    private var table: [Slot] = []
    /// Up to this many words are found by scanning `entries`: literal lists of a few words cost one allocation.
    private static let scanned = 8
    /// Bit `hash & 63` of each word's hash: a scanned set turns most words away at one AND instead of comparing up
    /// to 8 hashes (the scans were 14.7M of the 300-article callgrind bench).
    private var hashBits: UInt64 = 0
    /// The bit of the `SentenceList` this set is (0 when none): a sentence then answers it from its mask.
    /// Adding a word clears it, so a union built from a flagged list is not taken for that list.
    /// Kept as the bit within the one word of `ListMask` that holds it (`flagHigh`: the high word): asking a token
    /// then costs one AND, where a `ListMask` flag tested both words at every question.
    private(set) var flagBits: UInt64 = 0
    private(set) var flagHigh = false
    /// The flag as a `ListMask` (0 when none).
    var flag: ListMask { flagHigh ? ListMask(low: 0, high: flagBits) : ListMask(low: flagBits, high: 0) }

    public init() {}

    /// Room for `capacity` words without growing.
    init(capacity: Int) {
        entries.reserveCapacity(capacity)
        if capacity > Self.scanned { table = Self.emptyTable(for: capacity) }
    }

    private static func emptyTable(for count: Int) -> [Slot] {
        var size = 16
        while size < count * 2 { size *= 2 }
        return [Slot](repeating: Slot(hash: 0, position: 0), count: size)
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(capacity: words.underestimatedCount)
        for word in words { insert(word) }
    }

    /// FNV-1a over the UTF-8 bytes; 0 is remapped so that it can mark empty slots.
    @inline(__always)
    public static func hash(_ word: String) -> UInt64 {
        // Contiguous bytes (native and small strings) hash without the per-byte decoding of `utf8`'s iterator.
        let h = word.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(word.utf8)
        return h == 0 ? 1 : h
    }

    /// `hash(word)` and whether the word holds a hyphen, in one pass over its bytes: the tokenizer asks both of
    /// every token.
    static func hashAndHyphen(_ word: String) -> (hash: UInt64, hyphen: Bool) {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var hyphen = false
            for byte in bytes {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
                hyphen = hyphen || byte == UInt8(ascii: "-")
            }
            return (h == 0 ? 1 : h, hyphen)
        }
        return found ?? (hash(word), word.utf8.contains(UInt8(ascii: "-")))
    }

    @inline(__always)
    private static func fnv<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var description: String { entries.map(\.word).description }

    public struct Iterator: IteratorProtocol {
        fileprivate var base: IndexingIterator<[Entry]>
        public mutating func next() -> String? { base.next()?.word }
    }
    public func makeIterator() -> Iterator { Iterator(base: entries.makeIterator()) }

    @inline(__always)
    private static func start(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    /// The word's index in `entries`, if present.
    @inline(__always)
    private func find(_ hash: UInt64, _ word: String) -> Int? {
        if table.isEmpty {
            guard hashBits & (1 << (hash & 63)) != 0 else { return nil }
            for k in entries.indices where entries[k].hash == hash && entries[k].word == word { return k }
            return nil
        }
        let mask = table.count - 1
        var k = Self.start(hash, mask)
        while true {
            let slot = table[k]
            if slot.hash == 0 { return nil }
            if slot.hash == hash && entries[slot.position].word == word { return slot.position }
            k = (k + 1) & mask
        }
    }

    public func contains(_ word: String) -> Bool { find(Self.hash(word), word) != nil }
    /// `contains(tokens[k])`, the token read in place. In the large name finders `tokens[k]` passed by value went
    /// through the array's outlined getter, a copy of the whole token (its Strings retained, then released, ≈ 120
    /// instructions); here the getter is inlined and only the list bits, the hash and the folded form are read.
    @inline(never)
    func contains(_ tokens: [Token], _ k: Int) -> Bool { contains(tokens[k]) }

    /// Membership of the token's folded form, from the hash the tokenizer stored. Inlined: a call copied the
    /// token out of its array first, which cost more than the look-up.
    @inline(__always)
    public func contains(_ token: Token) -> Bool { flagBits != 0 ? isFlagged(in: token.lists) : find(token.wordHash, token.folded) != nil }
    /// Whether `mask` holds this set's flag (which must not be 0).
    @inline(__always)
    func isFlagged(in mask: ListMask) -> Bool { (flagHigh ? mask.high : mask.low) & flagBits != 0 }
    func contains(hash: UInt64, word: String) -> Bool { find(hash, word) != nil }
    /// The insertion index of the token's folded form, if it is in the set.
    @inline(__always)
    func position(of token: Token) -> Int? { find(token.wordHash, token.folded) }
    func position(of word: String) -> Int? { find(Self.hash(word), word) }
    @inline(__always)
    func position(hash: UInt64, word: String) -> Int? { find(hash, word) }

    @discardableResult
    public mutating func insert(_ word: String) -> Bool { insert(word, hash: Self.hash(word)) }

    @discardableResult
    mutating func insert(_ word: String, hash: UInt64) -> Bool {
        if find(hash, word) != nil { return false }
        flagBits = 0
        flagHigh = false
        entries.append(Entry(hash: hash, word: word))
        hashBits |= 1 << (hash & 63)
        if table.isEmpty {
            guard entries.count > Self.scanned else { return true }
            table = Self.emptyTable(for: entries.count)
            for k in entries.indices { place(Slot(hash: entries[k].hash, position: k)) }
            return true
        }
        if entries.count * 2 > table.count {
            let old = table
            table = [Slot](repeating: Slot(hash: 0, position: 0), count: old.count * 2)
            for slot in old where slot.hash != 0 { place(slot) }
        }
        place(Slot(hash: hash, position: entries.count - 1))
        return true
    }

    private mutating func place(_ slot: Slot) {
        let mask = table.count - 1
        var k = Self.start(slot.hash, mask)
        while table[k].hash != 0 { k = (k + 1) & mask }
        table[k] = slot
    }

    /// This set marked as `list`'s words (`SentenceList.masks` checks that each list is marked).
    func flagged(_ list: SentenceList) -> WordSet {
        var copy = self
        let bit = list.bit
        copy.flagHigh = bit.high != 0
        copy.flagBits = copy.flagHigh ? bit.high : bit.low
        return copy
    }

    /// Whether no word is in both sets; probes the larger set with the smaller one's stored hashes.
    public func isDisjoint(with other: WordSet) -> Bool {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        for entry in small.entries where large.contains(hash: entry.hash, word: entry.word) { return false }
        return true
    }

    public func isDisjoint<S: Sequence>(with words: S) -> Bool where S.Element == String {
        !words.contains(where: contains)
    }

    public func isSuperset<S: Sequence>(of words: S) -> Bool where S.Element == String { words.allSatisfy(contains) }

    /// Whether every word of this set is in `other` (a `Set<String>`, another `WordSet`…).
    public func isSubset<S: Sequence>(of other: S) -> Bool where S.Element == String { WordSet(other).isSuperset(of: self) }

    /// The words of this set that `other` holds too, in this set's order.
    public func intersection<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        let given = WordSet(other)
        return WordSet(filter(given.contains))
    }

    /// A new list: it answers by its words, not by this set's flag (`flagged` gives it one of its own).
    public func union<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        var out = self
        out.flagBits = 0
        out.flagHigh = false
        for word in words { out.insert(word) }
        return out
    }

    public mutating func formUnion<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    public func subtracting<S: Sequence>(_ words: S) -> WordSet where S.Element == String {
        let removed = Set(words)
        return WordSet(entries.map(\.word).filter { !removed.contains($0) })
    }
}

extension WordSet {
    /// The folded words of `tokens`, from their stored hashes.
    init(tokens: [Token]) {
        self.init(capacity: tokens.count)
        // By index: a loop over the tokens themselves copied each one.
        for k in tokens.indices { insert(tokens[k].folded, hash: tokens[k].wordHash) }
    }
}

/// A dictionary keyed by folded words, looked up like `WordSet` (a token's stored hash, no String hashing).
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var keys = WordSet()
    private(set) var values: [Value] = []

    init() {}
    init(dictionaryLiteral elements: (String, Value)...) {
        for (key, value) in elements { self[key] = value }
    }
    init(_ dictionary: [String: Value]) {
        // Sorted so that the table does not depend on the dictionary's per-process order.
        for key in dictionary.keys.sorted() { self[key] = dictionary[key] }
    }

    @inline(__always)
    subscript(token: Token) -> Value? { keys.position(of: token).map { values[$0] } }
    subscript(word: String) -> Value? {
        get { keys.position(of: word).map { values[$0] } }
        set {
            // Removal is not needed by any table: a nil assignment of a present key is a programming error.
            guard let newValue else { precondition(keys.position(of: word) == nil, "WordMap cannot remove"); return }
            if let k = keys.position(of: word) { values[k] = newValue } else { keys.insert(word); values.append(newValue) }
        }
    }
    /// Sets the value of the token's folded form, found by its stored hash.
    mutating func set(_ value: Value, for token: Token) {
        if let k = keys.position(of: token) {
            values[k] = value
        } else {
            keys.insert(token.folded, hash: token.wordHash)
            values.append(value)
        }
    }
    /// The value of the word whose hash is `hash`.
    @inline(__always)
    func value(hash: UInt64, word: String) -> Value? { keys.position(hash: hash, word: word).map { values[$0] } }
    /// The value's index (stable: insertion order), for tables that keep related arrays beside the map.
    func index(of token: Token) -> Int? { keys.position(of: token) }
}

extension Array where Element == String {
    /// Whether the token's folded form is in the list (so that literal lists and word sets read alike).
    func contains(_ token: Token) -> Bool { contains(token.folded) }
}
