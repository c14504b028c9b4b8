import Extraction
import Foundation
import SQLiteDB

/// What a merge changed, kept in `entity_changes.undo` so that `kb entity unmerge` can put every row back.
struct MergeUndo: Codable {
    struct Alias: Codable { var id: Int64, alias: String, source: String, folded: String? }
    struct ArticleName: Codable { var articleID: Int64, name: String }
    struct Party: Codable { var disputeID: Int64, role: String, position: Int64 }
    struct Redirect: Codable { var kind: String, name: String }

    var from: Int64, into: Int64, kind: String, name: String, folded: String?
    /// Row ids per "table.column" that pointed at `from` and now point at `into`.
    var moved: [String: [Int64]]
    var aliasesMoved: [Int64], aliasesDropped: [Alias]
    var namesMoved: [Int64], namesDropped: [ArticleName]
    var partiesMoved: [Int64], partiesDropped: [Party]
    var redirectsMoved: [Redirect]
    /// The alias `into` got (the merged name), if it did not have it.
    var aliasAdded: Int64?
}

extension Database {
    /// The columns that refer to an entity by row id, with the id column of their table.
    static let entityReferences: [(table: String, column: String)] = [
        ("donations", "donor_id"), ("donations", "recipient_id"), ("contracts", "contractor_id"),
        ("contracts", "agency_id"), ("roles", "person_id"), ("roles", "organisation_id"), ("mentions", "entity_id"),
    ]

    /// Moves every fact, mention and alias of `from` to `into`, deletes `from`, and makes the next ingests file
    /// `from`'s name under `into`. One transaction; logged with what `unmerge` needs. Returns the change id.
    @discardableResult
    public func merge(_ from: EntityRecord, into: EntityRecord) throws(KBError) -> Int64 {
        guard from.id != into.id else { throw .entityChange("'\(from.name)' and '\(into.name)' are the same entity") }
        return try transaction { () throws(KBError) -> Int64 in
            try Self.sqlite { () throws(SQLiteError) -> Int64 in
                let c = connection
                let folded = try c.scalar("SELECT folded FROM entities WHERE id = ?", [from.id])?.stringValue
                var undo = MergeUndo(from: from.id, into: into.id, kind: from.kind, name: from.name, folded: folded,
                                     moved: [:], aliasesMoved: [], aliasesDropped: [], namesMoved: [], namesDropped: [],
                                     partiesMoved: [], partiesDropped: [], redirectsMoved: [], aliasAdded: nil)
                for (table, column) in Self.entityReferences {
                    let ids = try c.query("SELECT id FROM \(table) WHERE \(column) = ? ORDER BY id", [from.id]).compactMap { $0.int64("id") }
                    if ids.isEmpty { continue }
                    undo.moved["\(table).\(column)"] = ids
                    try c.run("UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", [into.id, from.id])
                }
                for row in try c.query("SELECT id, alias, source, folded FROM aliases WHERE entity_id = ? ORDER BY id", [from.id]) {
                    let alias = MergeUndo.Alias(id: row.int64("id") ?? 0, alias: row.string("alias") ?? "",
                                                source: row.string("source") ?? "", folded: row.string("folded"))
                    let taken = try c.scalar("SELECT count(*) FROM aliases WHERE entity_id = ? AND alias = ?", [into.id, alias.alias])?.intValue ?? 0
                    if taken > 0 || alias.alias == into.name {
                        undo.aliasesDropped.append(alias)
                        try c.run("DELETE FROM aliases WHERE id = ?", [alias.id])
                    } else {
                        undo.aliasesMoved.append(alias.id)
                        try c.run("UPDATE aliases SET entity_id = ? WHERE id = ?", [into.id, alias.id])
                    }
                }
                for row in try c.query("SELECT article_id, name FROM article_names WHERE entity_id = ? ORDER BY article_id", [from.id]) {
                    let article = row.int64("article_id") ?? 0
                    let taken = try c.scalar("SELECT count(*) FROM article_names WHERE entity_id = ? AND article_id = ?", [into.id, article])?.intValue ?? 0
                    if taken > 0 {
                        undo.namesDropped.append(.init(articleID: article, name: row.string("name") ?? ""))
                        try c.run("DELETE FROM article_names WHERE entity_id = ? AND article_id = ?", [from.id, article])
                    } else {
                        undo.namesMoved.append(article)
                        try c.run("UPDATE article_names SET entity_id = ? WHERE entity_id = ? AND article_id = ?", [into.id, from.id, article])
                    }
                }
                for row in try c.query("SELECT dispute_id, role, position FROM dispute_parties WHERE entity_id = ? ORDER BY dispute_id", [from.id]) {
                    let dispute = row.int64("dispute_id") ?? 0
                    let taken = try c.scalar("SELECT count(*) FROM dispute_parties WHERE entity_id = ? AND dispute_id = ?", [into.id, dispute])?.intValue ?? 0
                    if taken > 0 {
                        undo.partiesDropped.append(.init(disputeID: dispute, role: row.string("role") ?? "party", position: row.int64("position") ?? 0))
                        try c.run("DELETE FROM dispute_parties WHERE entity_id = ? AND dispute_id = ?", [from.id, dispute])
                    } else {
                        undo.partiesMoved.append(dispute)
                        try c.run("UPDATE dispute_parties SET entity_id = ? WHERE entity_id = ? AND dispute_id = ?", [into.id, from.id, dispute])
                    }
                }
                for row in try c.query("SELECT kind, name FROM entity_merges WHERE into_id = ? ORDER BY kind, name", [from.id]) {
                    undo.redirectsMoved.append(.init(kind: row.string("kind") ?? "", name: row.string("name") ?? ""))
                }
                try c.run("UPDATE entity_merges SET into_id = ? WHERE into_id = ?", [into.id, from.id])
                let hasName = try c.scalar("SELECT count(*) FROM aliases WHERE entity_id = ? AND alias = ?", [into.id, from.name])?.intValue ?? 0
                if hasName == 0 && from.name != into.name {
                    try c.run("INSERT INTO aliases(entity_id, alias, source, folded) VALUES (?, ?, 'user', ?)",
                              [into.id, from.name, NameFolding.key(from.name)])
                    undo.aliasAdded = c.lastInsertRowID
                }
                try c.run("DELETE FROM \(Self.kindTable(from.kind)) WHERE id = ?", [from.id])
                try c.run("DELETE FROM entities WHERE id = ?", [from.id])
                let json = String(decoding: (try? JSONEncoder().encode(undo)) ?? Data(), as: UTF8.self)
                let change = try logChange("merge", entity: from.label, detail: "merged into \(into.label)", undo: json)
                try c.run("INSERT INTO entity_merges(kind, name, into_id, change_id) VALUES (?, ?, ?, ?)",
                          [from.kind, from.name, into.id, change])
                return change
            }
        }
    }

    /// Takes back the latest merge of an entity called `name` (as it was before the merge) that is not yet
    /// undone: the entity comes back with its id, and every row the merge moved or dropped is put back.
    @discardableResult
    public func unmerge(_ name: String) throws(KBError) -> Int64 {
        try transaction { () throws(KBError) -> Int64 in
            let rows = try Self.sqlite { () throws(SQLiteError) in
                try connection.query("""
                    SELECT id, entity, detail, undo FROM entity_changes
                    WHERE action = 'merge' AND undone_by IS NULL ORDER BY id DESC
                    """)
            }
            let key = NameFolding.key(name)
            guard let row = rows.first(where: { row in
                      let label = row.string("entity") ?? ""
                      let entityName = label.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? label
                      return NameFolding.key(entityName) == key || row.string("id") == name
                  }),
                  let changeID = row.int64("id"),
                  let data = row.string("undo")?.data(using: .utf8),
                  let undo = try? JSONDecoder().decode(MergeUndo.self, from: data) else {
                throw .entityChange("no merge of '\(name)' to undo (kb entity log lists the changes)")
            }
            return try Self.sqlite { () throws(SQLiteError) -> Int64 in
                try restore(undo)
                // Articles read again since the merge have their facts under `into`; if nothing came back to the
                // restored entity, it goes (the next ingest reads every article again, the alias being gone).
                try connection.run("DELETE FROM entities WHERE id = ? AND \(EntityStore.unreferenced)", [undo.from])
                let change = try logChange("unmerge", entity: row.string("entity") ?? name,
                                           detail: "undid change \(changeID) (\(row.string("detail") ?? ""))")
                try connection.run("UPDATE entity_changes SET undone_by = ? WHERE id = ?", [change, changeID])
                return change
            }
        }
    }

    private func restore(_ undo: MergeUndo) throws(SQLiteError) {
        let c = connection
        try c.run("INSERT INTO entities(id, kind, name, folded) VALUES (?, ?, ?, ?)", [undo.from, undo.kind, undo.name, undo.folded])
        try c.run("INSERT INTO \(Self.kindTable(undo.kind))(id, name) VALUES (?, ?)", [undo.from, undo.name])
        try c.run("DELETE FROM entity_merges WHERE kind = ? AND name = ?", [undo.kind, undo.name])
        if let added = undo.aliasAdded { try c.run("DELETE FROM aliases WHERE id = ?", [added]) }
        for (key, ids) in undo.moved {
            let parts = key.split(separator: ".").map(String.init)
            guard parts.count == 2, Self.entityReferences.contains(where: { $0.table == parts[0] && $0.column == parts[1] }) else { continue }
            for id in ids { try c.run("UPDATE \(parts[0]) SET \(parts[1]) = ? WHERE id = ?", [undo.from, id]) }
        }
        for id in undo.aliasesMoved { try c.run("UPDATE aliases SET entity_id = ? WHERE id = ?", [undo.from, id]) }
        for alias in undo.aliasesDropped {
            try c.run("INSERT INTO aliases(id, entity_id, alias, source, folded) VALUES (?, ?, ?, ?, ?)",
                      [alias.id, undo.from, alias.alias, alias.source, alias.folded])
        }
        for article in undo.namesMoved {
            try c.run("UPDATE article_names SET entity_id = ? WHERE entity_id = ? AND article_id = ?", [undo.from, undo.into, article])
        }
        for name in undo.namesDropped {
            try c.run("INSERT INTO article_names(article_id, entity_id, name) VALUES (?, ?, ?)", [name.articleID, undo.from, name.name])
        }
        for dispute in undo.partiesMoved {
            try c.run("UPDATE dispute_parties SET entity_id = ? WHERE entity_id = ? AND dispute_id = ?", [undo.from, undo.into, dispute])
        }
        for party in undo.partiesDropped {
            try c.run("INSERT INTO dispute_parties(dispute_id, entity_id, role, position) VALUES (?, ?, ?, ?)",
                      [party.disputeID, undo.from, party.role, party.position])
        }
        for redirect in undo.redirectsMoved {
            try c.run("UPDATE entity_merges SET into_id = ? WHERE kind = ? AND name = ?", [undo.from, redirect.kind, redirect.name])
        }
    }

    /// The table naming entities of `kind`.
    static func kindTable(_ kind: String) -> String {
        EntityKind(rawValue: kind).map(EntityStore.table(for:)) ?? "companies"
    }
}
