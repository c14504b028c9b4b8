/// "works with 10 federal agencies, including Social Security and Veterans Affairs", "plusieurs ministères, dont
/// Bercy et la Défense": unknown names listed after a plural noun of government bodies are agencies.
enum AgencyLists {
    static let bodyNouns = LexiconData.set("agency.list.noun")

    /// A name no list knows and no rule typed a person: "Social Security" guessed a company by its last word.
    static func isGuessed(_ m: SentenceMention) -> Bool { m.source == .name && m.kind != .person && m.kind != .fund }

    static func type(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        guard mentions.contains(where: isGuessed) else { return }
        for k in tokens.indices where bodyNouns.contains(tokens[k]) {
            // The list word right after the noun (a comma may stand between): "agencies, including", "ministères dont".
            var lead = k + 1
            if lead < tokens.count, tokens[lead].isMark(",") { lead += 1 }
            guard lead < tokens.count, SentenceContext.listLeads.contains(tokens[lead]) || tokens[lead].hasText("such") else { continue }
            var from = lead + (tokens[lead].hasText("such") ? 2 : 1)
            for m in mentions.indices where mentions[m].tokens.lowerBound >= from {
                let gap = tokens[from..<mentions[m].tokens.lowerBound]
                guard gap.allSatisfy({ [",", "and", "et", "the", "la", "le", "l'", "les"].contains($0.folded) }) else { break }
                if isGuessed(mentions[m]) { mentions[m].entity = EntityRef(.agency, mentions[m].surface) }
                from = mentions[m].tokens.upperBound
            }
        }
    }
}
