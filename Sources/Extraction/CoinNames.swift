/// "des fonds en Bitcoin (BTC)", "in Tether and USD Coin": a crypto-currency is money, as the euro is, and names no actor
/// (GUIDELINES: shares and cryptocurrency are goods). A coin is told by its word (lexicon `name.coin`, or a name ending
/// in "coin"); an issuer named for its coin (`Tether`, lexicon `name.coin.issuer`) is the coin only where it is used as
/// money: after "stablecoin", or before its ticker "(USDT)".
extension EntityRecognizer {
    static let coinWords = LexiconData.set("name.coin")
    static let coinIssuers = LexiconData.set("name.coin.issuer")
    static let coinLeads = LexiconData.set("name.coin.lead")

    static func dropCoins(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.removeAll { m in
            let lower = m.tokens.lowerBound, upper = m.tokens.upperBound
            let last = tokens[upper - 1]
            if m.source != .gazetteer, m.tokens.count <= 2, coinWords.contains(last) || (last.foldedLength > 4 && last.foldedEnds(with: "coin")) {
                return m.tokens.count == 1 || coinWords.contains(tokens[lower]) || tokens[lower].isAllCaps
            }
            guard m.tokens.count == 1, coinIssuers.contains(tokens[lower]) else { return false }
            if lower > 0, coinLeads.contains(tokens[lower - 1]) { return true }
            return upper + 2 < tokens.count && tokens[upper].isMark("(") && coinWords.contains(tokens[upper + 1]) && tokens[upper + 2].isMark(")")
        }
    }
}
