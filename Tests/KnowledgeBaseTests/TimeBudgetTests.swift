import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// No single file can stall a run: each has a time budget, after which it fails with a clear error.
@Suite("Time budget per file")
struct TimeBudgetTests {
    @Test("the default is 5 s plus 5 s per MB; --max-seconds fixes it")
    func budgets() {
        #expect(TimeBudget.default.seconds(forBytes: 0) == 5)
        #expect(TimeBudget.default.seconds(forBytes: 2 * 1024 * 1024) == 15)
        #expect(TimeBudget(maxSeconds: 3).seconds(forBytes: 5 * 1024 * 1024) == 3)
    }

    @Test("a file over its budget fails with the budget named; the other files are stored")
    func overBudget() throws {
        let folder = TempFolder()
        folder.write("good.txt", SampleArticles.donation)
        let slow = folder.write("slow.txt", String(repeating: SampleArticles.contract + "\n\n", count: 40))
        let database = try Database(path: folder.database)
        // A budget of 0 s has passed before extraction starts: no timing involved.
        let budget = TimeBudget { bytes in bytes > 5_000 ? 0 : 600 }
        let summary = try ingest([folder.path], into: database, options: IngestOptions(timeBudget: budget))
        #expect(summary.new == 1)
        #expect(summary.failures.map(\.description) == [
            "kb: error: \(slow): extraction took longer than 0 s, this file's time budget (set it with --max-seconds); skipped",
        ])
        #expect(try count(database.connection, "SELECT count(*) FROM articles WHERE name = 'good.txt'") == 1)
        #expect(try count(database.connection, "SELECT count(*) FROM donations") > 0)
    }
}
