/// "Jaguars owner X was among NFL owners that gave $1 million", "X figure parmi les patrons qui ont donné": the
/// named party is one of the group the relative clause tells of, so the verb's subject.
extension SentenceContext {
    static let amongWords: WordSet = ["among", "amongst", "parmi"]
    static let groupRelatives: WordSet = ["that", "who", "which", "qui"]

    /// The parties named before "among … that/who" right before the verb at `trigger`; nil when the verb has no such
    /// relative clause.
    func amongAntecedents(trigger: Int, kinds: Set<EntityKind>) -> [SentenceMention]? {
        var r = trigger - 1
        while r > 0, trigger - r <= 3, Self.auxiliaries.contains(tokens[r]) { r -= 1 }
        guard r > 1, Self.groupRelatives.contains(tokens[r]) else { return nil }
        // The group: a few words, no clause break, between "among" and the relative pronoun.
        guard let among = (max(0, r - 6)..<r).last(where: { Self.amongWords.contains(tokens[$0]) }), among > 0,
              !tokens[(among + 1)..<r].contains(where: { Self.clauseBreaks.contains($0) }) else { return nil }
        // "X was among", "X, among": a copula or nothing between the party and "among".
        var e = among
        while e > 0, among - e < 2, ["was", "were", "is", "are", "figure", "figurait", "figurent", "etait", "est", ","].contains(tokens[e - 1]) { e -= 1 }
        let named = outerMentions.filter { m in m.tokens.upperBound <= e && (m.kind.map(kinds.contains) ?? false) }
        guard let last = named.last, last.tokens.upperBound == e else { return nil }
        var group = [last]
        for candidate in named.dropLast().reversed() {
            guard let head = group.first, isCoordination(candidate.tokens.gap(to: head.tokens)) else { break }
            group.insert(candidate, at: 0)
        }
        return group
    }
}
