extension ContractRules {
    /// "marchés publics", "la commande publique", "public procurement", "public contracts", "de gré à gré": words that
    /// place the article's contracts in public purchasing, like a government word does (the buyer left unnamed).
    static func namesPublicProcurement(_ context: SentenceContext) -> Bool {
        // Flagged: most sentences are told at one AND.
        guard context.contains(Self.publicCues) else { return false }
        let tokens = context.tokens
        if context.find(["gre", "a", "gre"]) != nil { return true }
        for k in tokens.indices.dropFirst() where Self.publicWords.contains(tokens[k]) {
            if Self.procurementNouns.contains(tokens[k - 1]) || (k + 1 < tokens.count && Self.procurementNouns.contains(tokens[k + 1])) { return true }
        }
        return false
    }

    static let publicWords: WordSet = ["public", "publics", "publique", "publiques"]
    static let publicCues = publicWords.union(["gre"]).flagged(.publicProcurement)
    /// Nouns of purchasing a "public" next to makes public procurement.
    static let procurementNouns = LexiconData.forms("contract.procurement")
}
