/// "spent $2 million on ads to help elect Mary Jones", "a dépensé 300 000 euros pour soutenir la candidature de Paul
/// Martin": money spent for a campaign goes to the person (or fund) its purpose clause names (GUIDELINES: spending for
/// a campaign is a donation to it).
enum PurposeBeneficiary {
    /// "to", "pour", "afin (de)": what opens a purpose clause.
    static let markers = LexiconData.set("donation.purpose.marker")
    /// "elect", "bolster", "soutenir": verbs whose object is helped (lemmas; "defeat" is absent on purpose).
    static let verbs = LexiconData.forms("donation.purpose")
    /// Words allowed between the marker and the verb: "to help elect", "afin de soutenir".
    static let between = LexiconData.set("donation.purpose.between")

    /// The beneficiary named by a purpose clause within a dozen words after the trigger, in its clause.
    static func find(_ context: SentenceContext, after trigger: Int) -> EntityRef? {
        let tokens = context.tokens
        let end = min(tokens.count, trigger + 14)
        var k = trigger + 1
        while k < end, !SentenceContext.clauseBreaks.contains(tokens[k]) {
            defer { k += 1 }
            // "spent $4 million backing X": a purpose verb's -ing form needs no marker.
            var v = k
            if !(verbs.contains(tokens[k]) && tokens[k].foldedEnds(with: "ing")) {
                guard markers.contains(tokens[k]) else { continue }
                // "to help elect", "afin de soutenir": up to two helper words before the purpose verb.
                v = k + 1
                while v < min(tokens.count, k + 4), !verbs.contains(tokens[v]), between.contains(tokens[v]) { v += 1 }
                guard v < tokens.count, verbs.contains(tokens[v]) else { continue }
            }
            // The first person or fund within seven words, with no comma or clause break before it: "supporting Texas
            // U.S. Senate candidate Beto O'Rourke", "la candidature de Paul Martin".
            var n = v + 1
            while n < min(tokens.count, v + 8), tokens[n].text != ",", !SentenceContext.clauseBreaks.contains(tokens[n]) {
                if let named = context.outerMentions.first(where: { $0.tokens.lowerBound == n }) {
                    if named.kind == .person || named.kind == .fund { return named.entity }
                    n = named.tokens.upperBound
                    continue
                }
                n += 1
            }
            return nil
        }
        return nil
    }
}
