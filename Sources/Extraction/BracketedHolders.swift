/// "a passé des commandes aux industriels : Thales (725 M€), Dassault Aviation (318 M€) et Naval Group (168 M€)",
/// "awarded contracts to PwC ($523 million), KPMG ($620 million)…": each holder with the amount in brackets after it.
extension ContractRules {
    /// The companies (or guessed names) after the trigger each followed by "(" and an amount; two at least, else none.
    func bracketedHolders(_ context: SentenceContext, after trigger: Int) -> [(holder: SentenceMention, amount: MoneyMatch)] {
        let tokens = context.tokens
        let pairs: [(holder: SentenceMention, amount: MoneyMatch)] = context.outerMentions.compactMap { m in
            let end = m.tokens.upperBound
            guard m.tokens.lowerBound > trigger, m.kind == .company || (m.entity == nil && !context.isBareAcronym(m)),
                  end + 1 < tokens.count, tokens[end].text == "(" || (tokens[end].text == "*" && end + 2 < tokens.count && tokens[end + 1].text == "("),
                  let inside = context.money.first(where: { $0.tokens.lowerBound == end + (tokens[end].text == "*" ? 2 : 1) }),
                  inside.tokens.upperBound < tokens.count, tokens[inside.tokens.upperBound].text == ")" else { return nil }
            return (m, inside)
        }
        return pairs.count >= 2 ? pairs : []
    }
}
