/// A date expression found in a sentence, as an ISO prefix.
public struct DateMatch: Sendable, Hashable {
    /// Whether the date starts something ("à partir de 2031"), ends it ("jusqu'à 2027") or is a point in time.
    enum Role: Sendable { case point, start, end }
    public var iso: String
    public var tokens: Range<Int>
    var role: Role
}

/// Reads French and English dates into ISO prefixes: "le 24 janvier", "January 23, 2025", "en avril 2025",
/// "dès 2022", "in 2017", "2024-12-18"; a month without a year takes it from the article's date.
public enum DateParser {
    static let months: WordMap<Int> = [
        "janvier": 1, "janv": 1, "january": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
        "mars": 3, "march": 3, "mar": 3, "avril": 4, "avr": 4, "april": 4, "apr": 4, "mai": 5, "may": 5, "juin": 6,
        "june": 6, "jun": 6, "juillet": 7, "juil": 7, "july": 7, "jul": 7, "aout": 8, "august": 8, "aug": 8,
        "septembre": 9, "sept": 9, "september": 9, "sep": 9, "octobre": 10, "oct": 10, "october": 10,
        "novembre": 11, "nov": 11, "november": 11, "decembre": 12, "dec": 12, "december": 12,
    ]
    /// Words after which a bare month name is a date ("en mars", "in March"), not a word ("mai" alone is risky).
    static let monthLeads: WordSet = ["en", "in", "de", "d'", "depuis", "since", "fin", "debut", "mi", "late",
                                          "early", "mid", "dès", "des", "until", "jusqu'", "a", "au", "by", "last",
                                          "this", "next", "of", "le", "during", "pendant", "avant", "apres",
                                          "before", "after", "courant"]
    static let endLeads: WordSet = ["jusqu'", "until", "through", "till", "d'ici", "to", "by"]

    static let startLeads: WordSet = ["from", "starting", "partir", "beginning"]

    /// "jusqu'en 2033" ends, "à partir de 2031" / "from 2031" starts, anything else is a point in time.
    static func role(_ t: [Token], lead: Int) -> DateMatch.Role {
        guard lead >= 0 else { return .point }
        // The lead word and the one before it asked in place (their stored hashes), and the linking words from sets
        // built once: this runs for every date, and literal lists were built at each.
        if endLeads.contains(t[lead]) || (endLinks.contains(t[lead]) && lead > 0 && endLeads.contains(t[lead - 1])) { return .end }
        if startLeads.contains(t[lead]) || (startLinks.contains(t[lead]) && lead > 0 && startLeads.contains(t[lead - 1])) { return .start }
        return .point
    }

    /// Words between an end or start lead and the date: "jusqu'en", "until in", "à partir de", "starting on".
    static let endLinks: WordSet = ["en", "in", "le"]
    static let startLinks: WordSet = ["de", "in", "on"]
    /// Month names that are also common words or abbreviations: counted as months only when capitalised ("mai" aside).
    static let ambiguousMonths: WordSet = ["may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr", "mai"]

    @inline(__always)
    static func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.length == 4, let n = token.number, n >= 1900, n <= 2100 else { return nil }
        return Int(n)
    }

    @inline(__always)
    static func day(_ token: Token) -> Int? {
        guard token.kind == .number, token.length <= 2, let n = token.number, n >= 1, n <= 31, n == n.rounded() else { return nil }
        return Int(n)
    }

    static func month(_ t: [Token], _ k: Int) -> Int? {
        guard k < t.count, t[k].kind == .word, let m = months[t[k]] else { return nil }
        // Short English forms and "may"/"mar" must be capitalised to count as months.
        if ambiguousMonths.contains(t[k]) && !t[k].isCapitalized {
            return t[k].folded == "mai" ? m : nil
        }
        return m
    }

    static let weekdays: WordMap<Int> = ["lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
                                          "dimanche": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
                                          "friday": 5, "saturday": 6, "sunday": 0]

    /// "a notifié lundi", "said on Tuesday": the last such day on or before a fully dated article.
    static func weekdayBefore(_ token: Token, published: String?) -> String? {
        guard let named = weekdays[token], let published, let (y, m, d) = fullDateParts(published) else { return nil }
        let back = (weekday(y, m, d) - named + 7) % 7
        var (year, month, day) = (y, m, d - back)
        if day < 1 {
            month -= 1
            if month < 1 { month = 12; year -= 1 }
            day += daysIn(year, month)
        }
        return iso(year, month, day)
    }

    /// `Int(published.prefix(4))`, `Int(published.dropFirst(5).prefix(2))` and `Int(published.suffix(2))` of a date of
    /// ten Characters, else nil. Read from the bytes when they are ten ASCII bytes whose numbers are digits (then each
    /// byte is a Character and each number reads as written); counting Characters cost more than the rest.
    static func fullDateParts(_ published: String) -> (Int, Int, Int)? {
        let bytes = Array(published.utf8.prefix(11))
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for k in from..<(from + count) {
                guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[k] - 0x30)
            }
            return value
        }
        if bytes.count == 10, bytes[4] < 0x80, bytes[7] < 0x80, let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) {
            return (y, m, d)
        }
        guard published.count == 10, let y = Int(published.prefix(4)), let m = Int(published.dropFirst(5).prefix(2)),
              let d = Int(published.suffix(2)) else { return nil }
        return (y, m, d)
    }

    /// "last year", "l'an dernier", "l'année dernière", "this year", "cette année", "next year": a year from the article's.
    static func relativeYear(_ t: [Token], _ k: Int) -> (Int, Int)? {
        guard k + 1 < t.count, relativeYearLeads.contains(t[k]) else { return nil }
        // The two words read in place: an array of them cost an allocation at every "this" and "an".
        switch (t[k].folded, t[k + 1].folded) {
        case ("last", "year"), ("an", "dernier"), ("annee", "derniere"): return (-1, 2)
        case ("this", "year"), ("cette", "annee"): return (0, 2)
        case ("next", "year"), ("an", "prochain"), ("annee", "prochaine"): return (1, 2)
        default: return nil
        }
    }

    /// Every word a date can open with.
    static let dateWords = months.keys.union(weekdays.keys).union(relativeYearLeads).flagged(.dateWords)

    /// The first words of the relative years above, to reject other tokens at once.
    static let relativeYearLeads: WordSet = ["last", "an", "annee", "this", "cette", "next"]

    /// Day of the week, 0 = Sunday (Sakamoto's method).
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = m < 3 ? y - 1 : y
        return (year + year / 4 - year / 100 + year / 400 + offsets[m - 1] + d) % 7
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func iso(_ y: Int, _ m: Int? = nil, _ d: Int? = nil) -> String {
        // Years of four digits, months and days of one or two (every date read): written as bytes, not by joining
        // the Strings of three numbers.
        if y >= 1000, y <= 9999, (m ?? 1) >= 1, (m ?? 1) <= 99, (d ?? 1) >= 1, (d ?? 1) <= 99 {
            let count = m == nil ? 4 : d == nil ? 7 : 10
            return String(unsafeUninitializedCapacity: count) { buffer in
                func put(_ value: Int, _ at: Int, _ width: Int) {
                    var value = value
                    for k in stride(from: at + width - 1, through: at, by: -1) {
                        buffer[k] = UInt8(0x30 + value % 10)
                        value /= 10
                    }
                }
                put(y, 0, 4)
                if let m {
                    buffer[4] = UInt8(ascii: "-")
                    put(m, 5, 2)
                    if let d {
                        buffer[7] = UInt8(ascii: "-")
                        put(d, 8, 2)
                    }
                }
                return count
            }
        }
        var s = String(y)
        if let m { s += "-" + (m < 10 ? "0" : "") + String(m) }
        if let m = m, let d { _ = m; s += "-" + (d < 10 ? "0" : "") + String(d) }
        return s
    }

    /// An ISO "2024-12" or "2024-12-18" starting at or after `from` (within `limit` tokens).
    static func isoDate(in t: [Token], from: Int, limit: Int) -> String? {
        var k = from
        while k < min(t.count, from + limit) {
            if let y = year(t[k]) {
                if k + 2 < t.count, t[k + 1].text == "-", let m = t[k + 2].number, m >= 1, m <= 12, !t[k + 1].spaceBefore {
                    if k + 4 < t.count, t[k + 3].text == "-", let d = day(t[k + 4]) { return iso(y, Int(m), d) }
                    return iso(y, Int(m))
                }
                return iso(y)
            }
            k += 1
        }
        return nil
    }

    /// The first complete date of a line: "23 janvier 2025", "January 23, 2025", "2025-01-23".
    static func fullDate(in t: [Token]) -> String? {
        for match in find(in: t, published: nil) where match.iso.count >= 7 { return match.iso }
        return nil
    }

    /// Every date expression of a sentence, in order.
    public static func find(in t: [Token], published: String?) -> [DateMatch] {
        var out: [DateMatch] = []
        let (pubYear, pubMonth) = publishedParts(published)
        var k = 0
        while k < t.count {
            let start = k
            var result: (String, Int)?
            // A word opens a date only as a month, a weekday or a relative year: one look-up skips the others.
            // Punctuation opens none (every branch below starts from a number or one of those words).
            // The list is asked through the token's flags with a constant: reading its static costs a call per token.
            if t[k].kind == .punct || (t[k].kind == .word && t[k].lists & SentenceList.dateWords.bit == 0) {
                k += 1
                continue
            }
            if let y = year(t[k]), k + 2 < t.count, t[k + 1].text == "-", !t[k + 1].spaceBefore, let m = t[k + 2].number, m >= 1, m <= 12 {
                if k + 4 < t.count, t[k + 3].text == "-", let d = day(t[k + 4]) { result = (iso(y, Int(m), d), k + 5) } else { result = (iso(y, Int(m)), k + 3) }
            } else if let d = day(t[k]), let m = month(t, k + (k + 1 < t.count && t[k + 1].folded == "er" ? 2 : 1)) {
                let mk = k + (t[k + 1].folded == "er" ? 2 : 1)
                if mk + 1 < t.count, let y = year(t[mk + 1]) { result = (iso(y, m, d), mk + 2) } else if let y = contextYear(m, pubYear, pubMonth) {
                    result = (iso(y, m, d), mk + 1)
                }
            } else if let m = month(t, k) {
                var j = k + 1
                var d: Int?
                if j < t.count, t[j].text == "." { j += 1 }
                if j < t.count, let dd = day(t[j]), !(j + 1 < t.count && scalesOrCurrency(t[j + 1])) { d = dd; j += 1 }
                if j < t.count, t[j].text == "," { j += 1 }
                if j < t.count, let y = year(t[j]) {
                    result = (iso(y, m, d), j + 1)
                } else if d != nil || (k > 0 && monthLeads.contains(t[k - 1])) || t[k].isCapitalized && t[k].foldedLength > 3 && d != nil {
                    if let y = contextYear(m, pubYear, pubMonth) { result = (iso(y, m, d), d != nil ? j : k + 1) }
                }
            } else if let y = year(t[k]), !(k + 1 < t.count && scalesOrCurrency(t[k + 1])), !(k > 0 && t[k - 1].text == "$"),
                      // "contract N00024-20-C-2100": digits glued to an identifier are no year.
                      !(k > 0 && !t[k].spaceBefore && (t[k - 1].kind == .word
                        || (t[k - 1].text == "-" && k > 1 && (t[k - 2].kind == .number || t[k - 2].length == 1 || t[k - 2].isAllCaps)))) {
                result = (iso(y), k + 1)
            } else if t[k].kind == .word, let day = weekdayBefore(t[k], published: published) {
                // Weekdays and the relative years' leads are words: a number that reached here is told at once (both
                // look-ups and a copy of the token ran for every number that opens no date).
                result = (day, k + 1)
            } else if t[k].kind == .word, let pubYear, let (offset, length) = relativeYear(t, k) {
                result = (iso(pubYear + offset), k + length)
            }
            if let (value, next) = result {
                var leadIndex = start - 1
                if leadIndex >= 0, t[leadIndex].folded == "le" || t[leadIndex].folded == "a" { leadIndex -= 1 }
                let role = Self.role(t, lead: leadIndex)
                out.append(DateMatch(iso: value, tokens: start..<next, role: role))
                k = next
            } else {
                k += 1
            }
        }
        return out
    }

    /// `Int(published.prefix(4))` and, when it has 7 characters or more, `Int(published.dropFirst(5).prefix(2))`:
    /// by bytes when the text is ASCII without a carriage return (each byte a Character), as ISO dates are. This
    /// runs for every sentence; Character walks made it a tenth of date finding.
    static func publishedParts(_ published: String?) -> (year: Int?, month: Int?) {
        guard let published else { return (nil, nil) }
        // "2024", "2024-12", "2024-12-18" (every date the header reads): digits read in place.
        if let parts = published.utf8.withContiguousStorageIfAvailable(isoParts), let parts { return parts }
        let bytes = published.utf8
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else {
            return (Int(published.prefix(4)), published.count >= 7 ? Int(published.dropFirst(5).prefix(2)) : nil)
        }
        func number(_ from: Int, _ length: Int) -> Int? {
            let start = bytes.index(bytes.startIndex, offsetBy: min(from, bytes.count))
            let end = bytes.index(start, offsetBy: min(length, bytes.distance(from: start, to: bytes.endIndex)))
            return Int(published[start..<end])
        }
        return (number(0, 4), bytes.count >= 7 ? number(5, 2) : nil)
    }

    /// Year and month of ASCII "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nil for any other text.
    private static func isoParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int?, month: Int?)? {
        guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
        var value = 0, year = 0, month = 0
        for k in bytes.indices {
            let byte = bytes[k]
            if k == 4 || k == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                if k == 4 { year = value } else { month = value }
                value = 0
                continue
            }
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        switch bytes.count {
        case 4: return (value, nil)
        case 7: return (year, value)
        default: return (year, month)
        }
    }

    static func scalesOrCurrency(_ token: Token) -> Bool {
        MoneyParser.scales[token] != nil || MoneyParser.currencyWords[token] != nil
            || MoneyParser.symbol(token.text) != nil || token.text == "%"
    }

    /// A month without a year belongs to the article's year, or the year before when it lies well ahead of it.
    static func contextYear(_ month: Int, _ pubYear: Int?, _ pubMonth: Int?) -> Int? {
        guard let pubYear else { return nil }
        if let pubMonth, month > pubMonth + 2 { return pubYear - 1 }
        return pubYear
    }
}
