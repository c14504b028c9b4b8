import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// User aliases never split an entity in two by a wrong kind, and can be taken back.
@Suite("Alias upkeep")
struct AliasUpkeepTests {
    @Test("a wrong --type for a name the database knows is refused, and no second entity appears")
    func wrongTypeInDatabase() throws {
        let folder = TempFolder()
        folder.write("in/acme.txt", "date 2025-02-01\n\nQuux Industries donated $3 million to the Trump inaugural fund.\n")
        let database = try Database(path: folder.database)
        try database.addAlias(UserAlias(kind: .company, name: "Quux Industries", alias: "Quuxco"))
        let before = try tableCounts(database.connection)
        #expect {
            try database.addAlias(UserAlias(kind: .person, name: "Quux Industries", alias: "QI"))
        } throws: { error in
            "\(error)" == "invalid alias: 'Quux Industries' is a company, not a person (give --type company)"
        }
        #expect(try tableCounts(database.connection) == before)
    }

    @Test("a wrong --type for a name the shipped gazetteer knows is refused")
    func wrongTypeInGazetteer() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        #expect {
            try database.addAlias(UserAlias(kind: .company, name: "elon musk", alias: "Musk"))
        } throws: { error in
            "\(error)" == "invalid alias: 'elon musk' is a person, not a company (give --type person)"
        }
        #expect(try count(database.connection, "SELECT count(*) FROM entities") == 0)
        try database.addAlias(UserAlias(kind: .person, name: "Elon Musk", alias: "Musk"))
        #expect(try database.userAliases().count == 1)
    }

    @Test("remove takes a user alias back, with the entity it alone created")
    func remove() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        try database.addAlias(UserAlias(kind: .company, name: "Quux Industries", alias: "Quuxco"))
        try database.removeAlias(name: "Quux Industries", alias: "Quuxco")
        #expect(try database.userAliases().isEmpty)
        #expect(try count(database.connection, "SELECT count(*) FROM entities") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM companies") == 0)
        #expect {
            try database.removeAlias(name: "Quux Industries", alias: "Quuxco")
        } throws: { error in
            "\(error)" == "invalid alias: 'Quuxco' is not one of your aliases of 'Quux Industries' (see kb alias list)"
        }
    }

    @Test("an alias learnt from an article goes with the article that taught it")
    func learntAliasGoes() throws {
        let folder = TempFolder()
        let a = folder.write("in/a.txt", "date 2024-12-20\n\nUber Technologies donated $1 million to Donald Trump's inaugural committee.\n")
        folder.write("in/b.txt", "date 2024-12-21\n\nUber gave $2 million to Donald Trump's inaugural committee.\n")
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path + "/in"], into: database)
        let learnt = "SELECT count(*) FROM aliases WHERE alias = 'Uber Technologies' AND source = 'article'"
        #expect(try count(database.connection, learnt) == 1)
        try FileManager.default.removeItem(atPath: a)
        _ = try ingest([folder.path + "/in"], into: database, options: IngestOptions(removeMissing: true, prune: true))
        #expect(try count(database.connection, learnt) == 0)
        #expect(try ConsistencyCheck.run(path: folder.database).problems == [])
        try database.connection.run("""
            INSERT INTO aliases(entity_id, alias, source) SELECT id, 'Uber Inc', 'article' FROM entities WHERE name = 'Uber'
            """)
        #expect(try ConsistencyCheck.run(path: folder.database).problems == ["alias 'Uber Inc' of 'Uber' was learnt from no stored article"])
    }

    @Test("removing an alias keeps an entity the articles name")
    func removeKeepsEntity() throws {
        let folder = TempFolder()
        folder.write("in/a.txt", SampleArticles.dispute)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path + "/in"], into: database)
        try database.addAlias(UserAlias(kind: .person, name: "Elon Musk", alias: "the Technoking"))
        try database.removeAlias(name: "Elon Musk", alias: "the Technoking")
        #expect(try count(database.connection, "SELECT count(*) FROM entities WHERE name = 'Elon Musk'") == 1)
        #expect(try ConsistencyCheck.run(path: folder.database).problems == [])
    }
}
