import Foundation
import Testing

/// Hostile input next to good articles: each case says exactly what went wrong, exits with the right status,
/// keeps every good fact, passes `kb check` and reads nothing outside the folders named.
@Suite("Reliability: hostile input")
struct ReliabilityTests {
    private func ingest(_ corpus: HostileCorpus, _ extra: [String] = [], paths: [String]? = nil,
                        asOtherUser: Bool = false) throws -> KBProcess.Result {
        try KBProcess.run(["ingest", "--db", corpus.db] + extra + (paths ?? [corpus.root]), asOtherUser: asOtherUser)
    }

    /// stderr without the summary line (its time varies).
    private func messages(_ result: KBProcess.Result) -> [String] {
        result.stderr.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("ingested ") }
    }

    @Test("a link to the parent folder (`up -> ..`) is refused, not walked to /")
    func parentLink() throws {
        let corpus = try HostileCorpus()
        #expect(symlink("..", corpus.root + "/up") == 0)
        let result = try ingest(corpus)
        #expect(result.status == 1)
        #expect(messages(result) == [
            "kb: error: \(corpus.root)/up: symbolic link to \(corpus.scratch.path) leads outside the folders given "
                + "(use --follow-links to follow it)",
        ])
        try corpus.expectHealthy()
    }

    @Test("a relative link is resolved against its own folder; a loop inside the root is reported once")
    func relativeLinkAndLoop() throws {
        let corpus = try HostileCorpus()
        try corpus.write("deep/er/note.md", Array("Nothing here.\n".utf8))
        #expect(symlink("../../good", corpus.root + "/deep/er/same") == 0)
        #expect(symlink("..", corpus.root + "/deep/er/loop") == 0)
        let result = try ingest(corpus)
        #expect(result.status == 1)
        #expect(messages(result) == ["kb: error: \(corpus.root)/deep/er/loop: symbolic link loop (leads back to \(corpus.root)/deep)"])
        #expect(result.stderr.contains("ingested 9 new, 0 updated, 0 unchanged, 1 failed in "), "\(result.stderr)")
        try corpus.expectHealthy()
    }

    @Test("a file name that is not UTF-8 is reported inside a folder and when named")
    func nonUTF8Name() throws {
        let corpus = try HostileCorpus()
        let path = Array((corpus.root + "/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let fd = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let result = try ingest(corpus)
        #expect(result.status == 1)
        #expect(messages(result) == ["kb: error: \(corpus.root)/caf\\xE9.txt: the file name is not valid UTF-8; rename it to ingest it"])
        try corpus.expectHealthy()

        // Named on the command line (through a shell, which passes the raw bytes).
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "\"$0\" ingest --db \"$1\" \"$(printf '%s/caf\\351.txt' \"$2\")\" 2>&1", KBProcess.binary ?? "kb",
                           corpus.db, corpus.root]
        let pipe = Pipe()
        shell.standardOutput = pipe
        try shell.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        #expect(output.hasPrefix("kb: error: \(corpus.root)/caf\u{FFFD}.txt: no such file or directory "
            + "(if the name has bytes that are not UTF-8, rename the file)\n"), "\(output)")
    }

    @Test("an unreadable folder is reported and counted as failed")
    func unreadableFolder() throws {
        let corpus = try HostileCorpus()
        try corpus.write("locked/secret.txt", Array("Acme Corp donated $1 million to the Trump inaugural fund.\n".utf8))
        chmod(corpus.root + "/locked", 0)
        defer { chmod(corpus.root + "/locked", 0o755) }
        chmod(corpus.scratch.path, 0o777)  // the database is written by the other user
        let result = try ingest(corpus, asOtherUser: true)
        #expect(result.status == 1)
        #expect(messages(result) == ["kb: error: \(corpus.root)/locked: cannot read the folder: Permission denied"])
        try corpus.expectHealthy()
    }

    @Test("UTF-8 with a stray byte is repaired with a warning; Windows-1252 is read as such; the row says which")
    func mixedEncodings() throws {
        let corpus = try HostileCorpus()
        let stray = try corpus.write("stray.txt", Array("date 2024-12-01\n\nLe ministère des Armées a signé".utf8) + [0x92]
            + Array(" un contrat avec Thales.\n".utf8))
        try corpus.write("latin.txt", Array("date 2024-12-01\n\nLe minist".utf8) + [0xE8] + Array("re des Arm".utf8) + [0xE9]
            + Array("es a sign".utf8) + [0xE9] + Array(" un contrat avec Thales.\n".utf8))
        let result = try ingest(corpus)
        #expect(result.status == 0)
        #expect(messages(result) == ["kb: warning: \(stray): 1 invalid UTF-8 byte sequence replaced with U+FFFD"])
        let rows = try KBProcess.sql("SELECT name, encoding, replaced_bytes FROM articles WHERE name IN ('stray.txt', 'latin.txt') ORDER BY name",
                                     db: corpus.db)
        #expect(rows.map { "\($0["name"]!) \($0["encoding"]!) \($0["replaced_bytes"]!)" } == [
            "latin.txt Windows-1252 0", "stray.txt UTF-8 1",
        ])
        try corpus.expectHealthy()
    }

    @Test("the same text at two paths is one article: facts counted once, kept while one file remains")
    func sameTextTwice() throws {
        let corpus = try HostileCorpus()
        let names = try HostileCorpus.goodNames()
        let copy = try corpus.write("copies/" + names[0], Array(try Data(contentsOf: URL(fileURLWithPath: corpus.root + "/good/" + names[0]))))
        let result = try ingest(corpus)
        #expect(result.status == 0)
        #expect(result.stderr.contains("ingested 8 new, 0 updated, 0 unchanged, 0 failed, 1 duplicate in "), "\(result.stderr)")
        try corpus.expectHealthy()
        try FileManager.default.removeItem(atPath: corpus.root + "/good/" + names[0])
        let refresh = try KBProcess.run(["refresh", "--db", corpus.db, corpus.root])
        #expect(refresh.stderr.contains("0 failed, 0 missing, 0 removed in "), "\(refresh.stderr)")
        #expect(try KBProcess.sql("SELECT path FROM articles WHERE name = '\(names[0])'", db: corpus.db).first?["path"] as? String == copy)
        try corpus.expectHealthy()
    }

    @Test("a file over its time budget fails with the budget named; what is stored stays")
    func timeBudget() throws {
        let corpus = try HostileCorpus()
        #expect(try ingest(corpus).status == 0)
        let slow = try corpus.write("slow.txt", Array(String(repeating: "The Department of Defense awarded Microsoft a contract. ", count: 2000).utf8))
        let result = try ingest(corpus, ["--max-seconds", "0"], paths: [slow])
        #expect(result.status == 1)
        #expect(messages(result) == [
            "kb: error: \(slow): extraction took longer than 0 s, this file's time budget (set it with --max-seconds); skipped",
        ])
        try corpus.expectHealthy()
    }

    @Test("empty, binary and oversized files fail with their reason; the run goes on", arguments: [
        ("empty.txt", 0, "the file is empty"),
        ("binary.txt", 1, "the file looks binary (NUL or control bytes), not text"),
        ("huge.txt", 2, "the file is 21 MB; kb refuses files over 20 MB"),
    ])
    func badFiles(name: String, kind: Int, reason: String) throws {
        let corpus = try HostileCorpus()
        let path = try corpus.write(name, kind == 1 ? [0x50, 0x4B, 0x03, 0x04, 0, 0, 8, 0] : [])
        if kind == 2 { truncate(path, 21 * 1024 * 1024) }
        let result = try ingest(corpus)
        #expect(result.status == 1)
        #expect(messages(result) == ["kb: error: \(path): \(reason)"])
        try corpus.expectHealthy()
    }

    @Test("--follow-links reads a link's target outside the root when asked")
    func followLinks() throws {
        let corpus = try HostileCorpus()
        #expect(symlink("../outside", corpus.root + "/more") == 0)
        let result = try ingest(corpus, ["--follow-links"])
        #expect(result.status == 0, "\(result.stderr)")
        let canary = try KBProcess.run(["query", "search", "q=\(HostileCorpus.canaryWord)", "--db", corpus.db, "--format", "csv"])
        #expect(canary.stdout.contains("canary.txt"))
    }
}
