import Foundation
import Extraction
import SQLiteDB

/// A name a user taught kb for an entity ("Musk" for "Elon Musk"); the next ingest recognises it.
public struct UserAlias: Sendable, Hashable {
    /// The entity's kind.
    public var kind: EntityKind
    /// The entity's canonical name.
    public var name: String
    /// The other name it goes by.
    public var alias: String

    public init(kind: EntityKind, name: String, alias: String) {
        self.kind = kind
        self.name = name
        self.alias = alias
    }
}

/// Reading and writing user aliases (rows of `aliases` with source 'user').
extension Database {
    /// Records `alias`, creating its entity when needed; an alias the articles already taught becomes the user's.
    public func addAlias(_ alias: UserAlias) throws(KBError) {
        let name = alias.name.trimmingCharacters(in: .whitespaces)
        let other = alias.alias.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !other.isEmpty else { throw .invalidAlias("the name and the alias must not be empty") }
        guard name != other else { throw .invalidAlias("the alias is the name itself") }
        try transaction { () throws(KBError) in
            try Self.sqlite { () throws(SQLiteError) in
                let store = try EntityStore(connection: connection)
                let id = try store.id(for: EntityRef(alias.kind, name))
                try connection.run("""
                    INSERT INTO aliases(entity_id, alias, source) VALUES (?, ?, 'user')
                    ON CONFLICT(entity_id, alias) DO UPDATE SET source = 'user'
                    """, [id, other])
            }
        }
    }

    /// Every user alias, sorted by kind, name and alias.
    public func userAliases() throws(KBError) -> [UserAlias] {
        let rows = try Self.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT e.kind, e.name, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id
                WHERE a.source = 'user' ORDER BY e.kind, e.name, a.alias
                """)
        }
        return rows.compactMap { row in
            guard let kind = row.string("kind").flatMap(EntityKind.init(rawValue:)),
                  let name = row.string("name"), let alias = row.string("alias") else { return nil }
            return UserAlias(kind: kind, name: name, alias: alias)
        }
    }
}

extension UserAlias {
    /// Gazetteer entries for `aliases`, one per entity.
    static func gazetteerEntries(_ aliases: [UserAlias]) -> [GazetteerEntry] {
        var order: [EntityRef] = []
        var byEntity: [EntityRef: [String]] = [:]
        for alias in aliases {
            let entity = EntityRef(alias.kind, alias.name)
            if byEntity[entity] == nil { order.append(entity) }
            byEntity[entity, default: []].append(alias.alias)
        }
        return order.map { GazetteerEntry(kind: $0.kind, name: $0.name, aliases: byEntity[$0] ?? []) }
    }

    /// A short hash of the alias set: it is part of the extractor version stored with each article, so that
    /// a new alias makes the next ingest read the unchanged articles again.
    static func fingerprint(_ aliases: [UserAlias]) -> String {
        let lines = aliases.map { "\($0.kind.rawValue)\t\($0.name)\t\($0.alias)\n" }.sorted().joined()
        return String(SHA256.hex(Array(lines.utf8)).prefix(12))
    }
}
