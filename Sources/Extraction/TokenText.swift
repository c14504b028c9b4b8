extension Token {
    /// Whether the token is the one ASCII mark `mark` (a punctuation mark or digit, no letter), as `text == ")"` would
    /// tell: a one-byte token's stored hash is that of its folded byte, and the hashes of different single bytes differ
    /// (FNV-1a: the byte XOR-ed into a constant, times an odd number), so the byte count and the hash say it without
    /// reading the String. `==` between two different Strings took the standard library's comparison call, and
    /// `text.utf8.first` a generic `Collection.first`, at every token the hot paths asked.
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool {
        text.utf8.count == 1 && wordHash == Self.hash(ofByte: UInt8(truncatingIfNeeded: mark.value))
    }

    /// `text == literal`, for a literal no other text is canonically equivalent to (scalars without a singleton
    /// decomposition onto them): the byte counts differ for most tokens, told before the Unicode-aware comparison.
    @inline(__always)
    func hasText(_ literal: String) -> Bool {
        text.utf8.count == literal.utf8.count && text == literal
    }

    /// `WordSet.hash` of the one-byte word `byte`.
    @inline(__always)
    private static func hash(ofByte byte: UInt8) -> UInt64 {
        let h = (0xcbf2_9ce4_8422_2325 ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        return h == 0 ? 1 : h
    }
}
