import Extraction
import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// After a merge or a rename, what the next ingests find under the old name is filed to the entity it became;
/// an unmerge stops that. Migration 5 fills the folded names of older rows and renames the full-text index.
@Suite("Entity redirects")
struct EntityRedirectTests {
    private func database() throws -> (TempFolder, Database) {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        try database.connection.execute("""
            INSERT INTO entities(id, kind, name, folded) VALUES (1, 'company', 'Open AI Inc', 'openaiinc'),
                (2, 'company', 'OpenAI', 'openai'), (3, 'agency', 'DoD', 'dod');
            INSERT INTO companies(id, name) VALUES (1, 'Open AI Inc'), (2, 'OpenAI');
            INSERT INTO agencies(id, name) VALUES (3, 'DoD');
            """)
        return (folder, database)
    }

    @Test("a merged name resolves to the entity it went into, until the merge is undone")
    func merge() throws {
        let (folder, database) = try database()
        defer { withExtendedLifetime(folder) {} }
        try database.merge(database.entity(named: "open ai inc"), into: database.entity(named: "OPENAI"))
        #expect(try EntityStore(connection: database.connection).id(for: EntityRef(.company, "Open AI Inc")) == 2)
        try database.unmerge("Open AI Inc")
        // Nothing referred to the restored entity, so it went; the name is its own entity again at the next ingest.
        #expect(try count(database.connection, "SELECT count(*) FROM entity_merges") == 0)
        #expect(try EntityStore(connection: database.connection).id(for: EntityRef(.company, "Open AI Inc")) != 2)
    }

    @Test("a renamed entity keeps its old name as an alias and a redirect")
    func rename() throws {
        let (folder, database) = try database()
        defer { withExtendedLifetime(folder) {} }
        try database.rename(database.entity(named: "dod"), to: "Department of Defense")
        #expect(try EntityStore(connection: database.connection).id(for: EntityRef(.agency, "DoD")) == 3)
        #expect(try database.entity(named: "department of defense").id == 3)
        #expect(try database.entity(named: "DoD").name == "Department of Defense")
        #expect(try count(database.connection, "SELECT count(*) FROM entity_changes WHERE action = 'rename'") == 1)
    }

    @Test("a name matching two entities is refused with both named; --type picks one")
    func ambiguous() throws {
        let (folder, database) = try database()
        defer { withExtendedLifetime(folder) {} }
        try database.connection.execute("""
            INSERT INTO entities(id, kind, name, folded) VALUES (4, 'fund', 'OpenAI', 'openai');
            INSERT INTO funds(id, name) VALUES (4, 'OpenAI');
            """)
        #expect {
            try database.entity(named: "openai")
        } throws: { error in
            "\(error)" == "'openai' names several entities: company: OpenAI; fund: OpenAI (give --type, or the full name)"
        }
        #expect(try database.entity(named: "openai", kind: "fund").id == 4)
    }

    @Test("new entities, aliases and mentions store their folded names")
    func foldedAtIngest() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let store = try EntityStore(connection: database.connection)
        _ = try store.id(for: EntityRef(.agency, "Ministère des Armées"))
        #expect(try database.connection.scalar("SELECT folded FROM entities")?.stringValue == "ministeredesarmees")
        #expect(NameFolding.key("Open AI, Inc.") == "openaiinc")
    }
}
