import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

@Suite("Ingest failures")
struct IngestFailureTests {
    @Test("empty and binary files fail with their reason; the run goes on")
    func emptyAndBinary() throws {
        let folder = TempFolder()
        folder.write("good.txt", SampleArticles.donation)
        folder.write("empty.txt", "")
        folder.write("binary.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00] + Array("zip".utf8))
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 1 && summary.failed == 2)
        let lines = summary.failures.map(\.description)
        #expect(lines == [
            "kb: error: \(folder.path)/binary.txt: the file looks binary (NUL or control bytes), not text",
            "kb: error: \(folder.path)/empty.txt: the file is empty",
        ])
        #expect(try count(database.connection, "SELECT count(*) FROM articles") == 1)
    }

    @Test("failures are reported as they happen")
    func failureCallback() throws {
        let folder = TempFolder()
        folder.write("empty.txt", "")
        let database = try Database(path: folder.database)
        let ingestor = Ingestor(database: database)
        var seen: [IngestFailure] = []
        var progress: [Int] = []
        ingestor.onFailure = { seen.append($0) }
        ingestor.onProgress = { done, _ in progress.append(done) }
        _ = try ingestor.ingest([folder.path, folder.path + "/nope.txt"])
        #expect(seen.map(\.reason) == ["no such file or directory", "the file is empty"])
        #expect(progress == [1])
    }

    @Test("bytes that are not UTF-8 are read as Windows-1252")
    func windows1252() throws {
        let folder = TempFolder()
        // "Le ministère de l'Intérieur" with é as the single byte 0xE9 and è as 0xE8.
        let bytes = Array("date 2024-12-01\n\nLe minist".utf8) + [0xE8] + Array("re de l'Int".utf8) + [0xE9]
            + Array("rieur a sign".utf8) + [0xE9] + Array(" un contrat avec Thales.\n".utf8)
        folder.write("latin1.txt", bytes: bytes)
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 1)
        let text = try database.connection.scalar("SELECT text FROM articles")?.stringValue ?? ""
        #expect(text.contains("Intérieur a signé"))
        #expect(text.contains("ministère"))
    }

    @Test("HTML is stripped of its tags, scripts and entities")
    func html() throws {
        let folder = TempFolder()
        folder.write("page.html", """
            <!DOCTYPE html><html><head><title>Gift &amp; fund</title><script>var x = "<p>no</p>";</script></head>
            <body><p>Acme Corp donated <b>$2 million</b> to the Trump inaugural fund.</p></body></html>
            """)
        folder.write("fragment.htm", "<p>Microsoft gave $1 million.</p>")
        let database = try Database(path: folder.database)
        #expect(try ingest([folder.path], into: database).new == 2)
        let texts = try database.connection.query("SELECT text FROM articles").compactMap { $0.string("text") }
        for text in texts {
            #expect(!text.contains("<") && !text.contains(">"), "tags left in \(text)")
            #expect(!text.contains("var x"))
        }
        #expect(texts.contains { $0.contains("Acme Corp donated $2 million to the Trump inaugural fund.") })
    }

    @Test("a file over 20 MB is refused with a reason")
    func tooLarge() throws {
        let folder = TempFolder()
        let path = folder.path + "/huge.txt"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(21 * 1024 * 1024))
        try handle.close()
        let summary = try ingest([folder.path], into: Database(path: folder.database))
        #expect(summary.failures.map(\.reason) == ["the file is 21 MB; kb refuses files over 20 MB"])
    }

    @Test("a file given by name must be an article type")
    func explicitFileType() throws {
        let folder = TempFolder()
        let pdf = folder.write("report.pdf", "%PDF")
        let summary = try ingest([pdf], into: Database(path: folder.database))
        #expect(summary.failures.first?.reason.contains("not an article file") == true)
    }

    @Test("a failure inside an article's transaction leaves no partial rows and keeps the stored version")
    func atomicPerArticle() throws {
        let folder = TempFolder()
        let file = folder.write("poison.txt", SampleArticles.donation)
        folder.write("other.txt", SampleArticles.contract)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        let before = try tableCounts(database.connection)

        // A trigger makes the second write of poison.txt fail after its article row and some facts were written.
        try database.connection.execute("""
            CREATE TRIGGER poison BEFORE INSERT ON donations
            WHEN (SELECT name FROM articles WHERE id = NEW.article_id) = 'poison.txt'
            BEGIN SELECT RAISE(ABORT, 'poisoned'); END
            """)
        try (SampleArticles.donation + "\nAcme Corp also gave $5 million to the Trump inaugural fund.\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        folder.write("new.txt", SampleArticles.dispute)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.failed == 1 && summary.new == 1 && summary.unchanged == 1)
        #expect(summary.failures.first?.reason.contains("poisoned") == true)

        var after = try tableCounts(database.connection)
        #expect(after["articles"] == before["articles"]! + 1)
        try database.connection.run("DELETE FROM articles WHERE name = 'new.txt'")
        try database.connection.run("DROP TRIGGER poison")
        after = try tableCounts(database.connection)
        for table in ["articles", "mentions", "donations", "contracts", "disputes", "roles"] {
            #expect(after[table] == before[table], "\(table) changed")
        }
        #expect(try database.connection.scalar("SELECT sha256 FROM articles WHERE name = 'poison.txt'")?.stringValue
            == SHA256.hex(Array(SampleArticles.donation.utf8)))
    }
}

/// A database that fills up mid-run: the run stops, what was stored before stays, and the summary says how much.
@Suite("Full database")
struct FullDatabaseTests {
    @Test("a full disk stops the run with the summary of what was stored before it")
    func full() throws {
        let folder = TempFolder()
        for index in 0..<200 {
            folder.write(String(format: "in/%03d.txt", index), SampleArticles.donation + "\n"
                + String(repeating: "Filler sentence number \(index) about nothing in particular. ", count: 10))
        }
        // Room for half of what the whole run needs (measured on another database): a batch commits its articles
        // and their full-text entries together (WriteBatch), so the first batch of 64 fits and a later one does not.
        let scratch = try Database(path: folder.path + "/scratch.db")
        let empty = try scratch.connection.scalar("PRAGMA page_count")?.intValue ?? 0
        _ = try Ingestor(database: scratch).ingest([folder.path + "/in"])
        let whole = try scratch.connection.scalar("PRAGMA page_count")?.intValue ?? 0
        let database = try Database(path: folder.database)
        let pages = try database.connection.scalar("PRAGMA page_count")?.intValue ?? 0
        try database.connection.execute("PRAGMA max_page_count = \(pages + (whole - empty) / 2)")
        let ingestor = Ingestor(database: database)
        #expect {
            _ = try ingestor.ingest([folder.path + "/in"])
        } throws: { error in
            guard case .sqlite(let sqlite) = error as? KBError else { return false }
            return sqlite.code == 13
        }
        let stored = try count(database.connection, "SELECT count(*) FROM articles")
        #expect(stored > 0 && stored < 200)
        #expect(ingestor.stoppedSummary?.new == stored)
        #expect(ingestor.stoppedSummary?.line().hasPrefix("ingested \(stored) new, 0 updated") == true)
        try database.connection.execute("PRAGMA max_page_count = 1000000")
        #expect(try ConsistencyCheck.run(path: folder.database).problems == [])
    }
}
