/// Who a sentence cites as its source: "according to a report by the Financial Times", "selon nos confrères du
/// Canard enchaîné", "…, Bloomberg reported, adding that…". A source tells the fact and is no party to it, so the
/// relation rules never see it (the mention table still lists it).
enum Attribution {
    /// "selon", "according", "d'après": the rest of the clause after them is attribution.
    static let leads = LexiconData.set("source.lead")
    /// "told", "rappelé", "déclaré (à)": verbs of speaking to someone, whose object, an outlet, is the source.
    static let contacts = LexiconData.forms("source.contact")
    /// "reported", "a rapporté": after a name, with nothing of the fact after them, the name is a source.
    static let tails = LexiconData.forms("source.tail")
    /// What may follow a source's verb: the clause ends or the reported speech opens.
    static let tailEnds: WordSet = [",", ".", ";", "that", "que", "qu'", "adding", "ajoutant", "—", "–", ")"]

    /// What ends the lead's clause before a name ("according to the complaint against Acme").
    static let leadBreaks: WordSet = [",", ";", ":", "(", ")", "against", "contre"]
    /// The auxiliary of "X (a) rapporté", "X has reported".
    static let tailAuxiliaries: WordSet = ["a", "has", "had", "ont", "have"]

    static func isSource(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        // "according to a Pentagon memo", "selon le ministère": a government body cited is still the fact's party.
        if mention.kind == .agency { return false }
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        // "told CBC News the party…", "n'a pas rappelé La Presse", "a déclaré à La Presse": an outlet spoken to.
        if mention.kind == .company {
            var j = start - 1
            if j >= 0, ["the", "la", "le", "l'", "les"].contains(tokens[j]) { j -= 1 }
            if j >= 0, contacts.contains(tokens[j]) { return true }
            if j >= 1, tokens[j].text == "à" || tokens[j].text == "au", contacts.contains(tokens[j - 1]) { return true }
        }
        // "according to a report by the Financial Times": no clause break between the lead and the name.
        var k = start - 1
        // "according to the complaint against Acme": the party sued is the fact's, not the source's.
        while k >= 0, start - k <= 8, !leadBreaks.contains(tokens[k]) {
            if leads.contains(tokens[k]) { return true }
            k -= 1
        }
        // "…, the Times reported, adding": the source's own short clause, "X (a) rapporté" with its auxiliary.
        var v = end
        if v < tokens.count, tailAuxiliaries.contains(tokens[v]) { v += 1 }
        guard v < tokens.count, tails.contains(tokens[v]) else { return false }
        let after = v + 1
        return after == tokens.count || tailEnds.contains(tokens[after])
    }
}
