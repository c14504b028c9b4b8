/// The kind of a named entity, as the tables of the knowledge base split them.
public enum EntityKind: String, Sendable, Hashable, CaseIterable, Codable {
    case person, company, agency, fund
}

/// A resolved entity: its kind and canonical (fullest) name.
public struct EntityRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: EntityKind
    public var name: String
    public init(_ kind: EntityKind, _ name: String) { self.kind = kind; self.name = name }
    public var description: String { "\(kind.rawValue):\(name)" }
}

/// A half-open range of Unicode-scalar offsets into the normalised article text.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) { self.start = start; self.end = end }
}

/// The sentence a fact was read from, with its offsets in the article text.
public struct Evidence: Sendable, Hashable, Codable {
    public var text: String
    public var span: TextSpan
    public init(text: String, span: TextSpan) { self.text = text; self.span = span }
}

/// How an amount is qualified in the text: "jusqu'à" is upTo, "plus de" atLeast, "environ" about.
public enum AmountKind: String, Sendable, Codable {
    case exact, upTo = "up_to", atLeast = "at_least", about
}

/// An amount of money in currency units with its ISO 4217 currency.
public struct Money: Sendable, Hashable, Codable {
    public var amount: Double
    public var currency: String
    public var kind: AmountKind
    public init(amount: Double, currency: String, kind: AmountKind = .exact) {
        self.amount = amount; self.currency = currency; self.kind = kind
    }
}

/// One place where the article names an entity.
public struct Mention: Sendable, Hashable {
    public var entity: EntityRef
    public var surface: String
    public var span: TextSpan
}

/// Money or value given to a political recipient, or called a gift by the article.
public struct Donation: Sendable, Hashable {
    public var donor: EntityRef
    public var recipient: EntityRef?
    public var money: Money?
    public var date: String?
    public var inKind: Bool
    public var evidence: Evidence
    public var rule: String
    public var confidence: Double
    /// Which tokens of the evidence sentence gave the amount (so one amount feeds one gift).
    var moneyTokens: Range<Int>? = nil
    /// The trigger word's token in the evidence sentence.
    public internal(set) var triggerToken: Int? = nil
}

/// A contract, order, renewal or purchase by a government body.
public struct Contract: Sendable, Hashable {
    public var contractor: EntityRef
    public var agency: EntityRef?
    public var money: Money?
    public var date: String?
    public var endDate: String?
    public var evidence: Evidence
    public var rule: String
    public var confidence: Double
}

/// The nature of a dispute, as the guidelines classify it.
public enum DisputeKind: String, Sendable, Codable {
    case lawsuit, antitrust, regulatory, publicFeud = "public_feud", other
}

/// A party to a dispute and the side the sentence puts it on.
public struct DisputeParty: Sendable, Hashable {
    public enum Side: String, Sendable { case plaintiff, defendant, party }
    public var entity: EntityRef
    public var side: Side
}

/// A conflict between named parties.
public struct Dispute: Sendable, Hashable {
    public var parties: [DisputeParty]
    public var kind: DisputeKind
    public var date: String?
    public var evidence: Evidence
    public var rule: String
    public var confidence: Double
    /// The fine or sum the sentence names, and the date it gives itself: two sanctions of different amounts or
    /// years between the same parties are two cases.
    var money: Money? = nil
    var statedDate: String? = nil
}

/// A title a person holds at an organisation ("Sam Altman, PDG d'OpenAI").
public struct Role: Sendable, Hashable {
    public var person: EntityRef
    public var title: String
    public var organisation: EntityRef?
    public var evidence: Evidence
    /// "role.apposition" (name, then title) or "role.title-first" (title of the organisation, then name).
    public var rule: String
    public var confidence: Double
}

/// Everything read from one article: its metadata, normalised text, entities and facts.
public struct ArticleExtraction: Sendable {
    public var title: String?
    public var published: String?
    public var language: String
    public var text: String
    public var mentions: [Mention]
    /// Every surface form seen for each entity in this article (aliases to remember).
    public var surfaces: [EntityRef: [String]]
    /// How this article names each entity: the canonical name when the article uses it, else its fullest form
    /// there ("Uber Technologies" for the gazetteer's "Uber"). Reports show facts under these names.
    public var articleNames: [EntityRef: String] = [:]
    public var donations: [Donation]
    public var contracts: [Contract]
    public var disputes: [Dispute]
    public var roles: [Role]
}
