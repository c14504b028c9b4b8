/// Names political recipients so each name holds the usual forms: "Donald Trump 2025 inaugural committee fund",
/// "Donald Trump 2024 presidential campaign", "Bernie Moreno 2024 Senate campaign". Inaugural funds are found anywhere; campaigns only where money goes to them.
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
                           "senator", "gouverneur", "governor"].contains(tokens[k - 1]), let entity = mention.entity {
                    score[entity, default: 0] += 1
                }
            }
        }
        mainPolitician = score.max { $0.value < $1.value || ($0.value == $1.value && $0.key.name > $1.key.name) }?.key
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
        // The sentence's dates are read only once it names a fund: most sentences name none.
        lazy var historical: Int? = {
            let years = DateParser.find(in: tokens, published: nil).compactMap { Int($0.iso.prefix(4)) }
            let publishedYear = published.flatMap { Int($0.prefix(4)) } ?? Int.max
            return years.first { $0 < publishedYear - 1 }
        }()
        var k = 0
        while k < tokens.count {
            // Told here by index before the call: most tokens start no fund name.
            if Self.inauguralTriggers.contains(tokens[k]), var found = inaugural(tokens, k, mentions) {
                if let historical, let fund = found.entity, !fund.name.contains(String(historical)) {
                    found.entity = EntityRef(.fund, "\(Self.owner(ofFund: fund.name)) \(historical) inaugural committee fund")
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
        SentenceMention(entity: EntityRef(.fund, name), surface: tokens[range].joinedAsWritten(),
                        tokens: range, source: .fund)
    }

    /// "Donald Trump 2025 inaugural committee fund": the owner's full name, the year of the inauguration and
    /// every word the press uses, so that the name holds each usual form ("Trump inaugural fund").
    private func inauguralName(_ person: EntityRef, year: Int?) -> String {
        let year = year ?? inaugurationYear()
        return year.map { "\(person.name) \($0) inaugural committee fund" } ?? "\(person.name) inaugural committee fund"
    }

    /// The year a fund's name carries ("Donald Trump 2017 inaugural committee fund", "2017 Presidential Inaugural Committee").
    static func year(inName name: String) -> Int? {
        name.split(separator: " ").lazy.compactMap { Int($0) }.first { $0 >= 1900 && $0 <= 2100 }
    }

    /// The owner part of a fund name made here: the words before its year or its kind.
    static func owner(ofFund name: String) -> String {
        let words = name.split(separator: " ")
        let stop = words.firstIndex { Int($0) != nil || $0 == "inaugural" } ?? words.endIndex
        return words[..<stop].joined(separator: " ")
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
        guard k + 1 < tokens.count, ["en", "in", "de"].contains(tokens[k]), let y = DateParser.year(tokens[k + 1]) else { return nil }
        return (y, k + 2)
    }

    /// The words each pattern of `inaugural` starts from: it runs at every token, most of which are none of them.
    static let inauguralTriggers = WordSet(["fonds", "comite", "commission", "investiture", "inaugural", "inauguration"]).flagged(.inauguralTriggers)

    func inaugural(_ t: [Token], _ k: Int, _ mentions: [SentenceMention]) -> SentenceMention? {
        guard Self.inauguralTriggers.contains(t[k]) else { return nil }
        let w = t[k].folded
        // fonds / comité d'investiture (de|du) X; "le fonds d'inauguration de Donald Trump" as well
        if ["fonds", "comite", "commission"].contains(w), k + 2 < t.count, t[k + 1].folded == "d'", ["investiture", "inauguration"].contains(t[k + 2]) {
            var end = k + 3
            var person = mainPolitician
            if end + 1 < t.count, ["de", "du"].contains(t[end]) {
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
        if w == "inaugural" || w == "inauguration", k + 1 < t.count, ["fund", "committee"].contains(t[k + 1]) {
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
            if person == nil, end + 1 < t.count, ["of", "for"].contains(t[end]), let (p, e) = owner(t, end + 1, mentions) {
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
            while j < t.count, ["presidentielle", "presidential", "electorale", "de", "reelection", "re-election", "for",
                                "senatoriale", "senate", "senatorial"].contains(t[j]),
                  !(t[j].folded == "de" && j + 1 < t.count && t[j + 1].kind == .word && t[j + 1].isCapitalized) { j += 1 }
            if j < t.count, ["de", "du", "of", "d'"].contains(t[j]), let (p, e) = owner(t, j + 1, mentions) {
                person = p; range = k..<e
            }
        }
        if person == nil, lead == "campaign" || lead == "campagne" {
            var j = k - 1
            while j >= 0, ["presidential", "reelection", "re-election", "senate", "senatorial", "house", "congressional"].contains(t[j])
                    || DateParser.year(t[j]) != nil { j -= 1 }
            if j >= 0, t[j].folded == "'s" { j -= 1 }
            if j >= 0, let mention = mentions.first(where: { $0.tokens.upperBound == j + 1 && $0.kind == .person }) {
                person = mention.entity; range = mention.tokens.lowerBound..<(k + 1)
            }
        }
        guard let person else { return nil }
        let around = t[max(0, range.lowerBound - 3)..<min(t.count, range.upperBound + 6)].map(\.folded)
        let senate = around.contains { ["senate", "senat", "senatorial", "senatoriale", "senatoriales", "senateur", "senatrice", "senator"].contains($0) }
        let house = !senate && around.contains { ["house", "congressional", "congressman", "congresswoman", "representative"].contains($0) }
        let office = senate ? "Senate" : house ? "House" : "presidential"
        let year = Self.electionYear(for: sentenceYear ?? published.flatMap { Int($0.prefix(4)) }, presidential: office == "presidential")
        let name = year.map { "\(person.name) \($0) \(office) campaign" } ?? "\(person.name) \(office) campaign"
        return fund(name, t, range)
    }

    /// The U.S. election a campaign of that year runs for: presidential every four years, Congress every two;
    /// the year just after an election still speaks of the one just held.
    static func electionYear(for year: Int?, presidential: Bool) -> Int? {
        guard let year else { return nil }
        if !presidential { return year % 2 == 0 ? year : year + 1 }
        switch year % 4 {
        case 0: return year
        case 1: return year - 1
        default: return year + 4 - year % 4
        }
    }
}
