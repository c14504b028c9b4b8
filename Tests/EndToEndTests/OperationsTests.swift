import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Maintenance commands: backups taken while a refresh writes, and writers that wait for the run lock.
@Suite("Operations")
struct OperationsTests {
    @Test("backups taken during a 500-article refresh are each consistent and pass kb check; the last equals the database")
    func backupDuringRefresh() throws {
        let scratch = try Scratch()
        let press = try RefreshGuardTests.folder("press", count: 500, in: scratch)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, press + "/0.txt"]).status == 0)
        let run = try KBBackground(["refresh", "--db", scratch.db, press])
        var backups = 0
        while run.isRunning || backups == 0 {
            let copy = scratch.path + "/backup-\(backups).db"
            let result = try KBProcess.run(["backup", "--db", scratch.db, copy])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("kb: backed up \(scratch.db) to \(copy) ("), "\(result.stderr)")
            #expect(try KBProcess.run(["check", "--db", copy]).status == 0)
            // Each article holds one donation: a copy taken mid-article would break the pairing.
            let counts = try KBProcess.tableCounts(db: copy)
            #expect(counts["articles"] == counts["donations"] && (1...500).contains(counts["articles"] ?? 0), "\(counts)")
            backups += 1
        }
        #expect(try run.wait().status == 0)
        let last = scratch.path + "/last.db"
        #expect(try KBProcess.run(["backup", "--db", scratch.db, last]).status == 0)
        #expect(try KBProcess.tableCounts(db: last) == KBProcess.tableCounts(db: scratch.db))

        let again = try KBProcess.run(["backup", "--db", scratch.db, last])
        #expect(again.status == 2)
        #expect(again.stderr == "kb: error: backup: \(last) already exists; kb backup never overwrites (remove it or choose another name)\n")
        let missing = try KBProcess.run(["backup", "--db", scratch.path + "/none.db", scratch.path + "/x.db"])
        #expect(missing.status == 3 && missing.stderr.contains("no database at \(scratch.path)/none.db"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/x.db"))
    }

    @Test("kb alias and kb source wait for a running refresh's lock, and say so")
    func writersWait() throws {
        let scratch = try Scratch()
        #expect(try KBProcess.run(["source", "add", "--db", scratch.db, scratch.path]).status == 0)
        let descriptor = open(scratch.db + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let alias = try KBBackground(["alias", "add", "--db", scratch.db, "Elon Musk", "Musk", "--type", "person"])
        let source = try KBBackground(["source", "remove", "--db", scratch.db, URL(fileURLWithPath: scratch.path).lastPathComponent])
        var waited = 0
        while !(alias.stderr.contains("kb: waiting for another kb run") && source.stderr.contains("kb: waiting for another kb run")) && waited < 200 {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 1
        }
        #expect(alias.isRunning && source.isRunning)
        close(descriptor)
        #expect(try alias.wait().status == 0)
        #expect(try source.wait().status == 0)
        #expect(try KBProcess.sql("SELECT alias FROM aliases WHERE source = 'user'", db: scratch.db).map { $0["alias"] as? String } == ["Musk"])
        #expect(try KBProcess.sql("SELECT count(*) AS n FROM sources", db: scratch.db).first?["n"] as? Int == 0)
    }

    @Test("--quiet prints only errors; without a terminal nothing but the summary; --verbose stamps each line with time and level")
    func messages() throws {
        let scratch = try Scratch()
        let press = try RefreshGuardTests.folder("press", count: 3, in: scratch)
        try scratch.write("press/empty.txt", [])
        let plain = try KBProcess.run(["ingest", "--db", scratch.db, press])
        #expect(plain.stderr.split(separator: "\n").map { String($0.prefix(30)) }
            == ["kb: error: \(press)/empty.txt".prefix(30).description, "ingested 3 new, 0 updated, 0 u"], "\(plain.stderr)")
        let quiet = try KBProcess.run(["refresh", "--db", scratch.db, "--quiet", press])
        #expect(quiet.status == 1 && quiet.stderr == "kb: error: \(press)/empty.txt: the file is empty\n")
        try FileManager.default.removeItem(atPath: press + "/empty.txt")
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, "--quiet", press]).stderr == "")

        try scratch.write("press/3.txt", Array("Oracle gave $3 million to the Trump inaugural fund.\n".utf8))
        try scratch.write("press/bad.txt", [])
        let verbose = try KBProcess.run(["refresh", "--db", scratch.db, "--verbose", press])
        let lines = verbose.stderr.split(separator: "\n").map(String.init)
        let stamp = #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|ERROR) /#
        #expect(lines.allSatisfy { $0.contains(stamp) }, "\(lines)")
        let bodies = lines.map { $0.replacing(stamp, with: { "\($0.output.1) " }) }
        #expect(bodies.contains("DEBUG \(press)/3.txt: new (52 bytes)"), "\(bodies)")
        #expect(bodies.contains("ERROR \(press)/bad.txt: the file is empty"), "\(bodies)")
        #expect(bodies.last?.hasPrefix("INFO ingested 1 new, 0 updated, 3 unchanged, 1 failed, 0 missing, 0 removed in ") == true)
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, "--quiet", "--verbose", press]).status == 2)
    }

    @Test("on a terminal a progress bar shows files done of all, MB/s and an ETA, and is cleared before the summary")
    func progressBar() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), let binary = KBProcess.binary else { return }
        let scratch = try Scratch()
        let press = try RefreshGuardTests.folder("press", count: 3, in: scratch)
        // script(1) gives kb a pseudo-terminal, as a user at a shell has.
        let result = try KBProcess.run(["-qfec", "\(binary) ingest --db \(scratch.db) \(press)", "/dev/null"],
                                       executable: "/usr/bin/script")
        #expect(result.status == 0)
        #expect(result.stdout.contains("\r\u{1B}[K[" + String(repeating: "#", count: 30) + "] 3/3 files  "), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains(" MB/s  ETA 0 s\r\u{1B}[Kingested 3 new, "), "\(result.stdout.debugDescription)")
    }
}

