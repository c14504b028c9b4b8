import Foundation
import SQLiteDB

/// One entity as upkeep commands find it: its id, kind and canonical name.
public struct EntityRecord: Sendable, Equatable {
    public var id: Int64
    public var kind: EntityKindName
    public var name: String

    /// "company: Acme Corp", as the change log and messages name an entity.
    public var label: String { "\(kind): \(name)" }
}

/// An entity kind as stored (person, company, agency, fund).
public typealias EntityKindName = String

extension Database {
    /// The one entity whose name or alias is `name` once folded (case, accents, spaces and punctuation ignored),
    /// optionally of `kind`. None, or several, is an error that says which names are near or which to choose.
    public func entity(named name: String, kind: String? = nil) throws(KBError) -> EntityRecord {
        let key = NameFolding.key(name)
        guard !key.isEmpty else { throw .entityChange("'\(name)' is not a name (it has no letter or digit)") }
        let rows = try Self.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT id, kind, name FROM entities
                WHERE (folded = ?1 OR id IN (SELECT entity_id FROM aliases WHERE folded = ?1))
                  AND (?2 IS NULL OR kind = ?2)
                ORDER BY kind, name
                """, [key, kind])
        }
        let found = rows.compactMap { row -> EntityRecord? in
            guard let id = row.int64("id"), let kind = row.string("kind"), let name = row.string("name") else { return nil }
            return EntityRecord(id: id, kind: kind, name: name)
        }
        // The canonical name wins over another entity's alias.
        let exact = found.filter { NameFolding.key($0.name) == key }
        let chosen = exact.count == 1 ? exact : found
        if chosen.count == 1 { return chosen[0] }
        if chosen.isEmpty {
            let names = try Self.sqlite { () throws(SQLiteError) in
                try connection.query("SELECT name AS n FROM entities").compactMap { $0.string("n") }
            }
            let near = Self.closest(to: key, in: names)
            throw .entityChange("no entity is called '\(name)'" + (kind.map { " (type \($0))" } ?? "")
                + (near.isEmpty ? "" : "; closest: " + near.map { "'\($0)'" }.joined(separator: ", ")))
        }
        throw .entityChange("'\(name)' names several entities: " + chosen.map(\.label).joined(separator: "; ")
            + " (give --type, or the full name)")
    }

    /// Up to three names nearest `key` by edit distance of their keys.
    static func closest(to key: String, in names: [String]) -> [String] {
        key.count > 200 ? [] : ClosestNames.names(to: key, in: names, limit: 3, key: NameFolding.key)
    }

    /// Who is changing the database, for the change log.
    static var currentUser: String {
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }

    /// Appends a row to `entity_changes` and returns its id.
    @discardableResult
    func logChange(_ action: String, entity: String, detail: String, undo: String? = nil) throws(SQLiteError) -> Int64 {
        try connection.run("INSERT INTO entity_changes(who, action, entity, detail, undo) VALUES (?, ?, ?, ?, ?)",
                           [Self.currentUser, action, entity, detail, undo])
        return connection.lastInsertRowID
    }
}
