import Foundation
import Testing

/// `kb source add/list/remove` and `kb refresh` with no paths: every source, one summary line each.
@Suite("Sources")
struct SourceTests {
    /// The summary line of a source, without its seconds.
    static func line(_ stderr: String, source: String) -> String? {
        stderr.split(separator: "\n").first { $0.hasPrefix("source \(source): ") }
            .map { String($0.prefix(upTo: $0.range(of: " in ")!.lowerBound)) }
    }

    @Test("add, list and remove sources; bad ones are refused with the reason and status 2")
    func addListRemove() throws {
        let scratch = try Scratch()
        let folder = try RefreshGuardTests.folder("press", count: 1, in: scratch)
        let file = try scratch.write("one/solo.txt", Array("Oracle gave $3 million to the Trump inaugural fund.\n".utf8))
        let added = try KBProcess.run(["source", "add", "--db", scratch.db, folder, "--include", "*.txt", "--exclude", "drafts/*",
                                       "--exclude", "old-*"])
        #expect(added.status == 0)
        #expect(added.stderr == "kb: added source 'press' (folder): \(folder)\n")
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, file, "--name", "solo"]).status == 0)
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, "https://example.org/feed.xml"]).status == 0)

        let refusals: [([String], String)] = [
            ([folder, "--name", "again"], "kb: error: source: \(folder) is already the source 'press'\n"),
            ([scratch.path + "/nowhere"], "kb: error: source: \(scratch.path)/nowhere: No such file or directory; a source must exist when it is added\n"),
            ([file, "--name", "press"], "kb: error: source: there is already a source named 'press' (\(folder)); choose another with --name\n"),
            ([file, "--name", "x", "--include", "*.txt"], "kb: error: source: --include and --exclude apply to folders, not to \(file)\n"),
            (["http://", "--name", "y"], "kb: error: source: http:// is not a web address kb can fetch\n"),
        ]
        for (arguments, message) in refusals {
            let result = try KBProcess.run(["source", "add", "--db", scratch.db] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == message)
        }
        let listed = try KBProcess.run(["source", "list", "--db", scratch.db, "--format", "json"])
        let rows = try KBProcess.jsonArray(listed.stdout)
        #expect(rows.map { $0["name"] as? String } == ["example.org", "press", "solo"])
        #expect(rows.map { $0["kind"] as? String } == ["web", "folder", "file"])
        #expect(rows[1]["include"] as? String == "*.txt" && rows[1]["exclude"] as? String == "drafts/* old-*")
        #expect(rows[0]["location"] as? String == "https://example.org/feed.xml")

        let removed = try KBProcess.run(["source", "remove", "--db", scratch.db, "solo"])
        #expect(removed.status == 0 && removed.stderr == "kb: removed source 'solo'; its articles stay in the database\n")
        let unknown = try KBProcess.run(["source", "remove", "--db", scratch.db, "solo"])
        #expect(unknown.status == 2 && unknown.stderr == "kb: error: source: no source named 'solo' (see `kb source list`)\n")
        #expect(try KBProcess.sql("SELECT name FROM sources ORDER BY name", db: scratch.db).map { $0["name"] as? String }
            == ["example.org", "press"])
    }

    @Test("refresh with no paths reads every source through its globs, one summary line each")
    func refreshAll() throws {
        let scratch = try Scratch()
        let press = try RefreshGuardTests.folder("press", count: 3, in: scratch)
        try scratch.write("press/drafts/d.txt", Array("Google gave $7 million to the Biden fund.\n".utf8))
        try scratch.write("press/notes.md", Array("IBM gave $8 million to the Biden fund.\n".utf8))
        let solo = try scratch.write("solo.txt", Array("Oracle gave $3 million to the Trump inaugural fund.\n".utf8))
        let none = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(none.status == 2)
        #expect(none.stderr == "kb: error: \(scratch.db) has no sources: add one with `kb source add PATH|URL`, or give the "
            + "files and folders to refresh\n")
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, press, "--include", "*.txt", "--exclude", "drafts/*"]).status == 0)
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, solo]).status == 0)

        let first = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(Self.line(first.stderr, source: "press") == "source press: 3 new, 0 changed, 0 unchanged, 0 missing, 0 failed (3 files read)")
        #expect(Self.line(first.stderr, source: "solo.txt") == "source solo.txt: 1 new, 0 changed, 0 unchanged, 0 missing, 0 failed (1 file read)")
        #expect(try KBProcess.sql("SELECT name FROM articles ORDER BY name", db: scratch.db).map { $0["name"] as? String }
            == ["0.txt", "1.txt", "2.txt", "solo.txt"])
        let refreshed = try KBProcess.sql("SELECT count(*) AS n FROM sources WHERE refreshed_at IS NOT NULL", db: scratch.db)
        #expect(refreshed.first?["n"] as? Int == 2)

        try scratch.write("press/1.txt", Array("Microsoft gave $50 million to the Trump inaugural fund.\n".utf8))
        try FileManager.default.removeItem(atPath: press + "/2.txt")
        try scratch.write("press/3.txt", Array("Amazon gave $4 million to the Trump inaugural fund.\n".utf8))
        let second = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(Self.line(second.stderr, source: "press")?.hasPrefix("source press: 1 new, 1 changed, 1 unchanged, 1 missing, 0 failed (") == true,
                "\(second.stderr)")
        // The vanished article keeps its facts, marked; --prune deletes it.
        let kept = try KBProcess.sql("SELECT a.name, d.amount FROM articles a JOIN donations d ON d.article_id = a.id "
            + "WHERE a.missing_since IS NOT NULL", db: scratch.db)
        #expect(kept.map { $0["name"] as? String } == ["2.txt"] && kept.first?["amount"] as? Int == 3_000_000)
        let pruned = try KBProcess.run(["refresh", "--db", scratch.db, "--prune"])
        #expect(Self.line(pruned.stderr, source: "press")?.hasPrefix("source press: 0 new, 0 changed, 3 unchanged, 0 missing, 0 failed, 1 removed (") == true,
                "\(pruned.stderr)")
        #expect(try KBProcess.sql("SELECT count(*) AS n FROM articles WHERE name = '2.txt'", db: scratch.db).first?["n"] as? Int == 0)
    }

    @Test("a source whose folder is empty or missing is reported by name, loses nothing, and the others refresh")
    func unmountedSource() throws {
        let scratch = try Scratch()
        let press = try RefreshGuardTests.folder("press", count: 3, in: scratch)
        let other = try RefreshGuardTests.folder("other", count: 2, first: 100, in: scratch)
        for folder in [press, other] { #expect(try KBProcess.run(["source", "add", "--db", scratch.db, folder]).status == 0) }
        #expect(try KBProcess.run(["refresh", "--db", scratch.db]).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        try FileManager.default.removeItem(atPath: press)
        try FileManager.default.createDirectory(atPath: press, withIntermediateDirectories: false)
        try scratch.write("other/new.txt", Array("Amazon gave $4 million to the Trump inaugural fund.\n".utf8))

        let empty = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("kb: error: source 'press': \(press): the folder is empty (an unmounted disk?), so none of "
            + "its 3 stored articles was marked missing or removed (if they are really gone, run again with --prune-anyway)\n"),
            "\(empty.stderr)")
        #expect(Self.line(empty.stderr, source: "other")?.hasPrefix("source other: 1 new, 0 changed, 2 unchanged, 0 missing, 0 failed") == true)
        let after = try KBProcess.tableCounts(db: scratch.db)
        #expect(after["articles"] == before["articles"]! + 1 && after["donations"] == before["donations"]! + 1)
        #expect(try KBProcess.sql("SELECT count(*) AS n FROM articles WHERE missing_since IS NOT NULL", db: scratch.db)
            .first?["n"] as? Int == 0)

        try FileManager.default.removeItem(atPath: press)
        let missing = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("kb: error: source 'press': \(press): No such file or directory (an unmounted disk?); "
            + "nothing of this source was changed (if it is gone for good: kb source remove press)\n"), "\(missing.stderr)")
        #expect(Self.line(missing.stderr, source: "press") == "source press: 0 new, 0 changed, 0 unchanged, 0 missing, 1 failed (0 files read)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == after)
    }

    @Test("as root: a source on a tmpfs that is unmounted is reported as empty and loses nothing")
    func unmountedTmpfs() throws {
        guard getuid() == 0 else { return }
        let scratch = try Scratch()
        let press = scratch.path + "/press"
        try FileManager.default.createDirectory(atPath: press, withIntermediateDirectories: false)
        guard try Self.shell("/bin/mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", press]) == 0 else { return }
        var mounted = true
        defer { if mounted { _ = try? Self.shell("/bin/umount", [press]) } }
        _ = try RefreshGuardTests.folder("press", count: 3, in: scratch)
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, press]).status == 0)
        #expect(try KBProcess.run(["refresh", "--db", scratch.db]).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        #expect(before["articles"] == 3)
        #expect(try Self.shell("/bin/umount", [press]) == 0)
        mounted = false

        let result = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kb: error: source 'press': \(press): the folder is empty (an unmounted disk?), so none of "
            + "its 3 stored articles was marked missing or removed"), "\(result.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
        #expect(try KBProcess.sql("SELECT count(*) AS n FROM articles WHERE missing_since IS NULL", db: scratch.db).first?["n"] as? Int == 3)
    }

    /// Runs a system command and returns its exit status.
    static func shell(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

