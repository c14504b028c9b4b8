import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

@Suite("Migrations")
struct MigrationTests {
    /// A version-1 database with one article, one person and one donation, as kb 1 would have left it.
    private func makeVersion1Database(at path: String) throws {
        let connection = try Connection(path: path)
        try connection.execute(SchemaV1.sql)
        try connection.run("""
            INSERT INTO articles(path, name, sha256, title, language, text, extractor_version)
            VALUES ('/old/a.txt', 'a.txt', 'abc', 'Old', 'en', 'Jane Doe gave $5 to the Fund.', 'rules-0')
            """)
        try connection.run("INSERT INTO entities(id, kind, name) VALUES (1, 'person', 'Jane Doe'), (2, 'fund', 'The Fund')")
        try connection.run("INSERT INTO people(id, name) VALUES (1, 'Jane Doe')")
        try connection.run("INSERT INTO funds(id, name) VALUES (2, 'The Fund')")
        try connection.run("""
            INSERT INTO donations(article_id, donor_id, recipient_id, amount, currency, amount_kind, evidence,
                evidence_start, evidence_end, rule, confidence)
            VALUES (1, 1, 2, 5, 'USD', 'exact', 'Jane Doe gave $5 to the Fund.', 0, 29, 'old', 0.9)
            """)
    }

    @Test("version 6 folds the names already stored and names the full-text index the way Datasette finds it")
    func upgradesToVersion5() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let connection = database.connection
        #expect(try connection.query("SELECT folded FROM entities ORDER BY id").map { $0.string("folded") } == ["janedoe", "thefund"])
        let fts = try connection.scalar("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")?.stringValue ?? ""
        #expect(fts.contains("content=\"articles\""))
        #expect(try count(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'jane'") == 1)
        #expect(try connection.query("SELECT donor_key, shared FROM donation_facts").first?.string("donor_key") == "person:janedoe")
    }

    @Test("every version since 1 has a step to the next")
    func chain() {
        #expect(Migration.path(from: 1, to: Schema.version)?.count == Schema.version - 1)
        #expect(Migration.path(from: Schema.version, to: Schema.version)?.isEmpty == true)
    }

    @Test("a version-1 database opens at the current version with roles, article names and its old data intact")
    func upgradesVersion1() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        #expect(try Connection(path: folder.database).userVersion == 1)

        let database = try Database(path: folder.database)
        #expect(try database.schemaVersion == Schema.version)
        let connection = database.connection
        #expect(try count(connection, "SELECT count(*) FROM articles") == 1)
        let donation = try connection.query("SELECT donor, recipient, amount, evidence FROM donation_facts")
        #expect(donation.count == 1)
        #expect(donation.first?.string("donor") == "Jane Doe")
        // Version 3: an article's own name for an entity shows in the views; the shared name stays in *_entity.
        try connection.run("INSERT INTO article_names(article_id, entity_id, name) VALUES (1, 1, 'Jane Q. Doe')")
        let named = try connection.query("SELECT donor, donor_entity FROM donation_facts")
        #expect(named == [Row(columns: ["donor", "donor_entity"], values: [.text("Jane Q. Doe"), .text("Jane Doe")])])
        #expect(try count(connection, "SELECT count(*) FROM mention_facts") == 0)
        #expect(donation.first?.double("amount") == 5)
        try connection.run("""
            INSERT INTO roles(article_id, person_id, title, organisation_id, evidence, evidence_start, evidence_end,
                rule, confidence)
            VALUES (1, 1, 'treasurer', 2, 'Jane Doe gave $5 to the Fund.', 0, 29, 'role', 0.8)
            """)
        let role = try connection.query("SELECT person, title, organisation FROM role_facts")
        #expect(role == [Row(columns: ["person", "title", "organisation"],
                             values: [.text("Jane Doe"), .text("treasurer"), .text("The Fund")])])
        let indexes = try connection.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'roles'")
        #expect(Set(indexes.compactMap { $0.string("name") }) == ["roles_article", "roles_person", "roles_organisation"])
    }

    @Test("version 4: old articles have no recorded encoding, and copies have their table")
    func version4() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let row = try database.connection.query("SELECT encoding, replaced_bytes FROM articles")
        #expect(row == [Row(columns: ["encoding", "replaced_bytes"], values: [.null, .integer(0)])])
        try database.connection.run("INSERT INTO article_paths(path, article_id) VALUES ('/old/copy.txt', 1)")
        try database.connection.run("DELETE FROM articles")
        #expect(try count(database.connection, "SELECT count(*) FROM article_paths") == 0)
    }

    @Test("version 5: old articles are present and unstamped; sources and stamps have their tables")
    func version5() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let row = try database.connection.query("SELECT missing_since FROM articles")
        #expect(row == [Row(columns: ["missing_since"], values: [.null])])
        #expect(try count(database.connection, "SELECT count(*) FROM file_stamps") == 0)
        try database.connection.run("INSERT INTO file_stamps(path, article_id, size, mtime_ns) VALUES ('/old/a.txt', 1, 29, 5)")
        try database.addSource(location: folder.path, name: "old")
        #expect(try database.sources().map(\.name) == ["old"])
        try database.connection.run("DELETE FROM articles")
        #expect(try count(database.connection, "SELECT count(*) FROM file_stamps") == 0)
    }

    @Test("version 8: reports read articles through covering indexes; the fact views name articles_cite")
    func version8() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let connection = try Database(path: folder.database).connection
        let columns = { (index: String) throws -> [String] in
            try connection.query("SELECT name FROM pragma_index_info(?) ORDER BY seqno", [index]).compactMap { $0.string("name") }
        }
        #expect(try columns("articles_name") == ["name", "path", "title", "published", "language", "url", "byline"])
        #expect(try columns("articles_cite") == ["id", "name", "path", "url", "byline", "title", "published"])
        #expect(try columns("dispute_parties_position") == ["dispute_id", "position", "role", "entity_id"])
        let plan = try connection.query("EXPLAIN QUERY PLAN SELECT source, byline FROM donation_facts").compactMap { $0.string("detail") }
        #expect(plan.contains("SEARCH a USING COVERING INDEX articles_cite (id=?)"))
        #expect(try connection.query("SELECT article, source FROM donation_facts")
                == [Row(columns: ["article", "source"], values: [.text("a.txt"), .text("/old/a.txt")])])
    }

    @Test("version 9: the full-text triggers leave a batch's new articles to its commit; the index is kept")
    func version9() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let connection = database.connection
        #expect(try count(connection, "SELECT count(*) FROM fts_deferred") == 0)
        #expect(try count(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'jane'") == 1)
        let batch = WriteBatch(connection: connection, entities: try EntityStore(connection: connection))
        try batch.article { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                try connection.run("""
                    INSERT INTO articles(path, name, sha256, title, language, text, extractor_version)
                    VALUES ('/new/b.txt', 'b.txt', 'def', 'New', 'en', 'Jane Roe spoke.', 'rules-1')
                    """)
            }
        }
        #expect(try count(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'jane'") == 1)
        try batch.commit()
        #expect(try count(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'jane'") == 2)
        try connection.run("UPDATE articles SET text = 'Nobody gave.' WHERE id = 1")
        #expect(try count(connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'jane'") == 1)
        try connection.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test("version 10: party_amounts holds the facts already stored, and its triggers keep it and `shared` in step")
    func version10() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let connection = database.connection
        let rows = { () throws -> [String] in
            try connection.query("""
                SELECT role || ' ' || fact_id || ' ' || entity_id || ' ' || coalesce(currency, '-') || ' ' || coalesce(date, '-')
                       || ' ' || coalesce(amount, '-') || ' ' || shared AS row
                FROM party_amounts ORDER BY role, fact_id
                """).compactMap { $0.string("row") }
        }
        #expect(try rows() == ["1 1 1 USD - 5.0 0", "2 1 2 USD - 5.0 0"])
        // A second giver of the same amount in the same sentence: both gifts are shared, as the view says.
        try connection.run("INSERT INTO entities(id, kind, name) VALUES (3, 'person', 'John Roe')")
        try connection.run("INSERT INTO people(id, name) VALUES (3, 'John Roe')")
        try connection.run("""
            INSERT INTO donations(article_id, donor_id, recipient_id, amount, currency, amount_kind, date, evidence,
                evidence_start, evidence_end, rule, confidence)
            VALUES (1, 3, 2, 5, 'USD', 'exact', '2024-01', 'Jane Doe gave $5 to the Fund.', 0, 29, 'new', 0.9)
            """)
        #expect(try rows() == ["1 1 1 USD - 5.0 1", "1 2 3 USD 2024-01 5.0 1", "2 1 2 USD - 5.0 1", "2 2 2 USD 2024-01 5.0 1"])
        #expect(try connection.query("SELECT shared FROM donation_facts ORDER BY id").map { $0.int64("shared") } == [1, 1])
        // A merge moves a fact to another entity; its amount goes with it.
        try connection.run("UPDATE donations SET donor_id = 1 WHERE id = 2")
        #expect(try rows() == ["1 1 1 USD - 5.0 1", "1 2 1 USD 2024-01 5.0 1", "2 1 2 USD - 5.0 1", "2 2 2 USD 2024-01 5.0 1"])
        // Another amount is no longer the same gift; then the second one goes.
        try connection.run("UPDATE donations SET amount = 7 WHERE id = 2")
        #expect(try rows() == ["1 1 1 USD - 5.0 0", "1 2 1 USD 2024-01 7.0 0", "2 1 2 USD - 5.0 0", "2 2 2 USD 2024-01 7.0 0"])
        try connection.run("UPDATE donations SET amount = 5 WHERE id = 2")
        try connection.run("DELETE FROM donations WHERE id = 2")
        #expect(try rows() == ["1 1 1 USD - 5.0 0", "2 1 2 USD - 5.0 0"])
        // Contracts: contractor and agency; deleting the article takes its facts' rows with it.
        try connection.run("INSERT INTO entities(id, kind, name) VALUES (4, 'agency', 'Navy'), (5, 'company', 'Acme')")
        try connection.run("INSERT INTO agencies(id, name) VALUES (4, 'Navy')")
        try connection.run("INSERT INTO companies(id, name) VALUES (5, 'Acme')")
        try connection.run("""
            INSERT INTO contracts(article_id, contractor_id, agency_id, amount, currency, evidence, evidence_start,
                evidence_end, rule, confidence)
            VALUES (1, 5, 4, NULL, NULL, 'Jane Doe gave $5 to the Fund.', 0, 29, 'new', 0.9),
                   (1, 3, NULL, 9, 'EUR', 'Jane Doe gave $5 to the Fund.', 0, 29, 'new', 0.9)
            """)
        #expect(try rows() == ["1 1 1 USD - 5.0 0", "2 1 2 USD - 5.0 0", "3 1 5 - - - 0", "3 2 3 EUR - 9.0 0", "4 1 4 - - - 0"])
        #expect(try ConsistencyCheck.run(path: folder.database).problems == [])
        // kb check sees a row gone or changed by hand.
        try connection.run("UPDATE party_amounts SET amount = 8 WHERE role = 3 AND fact_id = 2")
        #expect(try ConsistencyCheck.run(path: folder.database).problems
                == ["party_amounts: 1 row(s) of the facts missing or different, 1 row(s) that no fact has "
                    + "(the triggers on donations and contracts keep it: was it written by hand?)"])
        try connection.run("UPDATE party_amounts SET amount = 9 WHERE role = 3 AND fact_id = 2")
        try connection.run("DELETE FROM articles WHERE id = 1")
        #expect(try rows() == [])
    }

    @Test("version 11: old articles have no facts digest, so their next re-extraction writes their rows and one")
    func version11() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let database = try Database(path: folder.database)
        let row = try database.connection.query("SELECT facts_digest FROM articles")
        #expect(row == [Row(columns: ["facts_digest"], values: [.null])])
        let summary = try Reextractor(database: database).run()
        #expect(summary.reextracted == 1 && summary.rewritten == 1)
        let digest = try database.connection.scalar("SELECT facts_digest FROM articles")?.stringValue ?? ""
        #expect(digest.count == 16 && digest.allSatisfy(\.isHexDigit))
        #expect(try Reextractor(database: database).run(all: true).rewritten == 0)
    }

    @Test("a reader meeting a version-1 database upgrades it too")
    func readerUpgrades() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let reader = try Database(path: folder.database, mode: .readOnly)
        #expect(try reader.schemaVersion == Schema.version)
        #expect(try count(reader.connection, "SELECT count(*) FROM role_facts") == 0)
    }

    @Test("the migrated schema equals a new one")
    func sameAsFresh() throws {
        let folder = TempFolder()
        try makeVersion1Database(at: folder.database)
        let migrated = try Database(path: folder.database)
        let fresh = try Database(path: folder.path + "/fresh.db")
        let sql = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
        #expect(try migrated.connection.query(sql) == fresh.connection.query(sql))
        // The full-text index, the party amounts, their triggers and indexes have schema.sql's text.
        let text = """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'trigger' OR name IN ('fts_deferred', 'articles_fts')
               OR name IN ('party_amounts', 'party_amounts_totals', 'party_amounts_shared')
            ORDER BY name
            """
        #expect(try migrated.connection.query(text).count == 18)
        #expect(try migrated.connection.query(text) == fresh.connection.query(text))
    }
}
