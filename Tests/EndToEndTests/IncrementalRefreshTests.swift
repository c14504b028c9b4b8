import Foundation
import Testing

/// A refresh skips a file whose size and modification time are those it had when last read, without opening it.
@Suite("Refresh: unchanged files are not read")
struct IncrementalRefreshTests {
    /// Sets the modification time of every file under `folder` to 2020, as files copied long ago have: a stamp
    /// taken within two seconds of a file's last change is not trusted.
    static func age(_ folder: String, seconds: Int = 0) throws {
        let date = Date(timeIntervalSince1970: 1_577_836_800 + Double(seconds))
        for name in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: folder + "/" + name)
        }
    }

    @Test("1,000 unchanged articles: none read; a touched file is hashed once, a changed one re-extracted")
    func thousand() throws {
        let scratch = try Scratch()
        let folder = try RefreshGuardTests.folder("press", count: 1000, in: scratch)
        try Self.age(folder)
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, folder]).status == 0)
        let first = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(SourceTests.line(first.stderr, source: "press") == "source press: 1000 new, 0 changed, 0 unchanged, 0 missing, 0 failed (1000 files read)")
        let counts = try KBProcess.tableCounts(db: scratch.db)

        let again = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(again.status == 0)
        #expect(SourceTests.line(again.stderr, source: "press") == "source press: 0 new, 0 changed, 1000 unchanged, 0 missing, 0 failed (0 files read)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == counts)

        // Touched (same bytes): read and hashed once, then its new stamp is kept.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
                                              ofItemAtPath: folder + "/7.txt")
        // Changed (same size, other time): re-extracted.
        try scratch.write("press/8.txt", Array("Microsoft gave $8 million to the Biden inaugural fund.\n".utf8))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
                                              ofItemAtPath: folder + "/8.txt")
        let touched = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(SourceTests.line(touched.stderr, source: "press") == "source press: 0 new, 1 changed, 999 unchanged, 0 missing, 0 failed (2 files read)")
        let last = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(SourceTests.line(last.stderr, source: "press") == "source press: 0 new, 0 changed, 1000 unchanged, 0 missing, 0 failed (0 files read)")
        #expect(try KBProcess.run(["check", "--db", scratch.db]).status == 0)
    }

    @Test("unchanged files are not even opened: unreadable ones still count as unchanged")
    func notOpened() throws {
        let scratch = try Scratch()
        let folder = try RefreshGuardTests.folder("press", count: 4, in: scratch)
        try Self.age(folder)
        chmod(scratch.path, 0o777)  // the database is written by the other user
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, folder], asOtherUser: true).status == 0)
        for index in 0..<4 { chmod("\(folder)/\(index).txt", 0) }
        defer { for index in 0..<4 { chmod("\(folder)/\(index).txt", 0o644) } }
        let result = try KBProcess.run(["refresh", "--db", scratch.db, folder], asOtherUser: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("ingested 0 new, 0 updated, 4 unchanged, 0 failed, 0 missing, 0 removed in "), "\(result.stderr)")
        // A file touched since cannot be skipped, so it is opened and its failure reported.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)],
                                              ofItemAtPath: folder + "/2.txt")
        let touched = try KBProcess.run(["refresh", "--db", scratch.db, folder], asOtherUser: true)
        #expect(touched.status == 1)
        #expect(touched.stderr.hasPrefix("kb: error: \(folder)/2.txt: cannot read the file: Permission denied\n"), "\(touched.stderr)")
    }

    @Test("a file changed moments before it was read (here: dated in the future) is hashed again rather than trusted")
    func racyStamp() throws {
        let scratch = try Scratch()
        let folder = try RefreshGuardTests.folder("press", count: 2, in: scratch)
        for index in 0..<2 {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)],
                                                  ofItemAtPath: "\(folder)/\(index).txt")
        }
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, folder]).status == 0)
        #expect(try KBProcess.run(["refresh", "--db", scratch.db]).status == 0)
        let again = try KBProcess.run(["refresh", "--db", scratch.db])
        #expect(SourceTests.line(again.stderr, source: "press") == "source press: 0 new, 0 changed, 2 unchanged, 0 missing, 0 failed (2 files read)")
        #expect(try KBProcess.sql("SELECT count(*) AS n FROM file_stamps", db: scratch.db).first?["n"] as? Int == 0)
    }
}
