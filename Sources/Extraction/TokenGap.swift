extension Range where Bound == Int {
    /// The tokens between this span and a later one; empty when the two overlap (mentions can nest), where
    /// `upperBound..<next.lowerBound` would trap and take the whole run down with it.
    @inline(__always)
    func gap(to next: Range<Int>) -> Range<Int> {
        upperBound..<Swift.max(upperBound, next.lowerBound)
    }
}
