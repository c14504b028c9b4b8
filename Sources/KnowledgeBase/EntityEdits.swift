import Foundation
import Extraction
import SQLiteDB

/// Renaming an entity and giving it an alias, each one logged transaction.
extension Database {
    /// Gives `entity` the canonical name `newName`; its old name stays an alias, and the next ingests file what
    /// they find under the old name to it. A name another entity of the same kind has is refused (merge instead).
    @discardableResult
    public func rename(_ entity: EntityRecord, to newName: String) throws(KBError) -> Int64 {
        let name = newName.trimmingCharacters(in: .whitespaces)
        guard !NameFolding.key(name).isEmpty else { throw .entityChange("'\(newName)' is not a name (it has no letter or digit)") }
        guard name != entity.name else { throw .entityChange("'\(entity.name)' already has that name") }
        return try transaction { () throws(KBError) -> Int64 in
            let clash = try Self.sqlite { () throws(SQLiteError) in
                try connection.scalar("SELECT count(*) FROM entities WHERE kind = ? AND name = ? AND id <> ?",
                                      [entity.kind, name, entity.id])?.intValue ?? 0
            }
            if clash > 0 {
                throw .entityChange("another \(entity.kind) is already called '\(name)' (kb entity merge '\(entity.name)' '\(name)' joins them)")
            }
            return try Self.sqlite { () throws(SQLiteError) -> Int64 in
                try connection.run("UPDATE entities SET name = ?, folded = ? WHERE id = ?", [name, NameFolding.key(name), entity.id])
                try connection.run("UPDATE \(Self.kindTable(entity.kind)) SET name = ? WHERE id = ?", [name, entity.id])
                try connection.run("DELETE FROM aliases WHERE entity_id = ? AND alias = ?", [entity.id, name])
                try connection.run("""
                    INSERT INTO aliases(entity_id, alias, source, folded) VALUES (?, ?, 'user', ?)
                    ON CONFLICT(entity_id, alias) DO UPDATE SET source = 'user'
                    """, [entity.id, entity.name, NameFolding.key(entity.name)])
                let change = try logChange("rename", entity: entity.label, detail: "renamed to '\(name)'")
                try connection.run("""
                    INSERT INTO entity_merges(kind, name, into_id, change_id) VALUES (?, ?, ?, ?)
                    ON CONFLICT(kind, name) DO UPDATE SET into_id = excluded.into_id, change_id = excluded.change_id
                    """, [entity.kind, entity.name, entity.id, change])
                return change
            }
        }
    }

    /// Gives `entity` the user alias `alias` (the next ingests recognise it), logged.
    public func addAlias(_ alias: String, to entity: EntityRecord) throws(KBError) {
        guard let kind = EntityKind(rawValue: entity.kind) else { throw .entityChange("unknown kind \(entity.kind)") }
        try addAlias(UserAlias(kind: kind, name: entity.name, alias: alias), log: true)
    }
}
