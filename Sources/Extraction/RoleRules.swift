/// Roles: "Sam Altman, PDG d'OpenAI", "le PDG d'OpenAI, Sam Altman", "Oracle CEO Larry Ellison".
struct RoleRules {
    static let titles: WordSet = ["pdg", "ceo", "fondateur", "fondatrice", "cofondateur", "founder", "cofounder",
                                      "co-founder", "president", "presidente", "directeur", "directrice", "director",
                                      "patron", "patronne", "porte-parole", "spokesperson", "spokesman", "chairman",
                                      "chief", "dirigeant", "proprietaire", "owner", "secretaire", "secretary",
                                      "ministre", "minister", "chef", "head"]

    func extract(_ context: SentenceContext) -> [Role] {
        let tokens = context.tokens
        let mentions = context.outerMentions
        var out: [Role] = []
        for (index, mention) in mentions.enumerated() where mention.kind == .person {
            guard let person = mention.entity else { continue }
            // PERSON , [le] TITLE ... de ORG
            var k = mention.tokens.upperBound
            if k < tokens.count, tokens[k].text == "," {
                k += 1
                if k < tokens.count, ["le", "la", "l'", "the", "un", "une"].contains(tokens[k]) { k += 1 }
                if k < tokens.count, Self.titles.contains(tokens[k]) {
                    let titleStart = k
                    var j = k
                    while j < tokens.count, j - k < 4, !["de", "d'", "du", "of", "at", ","].contains(tokens[j]) { j += 1 }
                    let org = j + 1 < tokens.count && ["de", "d'", "du", "of", "at"].contains(tokens[j])
                        ? mentions.first(where: { $0.tokens.lowerBound == j + 1 && ($0.kind == .company || $0.kind == .agency) })?.entity : nil
                    out.append(Role(person: person, title: text(tokens, titleStart..<j), organisation: org, evidence: context.evidence,
                                    rule: "role.apposition", confidence: org == nil ? 0.6 : 0.8))
                    continue
                }
            }
            // [le] TITLE de ORG , PERSON
            let start = mention.tokens.lowerBound
            if start >= 4, tokens[start - 1].text == ",", index > 0 {
                let org = mentions[index - 1]
                if org.tokens.upperBound == start - 1, org.kind == .company || org.kind == .agency,
                   ["de", "d'", "du", "of"].contains(tokens[org.tokens.lowerBound - 1]),
                   org.tokens.lowerBound >= 2, Self.titles.contains(tokens[org.tokens.lowerBound - 2]) {
                    out.append(Role(person: person, title: tokens[org.tokens.lowerBound - 2].text, organisation: org.entity,
                                    evidence: context.evidence, rule: "role.title-first", confidence: 0.8))
                }
            }
        }
        return out
    }

    func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        tokens[range].joinedAsWritten()
    }
}
