/// What the sentences read so far say about the people and companies they name, kept as running totals so that
/// a description ("the billionaire", "the Tesla chief executive", "la banque") is resolved without re-reading the
/// article: re-reading every earlier sentence for each description made long articles quadratic.
struct MentionHistory {
    /// How often an entity was named (anaphors and pronouns aside) and where last: sentence * 1000 + rank.
    struct Tally {
        var count = 0
        var last = 0
    }

    /// People, ranked among the people a sentence names.
    private(set) var tallies: [EntityRef: Tally] = [:]
    /// Companies, ranked among all the names a sentence gives.
    private(set) var companyTallies: [EntityRef: Tally] = [:]
    /// For one company, how often each person was the one written just before it ("Elon Musk, patron de Tesla").
    private var besideCompany: [EntityRef: [EntityRef: Int]] = [:]
    /// The sentences naming each company, for descriptions that name several companies at once.
    private var sentencesNaming: [EntityRef: [Int]] = [:]
    /// Every recorded sentence's mentions (a reference to the article's own array, not a copy of it).
    private var recorded: [[SentenceMention]] = []

    /// A company a description may stand for: named without being an anaphor or a pronoun.
    static func isNamedCompany(_ m: SentenceMention) -> Bool {
        m.kind == .company && m.source != .anaphor && m.source != .pronoun
    }

    /// The people a description may stand for: named without being anaphors or pronouns.
    static func named(_ list: [SentenceMention], before limit: Int = Int.max) -> [SentenceMention] {
        list.filter { $0.kind == .person && $0.source != .anaphor && $0.source != .pronoun && $0.tokens.upperBound <= limit }
    }

    /// The person written just before one of the anchors (token positions), within six tokens.
    static func nearest(_ people: [SentenceMention], anchors: [Int]) -> EntityRef? {
        anchors.lazy.compactMap { anchor in people.last { $0.tokens.upperBound <= anchor && anchor - $0.tokens.upperBound <= 6 } }.first?.entity
    }

    /// One more mention, the last so far, counted through one access to the table (each access hashes the
    /// entity's name).
    private static func count(_ tally: inout Tally, at position: Int) {
        tally.count += 1
        tally.last = position
    }

    /// Adds a finished sentence (its mentions will not change any more).
    mutating func record(_ mentions: [SentenceMention], sentence t: Int) {
        precondition(t == recorded.count, "sentences are recorded in order")
        recorded.append(mentions)
        let people = Self.named(mentions)
        for (n, m) in people.enumerated() {
            guard let entity = m.entity else { continue }
            Self.count(&tallies[entity, default: Tally()], at: t * 1000 + n)
        }
        for (n, m) in mentions.enumerated() where Self.isNamedCompany(m) {
            guard let entity = m.entity else { continue }
            Self.count(&companyTallies[entity, default: Tally()], at: t * 1000 + n)
        }
        var companies: [EntityRef] = []
        for m in mentions where m.kind == .company {
            if let entity = m.entity, !companies.contains(entity) { companies.append(entity) }
        }
        for company in companies {
            sentencesNaming[company, default: []].append(t)
            let anchors = mentions.filter { $0.entity == company }.map(\.tokens.lowerBound)
            if let person = Self.nearest(people, anchors: anchors) {
                besideCompany[company, default: [:]][person, default: 0] += people.count { $0.entity == person }
            }
        }
    }

    /// How many of a person's mentions in the recorded sentences stood just before one of `organisations`,
    /// counted per sentence for the first such company mention, as the description resolver ranks titles.
    func together(_ person: EntityRef, organisations: Set<EntityRef>) -> Int {
        if organisations.count == 1, let company = organisations.first { return besideCompany[company]?[person] ?? 0 }
        let sentences = Set(organisations.flatMap { sentencesNaming[$0] ?? [] })
        var total = 0
        for t in sentences {
            let mentions = recorded[t]
            let people = Self.named(mentions)
            let anchors = mentions.filter { m in m.entity.map(organisations.contains) == true }.map(\.tokens.lowerBound)
            if Self.nearest(people, anchors: anchors) == person { total += people.count { $0.entity == person } }
        }
        return total
    }
}
