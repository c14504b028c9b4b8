import Extraction
import SQLiteDB

/// Finds or creates entity rows (and their people/companies/agencies/funds row), caching ids for the run.
/// Ids created inside a transaction stay pending until it commits, since a rollback takes the rows away.
final class EntityStore {
    private var committed: [EntityRef: Int64] = [:]
    private var pending: [EntityRef: Int64] = [:]
    private let connection: Connection
    private let select: Statement
    private let insert: Statement
    private let merged: Statement
    private let insertKind: [EntityKind: Statement]

    init(connection: Connection) throws(SQLiteError) {
        self.connection = connection
        select = try connection.prepare("SELECT id FROM entities WHERE kind = ? AND name = ?")
        insert = try connection.prepare("INSERT INTO entities(kind, name, folded) VALUES (?, ?, ?)")
        merged = try connection.prepare("SELECT into_id FROM entity_merges WHERE kind = ? AND name = ?")
        var kinds: [EntityKind: Statement] = [:]
        for kind in EntityKind.allCases {
            kinds[kind] = try connection.prepare(
                "INSERT INTO \(Self.table(for: kind))(id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")
        }
        insertKind = kinds
    }

    /// The SQL condition, on an `entities` row, that nothing refers to it: no mention, fact, role or user alias.
    /// Such entities are deleted after a run; `kb check` reports any left.
    static let unreferenced = """
        id NOT IN (
            SELECT entity_id FROM mentions
            UNION SELECT donor_id FROM donations
            UNION SELECT recipient_id FROM donations WHERE recipient_id IS NOT NULL
            UNION SELECT contractor_id FROM contracts
            UNION SELECT agency_id FROM contracts WHERE agency_id IS NOT NULL
            UNION SELECT entity_id FROM dispute_parties
            UNION SELECT person_id FROM roles
            UNION SELECT organisation_id FROM roles WHERE organisation_id IS NOT NULL
            UNION SELECT entity_id FROM aliases WHERE source = 'user')
        """

    /// The SQL condition, on an `aliases` row, of an alias learnt from articles that no stored article names
    /// any more (the article that taught it was changed or deleted).
    static let unlearnt = """
        source = 'article' AND NOT EXISTS (
            SELECT 1 FROM mentions m WHERE m.entity_id = aliases.entity_id AND m.surface = aliases.alias)
        """

    /// The table that names entities of `kind`.
    static func table(for kind: EntityKind) -> String {
        switch kind {
        case .person: "people"
        case .company: "companies"
        case .agency: "agencies"
        case .fund: "funds"
        }
    }

    /// The id of `entity`, inserting it when new.
    func id(for entity: EntityRef) throws(SQLiteError) -> Int64 {
        if let id = committed[entity] ?? pending[entity] { return id }
        // A name a user merged into another entity is that entity from then on.
        try merged.bind([entity.kind.rawValue, entity.name])
        let redirected = try merged.step()?[0].int64Value
        try merged.reset()
        if let redirected {
            pending[entity] = redirected
            return redirected
        }
        try select.bind([entity.kind.rawValue, entity.name])
        let found = try select.step()?[0].int64Value
        try select.reset()
        let id: Int64
        if let found {
            id = found
        } else {
            try insert.bind([entity.kind.rawValue, entity.name, NameFolding.key(entity.name)])
            while try insert.step() != nil {}
            id = connection.lastInsertRowID
        }
        try insertKind[entity.kind]!.bind([id, entity.name])
        while try insertKind[entity.kind]!.step() != nil {}
        pending[entity] = id
        return id
    }

    /// The transaction committed: its new ids are safe to reuse.
    func commit() {
        committed.merge(pending) { _, new in new }
        pending = [:]
    }

    /// The transaction rolled back (or entities were deleted): forget what it created.
    func rollback() {
        pending = [:]
    }

    /// Entities were deleted behind the cache: start over.
    func forgetAll() {
        committed = [:]
        pending = [:]
    }
}
