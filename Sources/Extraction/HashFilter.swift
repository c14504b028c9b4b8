/// A set of 64-bit word hashes kept as one bit per value of their low 16 bits (8 KB, so it stays in cache): it tells
/// most absent hashes "no" without a probe into a larger hash table, which missed the cache at every token.
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init() {}

    mutating func insert(_ hash: UInt64) {
        bits[Int(truncatingIfNeeded: hash >> 6) & 1023] |= 1 << (hash & 63)
    }

    /// False when `hash` was surely never inserted; true when it may have been.
    @inline(__always)
    func mayContain(_ hash: UInt64) -> Bool {
        bits[Int(truncatingIfNeeded: hash >> 6) & 1023] & (1 << (hash & 63)) != 0
    }
}
