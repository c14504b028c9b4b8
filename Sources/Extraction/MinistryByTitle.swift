/// "Le ministre de la Défense nationale, Peter MacKay, a annoncé l'octroi de contrats": a minister's title names the
/// ministry, which buys for the government when the article names no body itself.
enum MinistryByTitle {
    static let ministerWords = WordSet(["ministre", "minister"]).flagged(.minister)
    static let links: WordSet = ["de", "du", "des", "d'", "of"]

    /// The ministry a minister's title in the sentence names ("ministère de la Défense nationale", "Ministry of
    /// Defence"), else nil.
    static func ministry(in context: SentenceContext) -> EntityRef? {
        // One AND for the sentences without a minister, which are nearly all: this runs until a body is named.
        guard context.contains(ministerWords) else { return nil }
        let tokens = context.tokens
        for k in tokens.indices where ministerWords.contains(tokens[k]) && k + 2 < tokens.count && links.contains(tokens[k + 1]) {
            var j = k + 2
            let article = ["la", "l'"].contains(tokens[j].folded) ? tokens[j].text + (tokens[j].text.hasSuffix("'") ? "" : " ") : ""
            if !article.isEmpty { j += 1 }
            guard j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized else { continue }
            var end = j + 1
            // "Défense nationale": one lower-case adjective after the domain.
            if end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized, AgencyNames().isAdjective(tokens[end]) { end += 1 }
            let domain = tokens[j..<end].joinedAsWritten()
            let english = tokens[k].folded == "minister"
            let link = tokens[k + 1].text
            return EntityRef(.agency, english ? "Ministry of \(domain)" : "ministère \(link) \(article)\(domain)")
        }
        return nil
    }
}
