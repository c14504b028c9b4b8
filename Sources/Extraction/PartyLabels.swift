/// "Labour MP Wes Streeting", "GOP lawmakers", "a Conservative peer": a party named only as the attribute of a person
/// is no mention of it (GUIDELINES "Party labels"). The party still counts where it acts elsewhere in the article, and
/// the fact rules still read it: only the listed mention is left out. French writes the label after the post
/// ("le député LFI"), which annotators keep, so only the English order is read.
enum PartyLabels {
    static let personNouns = LexiconData.forms("fund.label.person")

    static func isLabel(_ tokens: [Token], _ name: Range<Int>, _ kind: EntityKind) -> Bool {
        guard kind == .fund, name.count <= 3, name.upperBound < tokens.count else { return false }
        return personNouns.contains(tokens[name.upperBound])
    }
}
