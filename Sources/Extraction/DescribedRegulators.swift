/// "le gendarme français de la concurrence", "les autorités antitrust de l'UE": a regulator the article singles out
/// by its field and its jurisdiction without naming it is an agency of its own (GUIDELINES: a specific but unnamed
/// body), named by the description; a description the gazetteer knows ("l'autorité britannique de la concurrence")
/// was matched before and keeps its name.
extension AgencyNames {
    /// Lower-case nouns of a regulator.
    static let describedHeads = LexiconData.forms("agency.described.head")
    /// Fields a regulator watches: "de la concurrence", "antitrust", "des marchés financiers".
    static let describedFields = LexiconData.set("agency.described.field")
    /// Jurisdictions told after the field: "de l'UE", "européenne".
    static let jurisdictions = LexiconData.set("agency.described.jurisdiction")

    /// The description's range when `i` is its head after a definite article, with a field and a jurisdiction.
    func described(_ tokens: [Token], _ i: Int, _ taken: [Bool]) -> Range<Int>? {
        guard i > 0, tokens[i].kind == .word, !tokens[i].isCapitalized, Self.describedHeads.contains(tokens[i]),
              Self.determiners.contains(tokens[i - 1]) else { return nil }
        var j = i + 1
        var field = false, jurisdiction = false
        while free(tokens, j, taken), j - i <= 7 {
            let word = tokens[j]
            if Self.describedFields.contains(word) { field = true; j += 1; continue }
            if Self.jurisdictions.contains(word) { jurisdiction = true; j += 1; continue }
            // "de la concurrence", "de l'UE", "des marchés financiers": a connector, an article, then a field or a place.
            if Self.connectors.contains(word) {
                var k = j + 1
                if free(tokens, k, taken), Self.determiners.contains(tokens[k]) { k += 1 }
                if free(tokens, k, taken), Self.describedFields.contains(tokens[k]) || Self.jurisdictions.contains(tokens[k]) { j = k; continue }
                break
            }
            // "français", "britannique", "européen": a nationality in lower case.
            if word.kind == .word, !word.isCapitalized, isAdjective(word) || ["een", "eenne", "eens", "eennes"].contains(where: word.foldedEnds) {
                jurisdiction = true; j += 1; continue
            }
            break
        }
        guard field, jurisdiction else { return nil }
        return i..<j
    }
}
