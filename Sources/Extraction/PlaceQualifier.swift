extension EntityRecognizer {
    /// "Atlanta, Georgia-based Wunderman Thompson", "Reston, Virginia -based Acme": the places before "-based"
    /// qualify the company that follows; they are no party of their own.
    static func dropPlaceQualifiers(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.removeAll { mention in
            var k = mention.tokens.upperBound
            if k < tokens.count, tokens[k].text == "," {
                k += 1
                var words = 0
                while k < tokens.count, words < 2, tokens[k].kind == .word, tokens[k].isCapitalized, !isBased(tokens, k) {
                    k += 1
                    words += 1
                }
            }
            // The qualified name follows: "Microsoft, Redmond-based giant" keeps Microsoft.
            guard k < tokens.count, isBased(tokens, k) else { return false }
            let next = tokens[k].folded == "-" ? k + 2 : k + 1
            return next < tokens.count && tokens[next].isCapitalized
        }
    }

    /// "-based", "Georgia-based", or "-" then "based".
    private static func isBased(_ tokens: [Token], _ k: Int) -> Bool {
        let word = tokens[k].folded
        if word.hasSuffix("-based") { return true }
        return word == "-" && k + 1 < tokens.count && tokens[k + 1].folded == "based"
    }
}
