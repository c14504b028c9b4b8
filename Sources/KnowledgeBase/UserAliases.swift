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
    /// With `log`, the change is also written to `entity_changes` in the same transaction.
    public func addAlias(_ alias: UserAlias, log: Bool = false) throws(KBError) {
        let name = alias.name.trimmingCharacters(in: .whitespaces)
        let other = alias.alias.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !other.isEmpty else { throw .invalidAlias("the name and the alias must not be empty") }
        guard name != other else { throw .invalidAlias("the alias is the name itself") }
        try transaction { () throws(KBError) in
            let known = try knownKinds(of: name)
            if !known.isEmpty && !known.contains(alias.kind) {
                let kinds = known.map(\.rawValue).sorted()
                throw .invalidAlias("'\(name)' is a \(kinds.joined(separator: " or a ")), not a \(alias.kind.rawValue) "
                    + "(give --type \(kinds[0]))")
            }
            try Self.sqlite { () throws(SQLiteError) in
                let store = try EntityStore(connection: connection)
                let id = try store.id(for: EntityRef(alias.kind, name))
                try connection.run("""
                    INSERT INTO aliases(entity_id, alias, source, folded) VALUES (?, ?, 'user', ?)
                    ON CONFLICT(entity_id, alias) DO UPDATE SET source = 'user'
                    """, [id, other, NameFolding.key(other)])
                if log { try logChange("alias", entity: "\(alias.kind.rawValue): \(name)", detail: "alias '\(other)' added") }
            }
        }
    }

    /// Takes back a user alias of the entity called `name` (of any kind); an entity that only this alias kept
    /// is deleted with it. Articles that taught the same alias teach it again at the next ingest.
    public func removeAlias(name: String, alias: String) throws(KBError) {
        let name = name.trimmingCharacters(in: .whitespaces), other = alias.trimmingCharacters(in: .whitespaces)
        let removed = try transaction { () throws(KBError) -> Bool in
            try Self.sqlite { () throws(SQLiteError) -> Bool in
                let ids = try connection.query("""
                    SELECT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
                    WHERE a.source = 'user' AND e.name = ? AND a.alias = ?
                    """, [name, other]).compactMap { $0.int64("entity_id") }
                for id in ids {
                    try connection.run("DELETE FROM aliases WHERE entity_id = ? AND alias = ? AND source = 'user'", [id, other])
                    try connection.run("DELETE FROM entities WHERE id = ? AND \(EntityStore.unreferenced)", [id])
                }
                return !ids.isEmpty
            }
        }
        if !removed { throw .invalidAlias("'\(other)' is not one of your aliases of '\(name)' (see kb alias list)") }
    }

    /// The kinds the database or the shipped gazetteer give an entity called `name` (any case).
    private func knownKinds(of name: String) throws(KBError) -> Set<EntityKind> {
        let folded = name.lowercased()
        var kinds = Set(Gazetteer.shipped.entries.filter { $0.name.lowercased() == folded }.map(\.kind))
        let rows = try Self.sqlite { () throws(SQLiteError) in
            try connection.query("SELECT DISTINCT kind FROM entities WHERE lower(name) = lower(?)", [name])
        }
        for row in rows { if let kind = row.string("kind").flatMap(EntityKind.init(rawValue:)) { kinds.insert(kind) } }
        return kinds
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
