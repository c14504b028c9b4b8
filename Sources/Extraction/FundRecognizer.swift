/// Names political recipients the way the guidelines do: "Trump inaugural fund", "Trump 2017 inaugural fund",
/// "Trump 2024 presidential campaign". Inaugural funds are found anywhere; campaigns only where money goes to them.
struct FundRecognizer {
    let published: String?
    /// The politician "le président élu" or an unowned "inaugural committee" refers to.
    let mainPolitician: EntityRef?

    init(published: String?, sentences: [Sentence], mentions: [[SentenceMention]]) {
        self.published = published
        var score: [EntityRef: Int] = [:]
        for (s, list) in mentions.enumerated() {
            for mention in list where mention.kind == .person {
                let k = mention.tokens.lowerBound
                let tokens = sentences[s].tokens
                if k > 0, ["president", "presidente", "president-elect", "elu", "elect", "candidat", "candidate", "senateur",
                           "senator", "gouverneur", "governor"].contains(tokens[k - 1].folded), let entity = mention.entity {
                    score[entity, default: 0] += 1
                }
            }
        }
        mainPolitician = score.max { $0.value < $1.value || ($0.value == $1.value && $0.key.name > $1.key.name) }?.key
    }

    static func surname(_ person: EntityRef) -> String {
        person.name.split(separator: " ").last.map(String.init) ?? person.name
    }

    /// The person named at token k ("de Trump", "Trump's"), or the main politician for "président élu".
    func owner(_ tokens: [Token], _ k: Int, _ mentions: [SentenceMention]) -> (EntityRef, Int)? {
        if let mention = mentions.first(where: { $0.tokens.lowerBound == k && $0.kind == .person }), let entity = mention.entity {
            return (entity, mention.tokens.upperBound)
        }
        let words = tokens[k...].prefix(2).map(\.folded)
        if words == ["president", "elu"] || words == ["president-elect"] || words.first == "president-elect"
            || words == ["nouveau", "president"] || words == ["futur", "president"] {
            if let main = mainPolitician { return (main, k + (words.first == "president-elect" ? 1 : 2)) }
        }
        return nil
    }

    func find(in tokens: [Token], mentions: [SentenceMention]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        let years = DateParser.find(in: tokens, published: nil).compactMap { Int($0.iso.prefix(4)) }
        let publishedYear = published.flatMap { Int($0.prefix(4)) } ?? Int.max
        let historical = years.first { $0 < publishedYear - 1 }
        var k = 0
        while k < tokens.count {
            if var found = inaugural(tokens, k, mentions) {
                if let historical, let person = found.entity, !person.name.contains(String(historical)),
                   let surname = person.name.split(separator: " ").first {
                    found.entity = EntityRef(.fund, "\(surname) \(historical) inaugural committee fund")
                }
                out.append(found)
                k = found.tokens.upperBound
            } else {
                k += 1
            }
        }
        return out
    }

    private func fund(_ name: String, _ tokens: [Token], _ range: Range<Int>) -> SentenceMention {
        SentenceMention(entity: EntityRef(.fund, name), surface: tokens[range].map(\.text).joinedAsWritten(tokens[range]),
                        tokens: range, source: "fund")
    }

    /// "Trump 2025 inaugural committee fund": the year of the inauguration, and both words the press uses.
    private func inauguralName(_ person: EntityRef, year: Int?) -> String {
        let year = year ?? inaugurationYear()
        return year.map { "\(Self.surname(person)) \($0) inaugural committee fund" } ?? "\(Self.surname(person)) inaugural committee fund"
    }

    /// The U.S. inauguration an undated inaugural fund belongs to: the January after an election year.
    func inaugurationYear() -> Int? {
        guard let year = published.flatMap({ Int($0.prefix(4)) }) else { return nil }
        switch year % 4 {
        case 0: return year + 1
        case 1: return year
        default: return nil
        }
    }

    /// "en 2017", "in 2017", also after a comma: "l'investiture de Trump, en 2017".
    private func yearAfter(_ tokens: [Token], _ k: Int) -> (Int, Int)? {
        if k + 2 < tokens.count, tokens[k].text == ",", let found = yearAfter(tokens, k + 1) { return found }
        guard k + 1 < tokens.count, ["en", "in", "de"].contains(tokens[k].folded), let y = DateParser.year(tokens[k + 1]) else { return nil }
        return (y, k + 2)
    }

    func inaugural(_ t: [Token], _ k: Int, _ mentions: [SentenceMention]) -> SentenceMention? {
        let w = t[k].folded
        // fonds / comité d'investiture (de|du) X
        if ["fonds", "comite", "commission"].contains(w), k + 2 < t.count, t[k + 1].folded == "d'", t[k + 2].folded == "investiture" {
            var end = k + 3
            var person = mainPolitician
            if end + 1 < t.count, ["de", "du"].contains(t[end].folded) {
                let ownerStart = t[end].folded == "du" ? end : end + 1
                if t[end].folded == "du", let (p, e) = owner(t, end + 1, mentions) ?? owner(t, end, mentions) { person = p; end = e } else if let (p, e) = owner(t, ownerStart, mentions) { person = p; end = e }
            }
            guard let person else { return nil }
            var year: Int?
            if let (y, e) = yearAfter(t, end) { year = y; end = e }
            return fund(inauguralName(person, year: year), t, k..<end)
        }
        // l'investiture de X en 2017
        if w == "investiture", k + 1 < t.count, t[k + 1].folded == "de", let (person, end) = owner(t, k + 2, mentions),
           let (year, stop) = yearAfter(t, end) {
            return fund(inauguralName(person, year: year), t, k..<stop)
        }
        // X's inaugural fund/committee ; X inaugural committee ; inaugural committee (of|for) X
        if w == "inaugural" || w == "inauguration", k + 1 < t.count, ["fund", "committee"].contains(t[k + 1].folded) {
            var start = k
            var person: EntityRef?
            var year: Int?
            if k >= 1, let y = DateParser.year(t[k - 1]) { year = y; start = k - 1 }
            let ownerEnd = start >= 1 && t[start - 1].folded == "'s" ? start - 1 : start
            if let mention = mentions.first(where: { $0.tokens.upperBound == ownerEnd && $0.kind == .person }) {
                person = mention.entity
                start = mention.tokens.lowerBound
            }
            var end = k + 2
            if person == nil, end + 1 < t.count, ["of", "for"].contains(t[end].folded), let (p, e) = owner(t, end + 1, mentions) {
                person = p; end = e
            }
            guard let owner = person ?? mainPolitician else { return nil }
            return fund(inauguralName(owner, year: year), t, start..<end)
        }
        return nil
    }

    /// "la campagne de Trump", "Trump's campaign", "the Harris campaign": only called where money goes to it.
    func campaign(_ t: [Token], from k: Int, _ mentions: [SentenceMention], sentenceYear: Int?) -> SentenceMention? {
        let lead = t[k].folded
        var person: EntityRef?
        var range = k..<(k + 1)
        if lead == "campagne" || lead == "campaign" {
            var j = k + 1
            while j < t.count, ["presidentielle", "presidential", "electorale", "de", "reelection", "re-election", "for"].contains(t[j].folded),
                  !(t[j].folded == "de" && j + 1 < t.count && t[j + 1].kind == .word && t[j + 1].isCapitalized) { j += 1 }
            if j < t.count, ["de", "du", "of", "d'"].contains(t[j].folded), let (p, e) = owner(t, j + 1, mentions) {
                person = p; range = k..<e
            }
        }
        if person == nil, lead == "campaign" || lead == "campagne" {
            var j = k - 1
            while j >= 0, ["presidential", "reelection", "re-election", "2024", "2020", "2016"].contains(t[j].folded) { j -= 1 }
            if j >= 0, t[j].folded == "'s" { j -= 1 }
            if j >= 0, let mention = mentions.first(where: { $0.tokens.upperBound == j + 1 && $0.kind == .person }) {
                person = mention.entity; range = mention.tokens.lowerBound..<(k + 1)
            }
        }
        guard let person else { return nil }
        let year = sentenceYear ?? electionYear()
        let name = year.map { "\(Self.surname(person)) \($0) presidential campaign" } ?? "\(Self.surname(person)) presidential campaign"
        return fund(name, t, range)
    }

    /// The U.S. presidential election an undated campaign most likely belongs to, from the article's year.
    func electionYear() -> Int? {
        guard let year = published.flatMap({ Int($0.prefix(4)) }) else { return nil }
        switch year % 4 {
        case 0: return year
        case 1: return year - 1
        default: return nil
        }
    }
}
