/// "Après une perquisition chez A par le parquet, c'est B qui a été sanctionné par le régulateur": two proceedings in
/// one sentence, each with its own parties. A sentence whose clauses each hold a conflict word is read clause by
/// clause, so one case's parties are not pooled with the other's (the evidence stays the whole sentence).
extension SentenceContext {
    /// Words that open a second clause after a comma: "c'est B qui", "while B", "tandis que B".
    static let clauseOpeners: WordSet = ["c'", "c'est", "while", "whilst", "whereas", "tandis", "alors", "mais", "but", "meanwhile"]

    /// The sentence cut at the clause breaks that separate two conflict words; the whole sentence when none does.
    func disputeClauses(triggers: WordSet) -> [SentenceContext] {
        // One set test answers most sentences, which hold no case word at all.
        guard contains(triggers) else { return [self] }
        let hits = tokens.indices.filter { k in triggers.contains(tokens[k]) && !mentions.contains { $0.tokens.contains(k) } }
        guard hits.count >= 2 else { return [self] }
        var cuts: [Int] = []
        for (a, b) in zip(hits, hits.dropFirst()) {
            guard let cut = (a..<b).last(where: { k in tokens[k].text == ";"
                || (tokens[k].text == "," && k + 1 < tokens.count && Self.clauseOpeners.contains(tokens[k + 1])) }) else { continue }
            if cuts.last != cut { cuts.append(cut) }
        }
        guard !cuts.isEmpty else { return [self] }
        let bounds = [0] + cuts + [tokens.count]
        return zip(bounds, bounds.dropFirst()).map { slice($0..<$1) }
    }

    /// The clause of `range` as a context of its own; names, amounts and dates keep their places within it.
    func slice(_ range: Range<Int>) -> SentenceContext {
        func inside(_ r: Range<Int>) -> Bool { r.lowerBound >= range.lowerBound && r.upperBound <= range.upperBound }
        func shifted(_ r: Range<Int>) -> Range<Int> { (r.lowerBound - range.lowerBound)..<(r.upperBound - range.lowerBound) }
        let part = Sentence(index: sentence.index, span: sentence.span, tokens: Array(tokens[range]))
        return SentenceContext(sentence: part,
                               mentions: mentions.filter { inside($0.tokens) }.map { var m = $0; m.tokens = shifted(m.tokens); return m },
                               money: money.filter { inside($0.tokens) }.map { var m = $0; m.tokens = shifted(m.tokens); return m },
                               dates: dates.filter { inside($0.tokens) }.map { var d = $0; d.tokens = shifted(d.tokens); return d },
                               published: published, evidence: evidence)
    }
}
