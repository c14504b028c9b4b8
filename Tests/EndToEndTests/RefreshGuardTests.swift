import Foundation
import Testing

/// `kb refresh` over a source that looks unmounted or mostly gone deletes nothing for it and says why.
@Suite("Refresh: unmounted-source guard")
struct RefreshGuardTests {
    /// A folder of `count` small distinct articles with a donation each (of $first+1 million, $first+2 million…),
    /// under `name` in `scratch`.
    static func folder(_ name: String, count: Int, first: Int = 0, in scratch: Scratch) throws -> String {
        for index in 0..<count {
            try scratch.write("\(name)/\(index).txt",
                              Array("Microsoft gave $\(first + index + 1) million to the Trump inaugural fund.\n".utf8))
        }
        return scratch.path + "/" + name
    }

    @Test("a folder replaced by an empty one keeps every row; the other folder still refreshes")
    func emptyFolder() throws {
        let scratch = try Scratch()
        let source = try Self.folder("source", count: 3, in: scratch)
        let other = try Self.folder("other", count: 2, first: 100, in: scratch)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, source, other]).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        try FileManager.default.removeItem(atPath: source)
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: false)
        try FileManager.default.removeItem(atPath: other + "/1.txt")

        let result = try KBProcess.run(["refresh", "--db", scratch.db, source, other])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kb: error: \(source): the folder is empty (an unmounted disk?), so none of its 3 "
            + "stored articles was marked missing or removed (if they are really gone, run again with --prune-anyway)\n"),
                "\(result.stderr)")
        #expect(result.stderr.contains(", 1 failed, 1 missing, 0 removed in "), "\(result.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
        #expect(try KBProcess.sql("SELECT path FROM articles WHERE missing_since IS NOT NULL", db: scratch.db)
            .map { $0["path"] as? String } == [other + "/1.txt"])

        let forced = try KBProcess.run(["refresh", "--db", scratch.db, "--prune-anyway", source])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains(", 0 missing, 3 removed in "), "\(forced.stderr)")
    }

    @Test("a missing folder deletes nothing and exits 1")
    func missingFolder() throws {
        let scratch = try Scratch()
        let source = try Self.folder("source", count: 3, in: scratch)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, source]).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        try FileManager.default.removeItem(atPath: source)
        let result = try KBProcess.run(["refresh", "--db", scratch.db, source])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("kb: error: \(source): no such file or directory\n"), "\(result.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
    }

    @Test("an unreadable folder deletes nothing and exits 1")
    func unreadableFolder() throws {
        let scratch = try Scratch()
        let source = try Self.folder("source", count: 3, in: scratch)
        chmod(scratch.path, 0o777)  // the database is written by the other user
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, source], asOtherUser: true).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        chmod(source, 0)
        defer { chmod(source, 0o755) }
        let result = try KBProcess.run(["refresh", "--db", scratch.db, source], asOtherUser: true)
        #expect(result.status == 1)
        #expect(result.stderr.contains("kb: error: \(source): the folder could not be read, so none of its 3 stored articles "
            + "was marked missing or removed (if they are really gone, run again with --prune-anyway)\n"), "\(result.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
    }

    @Test("more than --max-delete-share gone at once deletes nothing; a higher share lets it through")
    func share() throws {
        let scratch = try Scratch()
        let source = try Self.folder("source", count: 4, in: scratch)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, source]).status == 0)
        let before = try KBProcess.tableCounts(db: scratch.db)
        for index in 0..<3 { try FileManager.default.removeItem(atPath: "\(source)/\(index).txt") }

        let result = try KBProcess.run(["refresh", "--db", scratch.db, source])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kb: error: \(source): 3 of its 4 stored articles (75%) are gone, more than the 50% "
            + "one refresh may take away, so none was marked missing or removed (if they are really gone, run again with --prune-anyway "
            + "or a higher --max-delete-share)\n"), "\(result.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)

        let bad = try KBProcess.run(["refresh", "--db", scratch.db, "--max-delete-share", "150%", source])
        #expect(bad.status == 2)
        let allowed = try KBProcess.run(["refresh", "--db", scratch.db, "--max-delete-share", "80%", "--prune", source])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains(", 0 missing, 3 removed in "), "\(allowed.stderr)")
    }
}
