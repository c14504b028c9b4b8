/// An amount found in a sentence, with the tokens it covers (qualifier included).
public struct MoneyMatch: Sendable, Hashable {
    public var money: Money
    /// Token indices of the amount itself, within the sentence.
    public var tokens: Range<Int>
}

/// Reads French and English amounts: "139,3 millions de dollars", "58 000 dollars", "un million de dollars",
/// "$1.5bn", "$480m", "4,2 Md€", "10 M$", "€24 million", "USD 5 million"; qualifiers become an AmountKind.
public enum MoneyParser {
    static let symbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₪": "ILS", "₹": "INR"]
    /// `symbols[text]`, asked of every punctuation token: a first byte no symbol starts with answers without hashing.
    static func symbol(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, symbolFirstBytes[Int(first)] else { return nil }
        // The literals of `symbols`, told by their bytes (no other text is canonically equivalent to any of them):
        // hashing the text with SipHash cost more than the rest, and a `switch` over the Strings made a Unicode-aware
        // comparison call per case for every mark that shares a symbol's first byte ("’", "—", "…" start with E2).
        var bytes = utf8.makeIterator()
        _ = bytes.next()
        switch utf8.count {
        case 1: return first == 0x24 ? "USD" : nil                    // $
        case 2:
            guard first == 0xC2 else { return nil }
            switch bytes.next() {
            case 0xA3: return "GBP"                                     // £ C2 A3
            case 0xA5: return "JPY"                                     // ¥ C2 A5
            default: return nil
            }
        case 3:
            guard first == 0xE2, bytes.next() == 0x82 else { return nil }
            switch bytes.next() {
            case 0xAC: return "EUR"                                     // € E2 82 AC
            case 0xAA: return "ILS"                                     // ₪ E2 82 AA
            case 0xB9: return "INR"                                     // ₹ E2 82 B9
            default: return nil
            }
        default: return nil
        }
    }
    /// `symbol(token.text)`: a one-byte token (most marks: ",", ".") told from its byte count and stored hash, without
    /// reading its first byte through the generic `Collection.first`.
    @inline(__always)
    static func symbol(of token: Token) -> String? {
        token.text.utf8.count == 1 ? (token.isMark("$") ? "USD" : nil) : symbol(token.text)
    }
    private static let symbolFirstBytes: [Bool] = (0..<256).map { byte in symbols.keys.contains { $0.utf8.first == UInt8(byte) } }
    static let codes = WordSet(["usd", "eur", "gbp", "chf", "jpy", "cny", "cad", "aud", "ils", "inr", "rub", "mad", "rs", "xof", "xaf"]).flagged(.moneyCodes)
    static let currencyWords: WordMap<String> = [
        "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "livre": "GBP", "livres": "GBP",
        "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "shekel": "ILS", "shekels": "ILS", "shekalim": "ILS",
        "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "franc": "CHF",
        "francs": "CHF", "roupie": "INR", "roupies": "INR", "rupee": "INR", "rupees": "INR", "rouble": "RUB",
        "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "dirham": "MAD", "dirhams": "MAD", "fcfa": "XOF",
    ]
    static let dollarCountries: WordMap<String> = [
        "canadiens": "CAD", "canadian": "CAD", "australiens": "AUD", "australian": "AUD", "hongkongais": "HKD",
        "singapouriens": "SGD", "neo-zelandais": "NZD",
    ]
    /// "Australian dollars", "Canadian dollars": the country before the currency word.
    static let dollarAdjectives: WordMap<String> = [
        "australian": "AUD", "canadian": "CAD", "american": "USD", "singapore": "SGD", "taiwan": "TWD",
    ]
    /// The country letters glued before "$": "A$50,000", "C$1 billion", "NZ$3m"; "US$" too.
    static let dollarPrefixes: [String: String] = [
        "US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "CAN": "CAD", "NZ": "NZD", "HK": "HKD",
        "S": "SGD", "SG": "SGD",
    ]
    /// Currency letters written before the amount, glued or not: "Sh50.7 billion" (Kenyan press), "KSh200,000",
    /// "USh3 billion", "TSh", "Rs 150 crore".
    static let gluedCurrencies: [String: String] = ["Sh": "KES", "KSh": "KES", "Ksh": "KES", "USh": "UGX", "TSh": "TZS", "Rs": "INR"]
    /// Whether `t[i]` is such letters right before a number.
    static func isGluedCurrency(_ t: [Token], _ i: Int) -> Bool {
        i + 1 < t.count && t[i + 1].kind == .number && t[i].kind == .word && gluedCurrencies[t[i].text] != nil
    }
    /// Currencies whose leading sign is written the English way: "$1,500", "A$1,500", "£1,500".
    static let englishLed = Set(dollarPrefixes.values).union(["GBP"])
    /// Whether `t[i]` is country letters glued to a following "$".
    static func isDollarPrefix(_ t: [Token], _ i: Int) -> Bool {
        t[i].kind == .word && t[i].text.utf8.count <= 3 && i + 1 < t.count && t[i + 1].isMark("$") && !t[i + 1].spaceBefore
            && dollarPrefixes[t[i].text] != nil
    }
    static let scales = WordMap(scaleTable)
    static let scaleTable: [String: Double] = [
        "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "trillions": 1e12, "mille": 1e3, "thousand": 1e3, "k": 1e3, "m": 1e6, "mn": 1e6,
        "mln": 1e6, "mio": 1e6, "bn": 1e9, "b": 1e9, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9,
        "tn": 1e12, "millier": 1e3, "milliers": 1e3, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    ]
    static let numberWords: [String: Double] = [
        "un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
        "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8, "neuf": 9,
        "nine": 9, "dix": 10, "ten": 10, "douze": 12, "twelve": 12, "quinze": 15, "fifteen": 15, "vingt": 20,
        "twenty": 20, "trente": 30, "thirty": 30, "quarante": 40, "forty": 40, "cinquante": 50, "fifty": 50,
        "soixante": 60, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "onze": 11, "eleven": 11,
        "treize": 13, "thirteen": 13, "quatorze": 14, "fourteen": 14, "seize": 16, "sixteen": 16, "eighteen": 18,
        "cent": 100, "cents": 100, "hundred": 100,
    ]
    /// Number words, then the scales of a thousand and more, in one table: one look-up per word.
    static let spelledValues = WordMap(numberWords.merging(scaleTable.filter { $0.value >= 1e3 }) { number, _ in number })
    /// The words of `spelledValues`, asked of every token by `mayOpen`.
    static let spelledWords = spelledValues.keys.flagged(.spelledNumbers)
    static let qualifiers: [(words: [String], kind: AmountKind)] = [
        (["jusqu'", "a"], .upTo), (["up", "to"], .upTo), (["as", "much", "as"], .upTo), (["atteindre"], .upTo),
        (["grimper", "a"], .upTo), (["ceiling", "of"], .upTo), (["plafond", "de"], .upTo), (["maximum", "de"], .upTo),
        (["monter", "a"], .upTo), (["reach"], .upTo), (["worth", "up", "to"], .upTo),
        (["plus", "de"], .atLeast), (["more", "than"], .atLeast), (["over"], .atLeast), (["au", "moins"], .atLeast),
        (["at", "least"], .atLeast), (["in", "excess", "of"], .atLeast), (["upwards", "of"], .atLeast),
        (["superieur", "a"], .atLeast), (["depassant"], .atLeast), (["exceeding"], .atLeast),
        (["environ"], .about), (["about"], .about), (["around"], .about), (["roughly"], .about),
        (["approximately"], .about), (["pres", "de"], .about), (["nearly"], .about), (["almost"], .about),
        (["quelque"], .about), (["some"], .about), (["approximativement"], .about), (["presque"], .about),
        (["estimated"], .about), (["estime", "a"], .about), (["evalue", "a"], .about), (["an", "estimated"], .about),
    ]

    /// `language` is the article's, which the tokens were read in; amounts take their own sentence's language.
    /// `articleCurrency`: the currency of the article's amounts so far, which a bare sum in millions takes
    /// ("Microsoft a raflé les 150 millions sans appel d'offres", after "150 millions de francs").
    public static func find(in tokens: [Token], language: String, articleCurrency: String? = nil) -> [MoneyMatch] {
        var matches: [MoneyMatch] = []
        // A short English brief guessed French must not read "$1 billion" as 10^12 nor "$1,500" as 1.5.
        // Guessed on first need: only digits with a separator and the scales after digits depend on the language.
        var own: String?
        let sentenceLanguage = {
            if let own { return own }
            let guess = LanguageGuesser.guess(sentence: tokens, otherwise: language)
            own = guess
            return guess
        }
        var i = 0
        while i < tokens.count {
            // Most tokens can open no amount: told without the parse (see `mayOpen`).
            guard mayOpen(tokens, i) else {
                i += 1
                continue
            }
            if let match = parse(tokens, at: i, language: sentenceLanguage, tokenizedIn: language) ?? carried(tokens, at: i, after: matches.last)
                ?? bare(tokens, at: i, currency: matches.last?.money.currency ?? articleCurrency) {
                if !isConversion(tokens, match.tokens, after: matches.last) && !isShareQuote(tokens, match.tokens) {
                    if let first = elidedScale(tokens, before: match) { matches.append(first) }
                    matches.append(match)
                }
                i = match.tokens.upperBound
            } else {
                i += 1
            }
        }
        return matches
    }

    /// "Capgemini (-1,32 % à 108,50 euros)", "(up 2% at $41.10)": a share price after its day's change, in brackets,
    /// is the price of one share, no sum anyone paid.
    static func isShareQuote(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        guard start >= 3, ["a", "at"].contains(tokens[start - 1].folded) else { return false }
        var percent = false
        for j in stride(from: start - 2, through: max(0, start - 8), by: -1) {
            let text = tokens[j].text
            if text == "%" || tokens[j].folded == "percent" { percent = true }
            if text == "(" { return percent }
            if text == ")" { return false }
        }
        return false
    }

    /// "a 400 million pound ($634 million) contract", "5 M€ (environ 5,4 M$)": the same sum converted, in
    /// parentheses right after it, is no second amount.
    static func isConversion(_ tokens: [Token], _ range: Range<Int>, after previous: MoneyMatch?) -> Bool {
        guard let previous else { return false }
        // "3 020 000 dollars, soit environ 1 841 445 000 FCFA", "£5m, or about $6.5m": a conversion word after a comma.
        var c = previous.tokens.upperBound
        if c < range.lowerBound, tokens[c].isMark(",") { c += 1 }
        if c < range.lowerBound, conversionWords.contains(tokens[c]), range.lowerBound - c <= 3,
           tokens[(c + 1)..<range.lowerBound].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) { return true }
        guard range.upperBound < tokens.count, tokens[range.upperBound].isMark(")") else { return false }
        var k = range.lowerBound - 1
        // Up to two lower-case words between: "(about $634 million)", "(soit près de 700 M$)".
        while k > previous.tokens.upperBound, range.lowerBound - k <= 3, tokens[k].kind == .word, !tokens[k].isCapitalized { k -= 1 }
        return k == previous.tokens.upperBound && tokens[k].isMark("(")
    }

    /// Whether `parse` (or `carried`) may find an amount from this token: a number, a currency symbol or code, "US"
    /// before "$", or a number word, hyphenated ones included.
    /// Asked by index: a token passed by value is copied, and this runs at every token. The lists are asked through
    /// the token's flags with a constant mask: reading their statics cost a `swift_once` call each, per token.
    static func mayOpen(_ t: [Token], _ i: Int) -> Bool {
        if t[i].kind == .number { return true }
        if t[i].kind == .punct, symbol(of: t[i]) != nil { return true }
        return t[i].hasHyphen || t[i].lists & openers != 0 || (t[i].text.utf8.count <= 3 && (isDollarPrefix(t, i) || isGluedCurrency(t, i)))
    }
    /// The flags of `spelledWords` and `codes`.
    private static var openers: ListMask { SentenceList.spelledNumbers.bit | SentenceList.moneyCodes.bit }

    /// "15 millions de dollars en juillet, 30 millions en août": a scaled number coordinated soon after an amount
    /// takes that amount's currency.
    static func carried(_ t: [Token], at i: Int, after previous: MoneyMatch?) -> MoneyMatch? {
        guard let previous, t[i].kind == .number, let value = t[i].number, i - previous.tokens.upperBound <= 8, i > 0,
              coordinators.contains(t[i - 1]), i + 1 < t.count,
              let scale = scales[t[i + 1]], scale >= 1e6, t[i + 1].spaceBefore || t[i + 1].kind == .word else { return nil }
        // "30 millions d'habitants": a count of something else, not money.
        if i + 2 < t.count, currencyLinks.contains(t[i + 2]) { return nil }
        return MoneyMatch(money: Money(amount: value * scale, currency: previous.money.currency, kind: previous.money.kind), tokens: i..<(i + 2))
    }

    /// Words that join a number to what it counts ("millions de dollars", "d'euros", "of dollars"), and that coordinate
    /// sums ("15 millions en juillet, 30 millions en août"): asked by the tokens' stored hashes, where literal lists
    /// were built and compared String by String at every number.
    static let currencyLinks: WordSet = ["de", "d'", "of"]
    static let conversionWords = LexiconData.set("money.conversion")
    static let coordinators: WordSet = [",", "et", "and", "puis", "then", "plus", "ou", "or"]

    /// "respectivement 2 et 4,5 millions d'euros", "respectively 3 and 5 million dollars": a bare number coordinated
    /// right before a scaled amount shares its scale and currency, when "respectively" pairs the two (not a range
    /// "entre 2 et 4 millions").
    static func elidedScale(_ t: [Token], before match: MoneyMatch) -> MoneyMatch? {
        let i = match.tokens.lowerBound
        guard i >= 3, t[i].kind == .number, let value = t[i].number, value > 0, i + 1 < t.count, let scale = scales[t[i + 1]], scale >= 1e6,
              ["et", "and"].contains(t[i - 1].folded), t[i - 2].kind == .number, let first = t[i - 2].number,
              !["entre", "between", "de", "from"].contains(t[i - 3].folded) else { return nil }
        let near = t[max(0, i - 6)..<(i - 2)].contains { Self.respectively.contains($0) }
            || t[match.tokens.upperBound..<min(t.count, match.tokens.upperBound + 2)].contains { Self.respectively.contains($0) }
        guard near else { return nil }
        return MoneyMatch(money: Money(amount: first * scale, currency: match.money.currency, kind: match.money.kind), tokens: (i - 2)..<(i - 1))
    }
    static let respectively: WordSet = ["respectivement", "respectively"]

    /// "les 150 millions sans appel d'offres", "for 38 million.": a number in millions or more with no currency and
    /// nothing counted after it, in an article that has named its currency.
    static func bare(_ t: [Token], at i: Int, currency: String?) -> MoneyMatch? {
        guard let currency, t[i].kind == .number, let value = t[i].number, i + 1 < t.count, let scale = scales[t[i + 1]], scale >= 1e6,
              t[i + 1].kind == .word, t[i + 1].foldedLength > 2 else { return nil }
        // "150 millions d'habitants", "38 million users", "2 millions de dollars" (read by `parse`): something follows.
        if i + 2 < t.count, t[i + 2].kind == .word, !bareFollowers.contains(t[i + 2]), !fromNamed(t, i + 2) { return nil }
        if i + 2 < t.count, t[i + 2].kind == .number || t[i + 2].isMark("%") { return nil }
        return MoneyMatch(money: Money(amount: value * scale, currency: currency, kind: qualifier(before: i, in: t)), tokens: i..<(i + 2))
    }
    /// "un don de 159 millions de la Fondation Corvin", "40 millions de Québecor": "de" and a name (not a people's
    /// name, "150 millions d'Américains") after a bare sum say whose money it is, not what it counts.
    static func fromNamed(_ t: [Token], _ k: Int) -> Bool {
        guard ["de", "d'", "du"].contains(t[k]) else { return false }
        var name = k + 1
        if name < t.count, ["la", "l'"].contains(t[name]) { name += 1 }
        guard name < t.count, t[name].kind == .word, t[name].isCapitalized, !Lexicon.capitalStop.contains(t[name]) else { return false }
        let word = t[name].folded
        let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
        return !["ois", "oise", "ain", "aine", "ais", "aise", "ien", "ienne"].contains(where: { singular.hasSuffix($0) })
    }

    /// Words that may follow a bare sum: prepositions and conjunctions, no counted noun.
    static let bareFollowers: WordSet = ["sans", "pour", "en", "au", "aux", "a", "et", "ou", "par", "sur", "avec", "in", "for", "to",
                                         "from", "and", "or", "with", "by", "on", "over", "since", "depuis", "lors", "when", "lorsque",
                                         "avant", "hors", "before", "excluding"]

    static func parse(_ t: [Token], at i: Int, language: () -> String, tokenizedIn: String) -> MoneyMatch? {
        var k = i
        var currency: String?
        // Leading currency: "$", "US$", "A$", "€", "USD".
        if isDollarPrefix(t, k) { currency = dollarPrefixes[t[k].text]; k += 2 } else
        // "Rs. 2,000": the rupee's abbreviation with its point.
        if t[k].hasText("Rs"), k + 1 < t.count, t[k + 1].isMark(".") { currency = "INR"; k += 2 } else
        // "Sh50.7 billion", "Rs 150 crore": a shilling's or the rupee's letters before the number.
        if isGluedCurrency(t, k) { currency = gluedCurrencies[t[k].text]; k += 1 } else
        // Cheap tests first: this runs at every token. Symbols are punctuation, codes are written in capitals.
        if t[k].kind == .punct, let code = symbol(of: t[k]) { currency = code; k += 1 } else if t[k].text.utf8.count == 3, t[k].isAllCaps, codes.contains(t[k]) {
            currency = t[k].folded.uppercased(); k += 1
        }
        guard k < t.count else { return nil }
        var value: Double
        var wordNumber = false
        let leadingCurrency = currency != nil
        // "$400,000" is written the English way whatever the sentence's language: "$", "A$" and "£" lead in English.
        // Asked only of a number with a separator: guessing the sentence's language costs a pass over its tokens.
        func numberLanguage() -> String { leadingCurrency && englishLed.contains(currency ?? "") ? "en" : language() }
        if t[k].kind == .number, let number = !t[k].text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") })
            || numberLanguage() == tokenizedIn ? t[k].number : NumberParser.value(t[k].text, language: numberLanguage()) {
            value = number
        } else if currency == nil, let (number, end, scaledWords) = spelled(t, from: k) {
            // "Five hundred thousand dollars", "deux cent mille euros", "un million de dollars".
            value = number
            wordNumber = true
            if scaledWords { return currencyAfter(t, from: i, value: value, k: end) }
        } else {
            return nil
        }
        k += 1
        var scaled = false
        // "Rs 150-crore", "a $5-billion deal": a scale joined to the number by a hyphen.
        if k + 1 < t.count, t[k].isMark("-"), !t[k].spaceBefore, !t[k + 1].spaceBefore, let scale = scales[t[k + 1]], scale >= 1e5,
           t[k + 1].kind == .word {
            k += 1
        }
        // "a 200-million-euro fine": the number hyphenated to the scale and the currency.
        if currency == nil, k + 1 < t.count, t[k].isMark("-"), !t[k].spaceBefore, !t[k + 1].spaceBefore, t[k + 1].hasHyphen {
            let parts = t[k + 1].folded.split(separator: "-")
            if parts.count == 2, let scale = scales[String(parts[0])], scale >= 1e3, let code = currencyWords[String(parts[1])] {
                return MoneyMatch(money: Money(amount: value * scale, currency: code, kind: qualifier(before: i, in: t)), tokens: i..<(k + 2))
            }
        }
        // "a 600 million-dollar contract": the scale and the currency in one hyphenated adjective; "at the US$1
        // million-level", "a $5 billion-plus deal": a scale hyphenated to a qualifier, the currency before.
        if k < t.count, t[k].hasHyphen {
            let parts = t[k].folded.split(separator: "-")
            if currency == nil, parts.count == 2, let scale = scales[String(parts[0])], scale >= 1e3, let code = currencyWords[String(parts[1])] {
                return MoneyMatch(money: Money(amount: value * scale, currency: code, kind: qualifier(before: i, in: t)), tokens: i..<(k + 1))
            }
            if let currency, let head = parts.first, let scale = scales[String(head)], scale >= 1e6 {
                return MoneyMatch(money: Money(amount: value * scale, currency: currency, kind: qualifier(before: i, in: t)), tokens: i..<(k + 1))
            }
        }
        if k < t.count, let scale = scales[t[k]], acceptsScale(t[k], attached: !t[k].spaceBefore, language: language()) {
            // French "billion" is 10^12, but "$1 billion" is written the English way whatever the sentence.
            value *= (language() == "fr" && !leadingCurrency && t[k].folded.hasPrefix("billion")) ? 1e12 : scale
            scaled = true
            k += 1
        }
        if wordNumber && !scaled { return nil }
        guard let currency else { return currencyAfter(t, from: i, value: value, k: k) }
        return MoneyMatch(money: Money(amount: value, currency: currency, kind: qualifier(before: i, in: t)), tokens: i..<k)
    }

    /// A spelled number of several words ending in a scale: (value, end, true); a lone number word: (value, k + 1, false).
    static func spelled(_ t: [Token], from k: Int) -> (Double, Int, Bool)? {
        func parts(_ word: String) -> [Double]? {
            // Most words have no hyphen: one look-up, no splitting (this runs at every token).
            if !word.utf8.contains(UInt8(ascii: "-")) { return spelledValues[word].map { [$0] } }
            let pieces = word.split(separator: "-").map(String.init)
            // "un demi-million de francs": half the scale, counted once by the "un" before it.
            if pieces.count == 2, pieces[0] == "demi", let scale = scales[pieces[1]], scale >= 1e6 { return [scale / 2] }
            let values = pieces.compactMap { numberWords[$0] ?? scales[$0].flatMap { $0 >= 1e3 ? $0 : nil } }
            return values.count == pieces.count && !pieces.isEmpty ? values : nil
        }
        // This runs at every token: most are no number word, told by one look-up, before any array is made.
        if !t[k].hasHyphen {
            guard let value = spelledValues[t[k]], value < 1e3 else { return nil }
            // "a", "un", "one" before a word that is no number: a lone number word, told without building lists.
            if value != 100, k + 1 == t.count || (!t[k + 1].hasHyphen && spelledValues[t[k + 1]] == nil) {
                return (value, k + 1, false)
            }
        }
        guard let first = parts(t[k].folded), first.allSatisfy({ $0 < 1e3 }) else { return nil }
        var total = 0.0, current = 0.0, j = k, scaled = false
        while j < t.count, let values = parts(t[j].folded) {
            if j > k, ["a", "an", "un", "une"].contains(t[j]) { break }
            for v in values {
                if v == 100 { current = max(current, 1) * 100; scaled = true } else if v >= 1e3 {
                    total += max(current, 1) * v; current = 0; scaled = true
                } else { current += v }
            }
            j += 1
        }
        if !scaled { return (first[0], k + 1, false) }
        return (total + current, j, true)
    }

    /// The currency after an amount: "dollars", "d'euros", "$", "USD".
    static func currencyAfter(_ t: [Token], from i: Int, value: Double, k: Int) -> MoneyMatch? {
        var j = k
        if j < t.count, currencyLinks.contains(t[j]) { j += 1 }
        guard j < t.count else { return nil }
        var currency: String
        // "50,000 Australian dollars"
        if j + 1 < t.count, let code = dollarAdjectives[t[j]], currencyWords[t[j + 1]] == "USD" { currency = code; j += 1 } else
        if let code = symbol(of: t[j]) {
            currency = code
        } else if let code = currencyWords[t[j]] {
            currency = code
            if code == "USD", j + 1 < t.count, let other = dollarCountries[t[j + 1]] { currency = other; j += 1 }
            if code == "GBP", j + 1 < t.count, t[j + 1].folded == "sterling" { j += 1 }
            // "44,000 pounds of cargo": a weight; "two million pounds of taxpayers' money" (scaled) stays money.
            if code == "GBP", t[j].folded.hasPrefix("pound"), j + 1 < t.count, t[j + 1].folded == "of", k > 0, scales[t[k - 1]] == nil { return nil }
            if code == "CHF", j + 1 < t.count {
                // Francs today are Swiss francs, or CFA francs when so named (West African until the article says
                // Central: `centralAfricanFranc`); Pacific and historical French or Belgian francs are left out.
                let next = t[j + 1].folded
                if next == "cfa" || next == "fcfa" { currency = "XOF"; j += 1 } else
                if ["cfp", "pacifique", "francais", "belges", "anciens", "nouveaux"].contains(next) { return nil }
                if next.hasPrefix("suisse") { j += 1 }
            }
        } else if t[j].hasText("F"), j + 1 < t.count, t[j + 1].folded == "cfa" {
            // "2 milliards F CFA"
            currency = "XOF"; j += 1
        } else if codes.contains(t[j]), t[j].isAllCaps, t[j].folded != "rs" {
            currency = t[j].folded.uppercased()
        } else {
            return nil
        }
        return MoneyMatch(money: Money(amount: value, currency: currency, kind: qualifier(before: i, in: t)), tokens: i..<(j + 1))
    }

    /// "m", "b", "k" only count glued to the number ("$480m"); "M" and "Md" are French abbreviations.
    static func acceptsScale(_ token: Token, attached: Bool, language: String) -> Bool {
        switch token.folded {
        case "m", "b", "k", "bn", "mn", "tn": return attached || token.text == "M" || token.text == "Md"
        case "md", "mds", "mrd", "mrds": return token.isCapitalized
        default: return true
        }
    }

    /// The indices of `qualifiers` by their last word, in their order: only those can end just before an amount.
    static let qualifiersByLastWord: WordMap<[Int]> = {
        var map = WordMap<[Int]>()
        for (n, qualifier) in qualifiers.enumerated() {
            let last = qualifier.words[qualifier.words.count - 1]
            map[last] = (map[last] ?? []) + [n]
        }
        return map
    }()

    static func qualifier(before start: Int, in t: [Token]) -> AmountKind {
        guard start > 0, let candidates = qualifiersByLastWord[t[start - 1]] else { return .exact }
        for n in candidates where qualifiers[n].words.count <= start {
            let (words, kind) = qualifiers[n]
            let from = start - words.count
            // The word next to the amount first: it rejects most qualifiers at once.
            if words.indices.reversed().allSatisfy({ t[from + $0].folded == words[$0] }) { return kind }
        }
        return .exact
    }
}
