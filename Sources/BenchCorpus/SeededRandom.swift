/// SplitMix64: a tiny generator whose output is fixed by its seed on every platform, so the same article index
/// always gives the same article (Swift's own generators are seeded randomly).
public struct SeededRandom: Sendable {
    private var state: UInt64

    /// A generator for one article: the corpus seed mixed with the article's index, so article i is the same
    /// whatever N is.
    public init(seed: UInt64, index: Int = 0) {
        state = seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15)
        _ = next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A number in the closed range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// True with the given chance in percent.
    public mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }
}
