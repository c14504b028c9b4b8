import Foundation
import Testing

/// The command line itself: help, exit statuses, the database option, refresh, schema, formats.
@Suite("kb command line")
struct CommandLineTests {
    @Test("every command's help teaches with examples", arguments: [
        ["--help"], ["ingest", "--help"], ["refresh", "--help"], ["query", "--help"], ["sql", "--help"],
        ["alias", "--help"], ["alias", "add", "--help"], ["alias", "list", "--help"], ["schema", "--help"], ["check", "--help"], ["alias", "remove", "--help"],
        ["source", "--help"], ["source", "add", "--help"], ["source", "list", "--help"], ["source", "remove", "--help"],
        ["backup", "--help"],
        ["entity", "--help"], ["export", "--help"],
    ])
    func help(arguments: [String]) throws {
        let result = try KBProcess.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"), "\(arguments): \(result.stdout)")
        #expect(result.stdout.contains("kb "))
    }

    @Test("usage errors exit 2 with one kb: error line", arguments: [
        ["ingest"], ["query", "donations", "--format", "xml"], ["query", "donations", "nope"],
        ["query", "donations", "nope=1"], ["query", "entity"], ["nosuchcommand"], ["sql", "SELEC 1"],
        ["entity", "merge", "nobody", "somebody"], ["export", "graph", "--format", "svg"], ["query", "profile", "entity=%"],
    ])
    func usageErrors(arguments: [String]) throws {
        let scratch = try Scratch()
        _ = try KBProcess.run(["ingest", "--db", scratch.db, "--quiet", scratch.path])  // an empty database
        let result = try KBProcess.run(arguments + ["--db", scratch.db])
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.hasPrefix("kb: error: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a database from a newer kb is a database error (3) naming both versions")
    func newerDatabase() throws {
        let scratch = try Scratch()
        _ = try KBProcess.run(["ingest", "--db", scratch.db, "--quiet", scratch.path])
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3; c = sqlite3.connect('\(scratch.db)'); c.execute('PRAGMA user_version = 99'); c.commit()"]
        try sqlite.run()
        sqlite.waitUntilExit()
        for arguments in [["query", "donations"], ["ingest", scratch.path]] {
            let result = try KBProcess.run(arguments + ["--db", scratch.db])
            #expect(result.status == 3)
            #expect(result.stderr.contains("database was made by a newer kb (schema 99, this kb knows 11)"), "\(result.stderr)")
        }
    }

    @Test("querying a database that does not exist is a database error that says how to make one")
    func missingDatabase() throws {
        let scratch = try Scratch()
        let result = try KBProcess.run(["query", "donations", "--db", scratch.path + "/none.db"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/none.db"))
    }

    @Test("the database is --db, else $KB_DB, else ./kb.db")
    func databaseChoice() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Array("Microsoft gave $1 million to the Trump inaugural fund.\n".utf8))
        #expect(try KBProcess.run(["ingest", "in"], in: scratch.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/kb.db"))
        #expect(try KBProcess.run(["ingest", "in"], in: scratch.path, environment: ["KB_DB": "env.db"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/env.db"))
        let names = try KBProcess.run(["sql", "SELECT name FROM articles", "--format", "csv"], in: scratch.path,
                                      environment: ["KB_DB": "env.db"])
        #expect(names.stdout == "name\r\na.txt\r\n")
    }

    @Test("refresh marks the articles whose file is gone, --prune deletes them, and says so")
    func refresh() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Array("Microsoft gave $1 million to the Trump inaugural fund.\n".utf8))
        let doomed = try scratch.write("in/b.txt", Array("Elon Musk sued OpenAI in March 2024.\n".utf8))
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, scratch.path + "/in"]).status == 0)
        try FileManager.default.removeItem(atPath: doomed)
        let marked = try KBProcess.run(["refresh", "--db", scratch.db, scratch.path + "/in"])
        #expect(marked.status == 0)
        #expect(marked.stderr.contains("0 new, 0 updated, 1 unchanged, 0 failed, 1 missing, 0 removed in "), "\(marked.stderr)")
        #expect(try KBProcess.sql("SELECT name FROM articles WHERE missing_since IS NOT NULL", db: scratch.db)
            .map { $0["name"] as? String } == ["b.txt"])
        let result = try KBProcess.run(["refresh", "--db", scratch.db, "--prune", scratch.path + "/in"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("0 new, 0 updated, 1 unchanged, 0 failed, 0 missing, 1 removed in "), "\(result.stderr)")
        #expect(try KBProcess.sql("SELECT name FROM articles", db: scratch.db).map { $0["name"] as? String } == ["a.txt"])
    }

    @Test("kb schema prints the embedded schema.sql")
    func schema() throws {
        let result = try KBProcess.run(["schema"])
        let file = try String(contentsOfFile: KBProcess.packageRoot + "/schema.sql", encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.stdout == file)
    }

    @Test("aliases added on the command line are listed and used by the next ingest")
    func aliases() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Array("date 2025-02-01\n\nQuuxco donated $3 million to the Trump inaugural fund.\n".utf8))
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, scratch.path + "/in"]).status == 0)
        let add = try KBProcess.run(["alias", "add", "Quux Industries", "Quuxco", "--type", "company", "--db", scratch.db])
        #expect(add.status == 0, "\(add.stderr)")
        let list = try KBProcess.run(["alias", "list", "--db", scratch.db, "--format", "jsonl"])
        #expect(list.stdout == "{\"name\": \"Quux Industries\", \"type\": \"company\", \"alias\": \"Quuxco\"}\n")
        let again = try KBProcess.run(["ingest", "--db", scratch.db, scratch.path + "/in"])
        #expect(again.stderr.contains("0 new, 1 updated"), "\(again.stderr)")
        let mentioned = try KBProcess.sql("""
            SELECT count(*) AS n FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = 'Quux Industries'
            """, db: scratch.db)
        #expect(mentioned.first?["n"] as? Int == 1)
    }

    @Test("every format prints the same rows", arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func formats(format: String) throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Array("Microsoft gave $1 million to the Trump inaugural fund.\n".utf8))
        _ = try KBProcess.run(["ingest", "--db", scratch.db, scratch.path + "/in"])
        let result = try KBProcess.run(["query", "articles", "--db", scratch.db, "--format", format])
        #expect(result.status == 0)
        #expect(result.stdout.contains("a.txt"))
    }
}
