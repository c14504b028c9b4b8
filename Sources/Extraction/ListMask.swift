/// A set of `SentenceList`s, one bit each: room for 128 lists in two words, since the 64 bits of one word were all
/// taken. Two `UInt64`s rather than a `UInt128`: `UInt128` is aligned to 16 bytes, which would pad every `Token` (the
/// article's tokens are copied and moved by the sentence) by more than the 8 bytes the second word costs.
/// A list's bit is a constant (`SentenceList.bit`), so `token.lists & SentenceList.x.bit != 0` folds to one AND of
/// the word that holds it; a `WordSet` stores its flag as a bit within one word (`WordSet.isFlagged(in:)`) for the same
/// reason.
struct ListMask: Sendable, Hashable, ExpressibleByIntegerLiteral {
    /// Lists 0–63.
    var low: UInt64
    /// Lists 64–127.
    var high: UInt64

    @inline(__always)
    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Only `0` is written as a literal (`lists & bit != 0`): a literal fills the low word.
    @inline(__always)
    init(integerLiteral value: UInt64) { self.init(low: value, high: 0) }

    /// The mask of the list numbered `index` (its `rawValue`).
    @inline(__always)
    init(bit index: Int) {
        self.init(low: index < 64 ? 1 << UInt64(index) : 0, high: index >= 64 ? 1 << UInt64(index - 64) : 0)
    }

    static let width = 2 * UInt64.bitWidth

    @inline(__always)
    static func & (a: ListMask, b: ListMask) -> ListMask { ListMask(low: a.low & b.low, high: a.high & b.high) }

    @inline(__always)
    static func | (a: ListMask, b: ListMask) -> ListMask { ListMask(low: a.low | b.low, high: a.high | b.high) }

    @inline(__always)
    static func |= (a: inout ListMask, b: ListMask) {
        a.low |= b.low
        a.high |= b.high
    }
}
