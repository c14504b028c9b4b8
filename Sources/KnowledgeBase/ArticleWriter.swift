import Extraction
import SQLiteDB

/// An article ready to store: where it came from, its hash and what the extractor read in it.
struct ExtractedArticle: Sendable {
    var path: String
    var name: String
    var sha256: String
    var extractorVersion: String
    /// How the bytes were decoded, and how many invalid UTF-8 sequences became U+FFFD.
    var encoding: String = "UTF-8"
    var replacedBytes = 0
    let extraction: ArticleExtraction
    /// The web address and byline of the article's first lines, read where the article is prepared (an ingest
    /// worker), not on the writer's thread.
    let source: ArticleSource
    /// FactsDigest of what is stored from `extraction`, computed where the article is prepared too.
    let factsDigest: String

    init(path: String, name: String, sha256: String, extractorVersion: String, encoding: String = "UTF-8",
         replacedBytes: Int = 0, extraction: ArticleExtraction) {
        self.path = path
        self.name = name
        self.sha256 = sha256
        self.extractorVersion = extractorVersion
        self.encoding = encoding
        self.replacedBytes = replacedBytes
        self.extraction = extraction
        source = ArticleSource(text: extraction.text)
        factsDigest = FactsDigest.of(extraction, source: source)
    }
}

/// Stores one article and all its facts with statements prepared once per run (5,000 articles must take
/// seconds, and preparing ten statements per article would dominate). The caller owns the transaction.
final class ArticleWriter {
    let entities: EntityStore
    private let connection: Connection
    private let insertArticle: Statement
    private let updateArticle: Statement
    private let updateVersion: Statement
    private let deleteFacts: [Statement]
    private let insertMention: Statement
    private let insertAlias: Statement
    private let insertArticleName: Statement
    private let insertDonation: Statement
    private let insertContract: Statement
    private let insertDispute: Statement
    private let insertParty: Statement
    private let insertRole: Statement

    init(connection: Connection) throws(SQLiteError) {
        self.connection = connection
        entities = try EntityStore(connection: connection)
        insertArticle = try connection.prepare("""
            INSERT INTO articles(path, name, sha256, title, published, language, text, extractor_version, encoding,
                replaced_bytes, url, byline, facts_digest)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateArticle = try connection.prepare("""
            UPDATE articles SET path = ?, name = ?, sha256 = ?, title = ?, published = ?, language = ?, text = ?,
                extractor_version = ?, encoding = ?, replaced_bytes = ?, url = ?, byline = ?, facts_digest = ?,
                ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = ?
            """)
        updateVersion = try connection.prepare("UPDATE articles SET extractor_version = ? WHERE id = ?")
        // dispute_parties go with their disputes (ON DELETE CASCADE).
        deleteFacts = try ["mentions", "article_names", "donations", "contracts", "disputes", "roles"].map { table throws(SQLiteError) in
            try connection.prepare("DELETE FROM \(table) WHERE article_id = ?")
        }
        insertMention = try connection.prepare(
            "INSERT INTO mentions(entity_id, article_id, surface, start, end, folded) VALUES (?, ?, ?, ?, ?, ?)")
        insertArticleName = try connection.prepare(
            "INSERT INTO article_names(article_id, entity_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        insertAlias = try connection.prepare(
            "INSERT INTO aliases(entity_id, alias, source, folded) VALUES (?, ?, 'article', ?) ON CONFLICT DO NOTHING")
        insertDonation = try connection.prepare("""
            INSERT INTO donations(article_id, donor_id, recipient_id, amount, currency, amount_kind, date, in_kind,
                evidence, evidence_start, evidence_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertContract = try connection.prepare("""
            INSERT INTO contracts(article_id, contractor_id, agency_id, amount, currency, amount_kind, date, end_date,
                evidence, evidence_start, evidence_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertDispute = try connection.prepare("""
            INSERT INTO disputes(article_id, kind, date, evidence, evidence_start, evidence_end, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertParty = try connection.prepare(
            "INSERT INTO dispute_parties(dispute_id, entity_id, role, position) VALUES (?, ?, ?, ?)")
        insertRole = try connection.prepare("""
            INSERT INTO roles(article_id, person_id, title, organisation_id, evidence, evidence_start, evidence_end,
                rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Stores `article`: a new row, or (with `existing`) the same row updated and its old facts deleted first.
    /// Returns the article id.
    @discardableResult
    func write(_ article: ExtractedArticle, replacing existing: Int64?) throws(SQLiteError) -> Int64 {
        let x = article.extraction
        let language = ["fr", "en"].contains(x.language) ? x.language : "und"
        let source = article.source
        let row: [any SQLiteBindable] = [article.path, article.name, article.sha256, x.title, x.published, language,
                                         x.text, article.extractorVersion, article.encoding, article.replacedBytes,
                                         source.url, source.byline, article.factsDigest]
        let id: Int64
        if let existing {
            for statement in deleteFacts { try run(statement, [existing]) }
            try run(updateArticle, row + [existing])
            id = existing
        } else {
            try run(insertArticle, row)
            id = connection.lastInsertRowID
        }
        try writeMentions(x, article: id)
        try writeFacts(x, article: id)
        return id
    }

    /// Records that extractor `version` read article `id` and found the facts already stored (same FactsDigest).
    func markRead(_ id: Int64, version: String) throws(SQLiteError) {
        try run(updateVersion, [version, id])
    }

    /// Mentions (first occurrence per entity and surface form) and the article's surface forms as aliases.
    private func writeMentions(_ x: ArticleExtraction, article id: Int64) throws(SQLiteError) {
        var seen: Set<MentionKey> = []
        var surfaces: [EntityRef: Set<String>] = [:]
        for mention in x.mentions where seen.insert(MentionKey(entity: mention.entity, surface: mention.surface)).inserted {
            let entity = try entities.id(for: mention.entity)
            try run(insertMention, [entity, id, mention.surface, mention.span.start, mention.span.end,
                                    NameFolding.key(mention.surface)])
            surfaces[mention.entity, default: []].insert(mention.surface)
        }
        for (entity, forms) in x.surfaces { surfaces[entity, default: []].formUnion(forms) }
        for entity in Self.sortedByDescription(x.articleNames.keys) {
            try run(insertArticleName, [id, try entities.id(for: entity), x.articleNames[entity]])
        }
        // Sorted so that alias rows come out in the same order on every run.
        for entity in Self.sortedByDescription(surfaces.keys) {
            let aliases = surfaces[entity, default: []].filter { $0 != entity.name && !$0.isEmpty }
            guard !aliases.isEmpty else { continue }
            let entityID = try entities.id(for: entity)
            for alias in aliases.sorted() { try run(insertAlias, [entityID, alias, NameFolding.key(alias)]) }
        }
    }

    /// Entities in the order of their descriptions, each description built once (not at every comparison).
    private static func sortedByDescription(_ entities: some Collection<EntityRef>) -> [EntityRef] {
        entities.map { ($0.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    private func writeFacts(_ x: ArticleExtraction, article id: Int64) throws(SQLiteError) {
        for d in x.donations {
            try run(insertDonation, [
                id, try entities.id(for: d.donor), try optionalID(d.recipient),
                d.money?.amount, d.money?.currency, d.money?.kind.rawValue, d.date, d.inKind,
                d.evidence.text, d.evidence.span.start, d.evidence.span.end, d.rule, rounded(d.confidence),
            ])
        }
        for c in x.contracts {
            try run(insertContract, [
                id, try entities.id(for: c.contractor), try optionalID(c.agency),
                c.money?.amount, c.money?.currency, c.money?.kind.rawValue, c.date, c.endDate,
                c.evidence.text, c.evidence.span.start, c.evidence.span.end, c.rule, rounded(c.confidence),
            ])
        }
        for d in x.disputes {
            try run(insertDispute, [
                id, d.kind.rawValue, d.date, d.evidence.text, d.evidence.span.start, d.evidence.span.end, d.rule,
                rounded(d.confidence),
            ])
            let disputeID = connection.lastInsertRowID
            var seen: Set<EntityRef> = []
            // A party named twice keeps its first place (the table's key is dispute + entity).
            for party in d.parties where seen.insert(party.entity).inserted {
                try run(insertParty, [disputeID, try entities.id(for: party.entity), party.side.rawValue, seen.count - 1])
            }
        }
        for r in x.roles {
            // Roles carry no rule or confidence of their own: one rule produces them.
            try run(insertRole, [
                id, try entities.id(for: r.person), r.title,
                try optionalID(r.organisation),
                r.evidence.text, r.evidence.span.start, r.evidence.span.end, r.rule, rounded(r.confidence),
            ])
        }
    }

    /// Confidences are products of rule weights; three decimals keep 0.75 from reading 0.7499999999999999.
    private func rounded(_ confidence: Double) -> Double {
        (confidence * 1000).rounded() / 1000
    }

    /// The id of an optional party (a recipient or agency the article may not name).
    private func optionalID(_ entity: EntityRef?) throws(SQLiteError) -> Int64? {
        guard let entity else { return nil }
        return try entities.id(for: entity)
    }

    /// Binds `values` and steps the statement to completion.
    private func run(_ statement: Statement, _ values: [any SQLiteBindable]) throws(SQLiteError) {
        try statement.bind(values)
        while try statement.step() != nil {}
    }

    private struct MentionKey: Hashable {
        var entity: EntityRef
        var surface: String
    }
}
