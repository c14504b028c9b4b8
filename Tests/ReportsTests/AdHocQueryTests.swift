import KnowledgeBase
import Reports
import SQLiteDB
import Testing

@Suite("Ad-hoc SQL")
struct AdHocQueryTests {
    @Test("a SELECT runs and returns typed rows")
    func select() throws {
        let fixture = try Fixture()
        let table = try AdHocQuery.run("SELECT name, id FROM articles ORDER BY id", on: fixture.reader())
        #expect(table == ResultTable(columns: ["name", "id"], rows: [[.text("a.txt"), .integer(1)], [.text("b.txt"), .integer(2)]]))
        #expect(try AdHocQuery.run("PRAGMA user_version", on: fixture.reader()).rows == [[.integer(Int64(Schema.version))]])
        #expect(try AdHocQuery.run("SELECT donor FROM donation_facts -- views work\n", on: fixture.reader()).rows.count == 2)
    }

    @Test("writes are refused with a clear message and change nothing", arguments: [
        "DELETE FROM articles",
        "DROP TABLE articles",
        "UPDATE articles SET name = 'x'",
        "INSERT INTO entities(kind, name) VALUES ('person', 'x')",
        "PRAGMA user_version = 9",
        "ATTACH DATABASE '/tmp/x.db' AS x",
        "CREATE TABLE t(x)",
        "WITH x AS (SELECT 1) DELETE FROM articles",
    ])
    func refusesWrites(sql: String) throws {
        let fixture = try Fixture()
        #expect {
            try AdHocQuery.run(sql, on: fixture.reader())
        } throws: { error in
            "\(error)".hasPrefix("kb sql: only read-only queries are allowed: ")
                && (error as? ReportError)?.isUsageError == true
        }
        #expect(try fixture.database.connection.scalar("SELECT count(*) FROM articles")?.intValue == 2)
        #expect(try fixture.database.schemaVersion == Schema.version)
    }

    @Test("several statements are refused, even when the first is a read")
    func severalStatements() throws {
        let fixture = try Fixture()
        #expect {
            try AdHocQuery.run("SELECT 1; DELETE FROM articles", on: fixture.reader())
        } throws: { error in
            "\(error)".contains("only read-only queries are allowed")
        }
        #expect(try fixture.database.connection.scalar("SELECT count(*) FROM articles")?.intValue == 2)
    }

    @Test("SQL errors are the user's to fix")
    func syntaxError() throws {
        let fixture = try Fixture()
        for sql in ["SELEC 1", "SELECT * FROM nosuch", ""] {
            #expect {
                try AdHocQuery.run(sql, on: fixture.reader())
            } throws: { error in
                "\(error)".hasPrefix("kb sql: ") && (error as? ReportError)?.isUsageError == true
            }
        }
    }
}
