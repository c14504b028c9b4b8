/// "…, including companies such as A, B and C", "notamment A et B": the names a list after a fact's trigger gives.
extension SentenceContext {
    static let listLeads = LexiconData.set("list.lead")
    static let listFillers = LexiconData.set("list.filler")

    /// The names listed after the first list word within `window` tokens of `k`; each may follow a short lower-case
    /// description ("online retail giant Amazon, Ford and hedge fund billionaire Ken Griffin").
    func includedList(after k: Int, window: Int = 16, accepts: (SentenceMention) -> Bool) -> [SentenceMention] {
        let end = min(tokens.count, k + window)
        guard k + 1 < end, let lead = tokens[(k + 1)..<end].firstIndex(where: { Self.listLeads.contains($0) }) else { return [] }
        let names = outerMentions.filter { $0.tokens.lowerBound > lead && accepts($0) }
        var out: [SentenceMention] = []
        var from = lead + 1
        for (n, name) in names.enumerated() {
            // "Acme co-founder Jane Roe": a company naming a person's post describes the person, who is listed.
            if n + 1 < names.count, names[n + 1].kind == .person, name.kind != .person, isPostGap(name.tokens.gap(to: names[n + 1].tokens)) { continue }
            var start = name.tokens.lowerBound
            // A short description in lower case may stand before each name, a company's name before its post.
            while start > from, name.tokens.lowerBound - start < 4, isDescriptionWord(tokens[start - 1]) { start -= 1 }
            if start < name.tokens.lowerBound, let post = outerMentions.last(where: { $0.tokens.upperBound == start && $0.tokens.lowerBound >= from }) {
                start = post.tokens.lowerBound
                while start > from, post.tokens.lowerBound - start < 3, isDescriptionWord(tokens[start - 1]) { start -= 1 }
            }
            let gap = from..<start
            let fits = out.isEmpty ? tokens[gap].allSatisfy { Self.listFillers.contains($0) } : isCoordination(gap)
            guard fits else { break }
            out.append(name)
            from = name.tokens.upperBound
        }
        return out
    }

    /// One to three lower-case description words between a company and a person: "co-founder", "venture partner".
    private func isPostGap(_ gap: Range<Int>) -> Bool {
        !gap.isEmpty && gap.count <= 3 && tokens[gap].allSatisfy { isDescriptionWord($0) }
    }

    /// A lower-case word that can describe a name in a list ("giant", "billionaire"), not a link or a verb.
    private func isDescriptionWord(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !Self.listFillers.contains(token)
            && !["and", "et", "or", "ou", "with", "avec", "de", "of"].contains(token.folded)
    }
}
