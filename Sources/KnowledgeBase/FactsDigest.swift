import Extraction

/// A digest of everything `ArticleWriter` stores from one extraction (title, date, language, source line, mentions,
/// surface forms, article names, facts and roles), so that re-extraction can tell an article whose rows would come
/// out the same and leave them alone. 64-bit FNV-1a over a length-delimited serialisation: it detects change, it
/// is no security boundary, and it must give the same value on every run (Swift's `Hasher` is seeded per process).
struct FactsDigest {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The digest of the fields stored from extraction `x` and its source line, as 16 hex digits.
    static func of(_ x: ArticleExtraction, source: ArticleSource) -> String {
        var digest = FactsDigest()
        digest.add(x.title)
        digest.add(x.published)
        digest.add(x.language)
        digest.add(source.url)
        digest.add(source.byline)
        digest.add(x.mentions.count)
        for mention in x.mentions {
            digest.add(mention.entity)
            digest.add(mention.surface)
            digest.add(mention.span)
        }
        let surfaces = x.surfaces.map { ($0.key.description, $0.value) }.sorted { $0.0 < $1.0 }
        digest.add(surfaces.count)
        for (entity, forms) in surfaces {
            digest.add(entity)
            digest.add(forms.count)
            for form in forms.sorted() { digest.add(form) }
        }
        let names = x.articleNames.map { ($0.key.description, $0.value) }.sorted { $0.0 < $1.0 }
        digest.add(names.count)
        for (entity, name) in names {
            digest.add(entity)
            digest.add(name)
        }
        digest.add(x.donations.count)
        for d in x.donations {
            digest.add(d.donor)
            digest.add(d.recipient)
            digest.add(d.money)
            digest.add(d.date)
            digest.add(d.inKind ? 1 : 0)
            digest.add(d.evidence, d.rule, d.confidence)
        }
        digest.add(x.contracts.count)
        for c in x.contracts {
            digest.add(c.contractor)
            digest.add(c.agency)
            digest.add(c.money)
            digest.add(c.date)
            digest.add(c.endDate)
            digest.add(c.evidence, c.rule, c.confidence)
        }
        digest.add(x.disputes.count)
        for d in x.disputes {
            digest.add(d.kind.rawValue)
            digest.add(d.date)
            digest.add(d.evidence, d.rule, d.confidence)
            digest.add(d.parties.count)
            for party in d.parties {
                digest.add(party.entity)
                digest.add(party.side.rawValue)
            }
        }
        digest.add(x.roles.count)
        for r in x.roles {
            digest.add(r.person)
            digest.add(r.title)
            digest.add(r.organisation)
            digest.add(r.evidence, r.rule, r.confidence)
        }
        return digest.hex
    }

    private var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private mutating func add(_ text: String) {
        var state = state
        for byte in text.utf8 { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        // 0xFF never occurs in UTF-8: it ends the string, so that ("ab", "c") and ("a", "bc") differ.
        self.state = (state ^ 0xFF) &* 0x0000_0100_0000_01b3
    }

    private mutating func add(_ text: String?) {
        add(text == nil ? 0 : 1)
        if let text { add(text) }
    }

    private mutating func add(_ number: Int) {
        var value = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            state = (state ^ (value & 0xFF)) &* 0x0000_0100_0000_01b3
            value >>= 8
        }
    }

    private mutating func add(_ number: Double) {
        add(Int(Int64(bitPattern: number.bitPattern)))
    }

    private mutating func add(_ entity: EntityRef) {
        add(entity.kind.rawValue)
        add(entity.name)
    }

    private mutating func add(_ entity: EntityRef?) {
        add(entity == nil ? 0 : 1)
        if let entity { add(entity) }
    }

    private mutating func add(_ span: TextSpan) {
        add(span.start)
        add(span.end)
    }

    private mutating func add(_ money: Money?) {
        add(money == nil ? 0 : 1)
        guard let money else { return }
        add(money.amount)
        add(money.currency)
        add(money.kind.rawValue)
    }

    /// A fact's sentence, rule and confidence (as stored: three decimals).
    private mutating func add(_ evidence: Evidence, _ rule: String, _ confidence: Double) {
        add(evidence.text)
        add(evidence.span)
        add(rule)
        add((confidence * 1000).rounded())
    }
}
