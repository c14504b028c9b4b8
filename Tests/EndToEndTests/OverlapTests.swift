import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Two ingests or refreshes on one database at once: one waits for the other (or exits 75 with --no-wait);
/// never "database is locked", never "UNIQUE constraint failed", never a duplicate.
@Suite("Refresh: overlapping runs")
struct OverlapTests {
    /// Takes `DB.lock` the way a kb run does, held until the returned descriptor is closed.
    private func holdLock(_ db: String) -> Int32 {
        let descriptor = open(db + ".lock", O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        return descriptor
    }

    private func expectClean(_ result: KBProcess.Result) {
        #expect(!result.stderr.contains("UNIQUE constraint failed") && !result.stderr.contains("database is locked"),
                "\(result.stderr)")
    }

    @Test("a refresh and two ingests started together on a new database: all succeed, the rows of one run")
    func newDatabase() throws {
        let scratch = try Scratch()
        let source = try RefreshGuardTests.folder("source", count: 200, in: scratch)
        let reference = scratch.path + "/reference.db"
        #expect(try KBProcess.run(["ingest", "--db", reference, source]).status == 0)
        // Three runs, because two over small files often finish one before the other starts.
        let runs = [try KBBackground(["refresh", "--db", scratch.db, source]),
                    try KBBackground(["ingest", "--db", scratch.db, source]),
                    try KBBackground(["ingest", "--db", scratch.db, source])]
        for run in try runs.map({ try $0.wait() }) {
            #expect(run.status == 0, "\(run.stderr)")
            expectClean(run)
        }
        #expect(try KBProcess.tableCounts(db: scratch.db) == KBProcess.tableCounts(db: reference))
    }

    @Test("three refreshes on a stored database with a reader querying throughout: the reader never fails")
    func readerThroughout() throws {
        let scratch = try Scratch()
        let first200 = try RefreshGuardTests.folder("source", count: 200, in: scratch)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, first200 + "/0.txt"]).status == 0)
        let reference = scratch.path + "/reference.db"
        #expect(try KBProcess.run(["refresh", "--db", reference, first200]).status == 0)
        let runs = [try KBBackground(["refresh", "--db", scratch.db, first200]),
                    try KBBackground(["refresh", "--db", scratch.db, first200]),
                    try KBBackground(["refresh", "--db", scratch.db, "--no-wait", first200])]
        var reads = 0
        while runs.contains(where: \.isRunning) || reads == 0 {
            let read = try KBProcess.run(["query", "articles", "--all", "--db", scratch.db, "--format", "csv"])
            #expect(read.status == 0 && read.stderr.isEmpty, "\(read.stderr)")
            reads += 1
        }
        let results = try runs.map { try $0.wait() }
        #expect(results[0].status == 0 && results[1].status == 0, "\(results[0].stderr)\(results[1].stderr)")
        #expect(results[2].status == 0 || results[2].status == 75, "\(results[2].stderr)")
        if results[2].status == 75 { #expect(results[2].stderr.contains("kb: error: another kb run is using \(scratch.db)")) }
        results.forEach(expectClean)
        #expect(try KBProcess.tableCounts(db: scratch.db) == KBProcess.tableCounts(db: reference))
    }

    @Test("--no-wait exits 75 while another run holds the database, and touches nothing")
    func noWait() throws {
        let scratch = try Scratch()
        let source = try RefreshGuardTests.folder("source", count: 2, in: scratch)
        let descriptor = holdLock(scratch.db)
        defer { close(descriptor) }
        let result = try KBProcess.run(["ingest", "--db", scratch.db, "--no-wait", source])
        #expect(result.status == 75)
        #expect(result.stderr == "kb: error: another kb run is using \(scratch.db); try again later (or without --no-wait, "
            + "to wait for it)\n")
        #expect(!FileManager.default.fileExists(atPath: scratch.db))
    }

    @Test("without --no-wait the second run says it waits, then does its work once the first is done")
    func waits() throws {
        let scratch = try Scratch()
        let source = try RefreshGuardTests.folder("source", count: 2, in: scratch)
        let descriptor = holdLock(scratch.db)
        let run = try KBBackground(["refresh", "--db", scratch.db, source])
        while run.isRunning && !run.stderr.contains("\n") { usleep(10_000) }
        #expect(run.stderr == "kb: waiting for another kb run on \(scratch.db)\n")
        #expect(run.isRunning)
        close(descriptor)
        let result = try run.wait()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("ingested 2 new, 0 updated"), "\(result.stderr)")
    }
}
