import Foundation
import Testing

/// A refresh killed with SIGKILL leaves a database that passes `kb check`, and the next refresh completes the work.
@Suite("Refresh: killed runs")
struct KillTests {
    /// 500 articles, each with a donation and some with a contract or a dispute, from a few dozen companies.
    static func corpus(in scratch: Scratch) throws -> String {
        let companies = ["Microsoft", "Oracle", "Amazon", "Google", "IBM", "Palantir", "Anduril", "Meta", "Apple", "Nvidia"]
        for index in 0..<500 {
            let company = companies[index % companies.count] + (index % 3 == 0 ? "" : " Holdings \(index % 7)")
            var text = "Article \(index)\n\n\(company) gave $\(index + 1) million to the Trump inaugural fund in December 2024.\n"
            if index % 4 == 0 { text += "The Department of Defense awarded \(company) a $\(index + 10) million contract.\n" }
            if index % 5 == 0 { text += "Elon Musk sued \(company) in March 2024.\n" }
            try scratch.write("press/\(index / 100)/\(index).txt", Array(text.utf8))
        }
        return scratch.path + "/press"
    }

    @Test("SIGKILL at 5 moments of a 500-article refresh: kb check passes each time, the next refresh gives the full rows")
    func killAtFiveMoments() throws {
        let scratch = try Scratch()
        let press = try Self.corpus(in: scratch)
        let reference = scratch.path + "/reference.db"
        let started = Date()
        #expect(try KBProcess.run(["refresh", "--db", reference, press]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try KBProcess.tableCounts(db: reference)
        #expect(expected["articles"] == 500)

        // Moments spread over the run an uninterrupted refresh takes, from its start-up to its last articles.
        for (index, share) in [0.02, 0.2, 0.45, 0.7, 0.9].enumerated() {
            let db = scratch.path + "/killed-\(index).db"
            let run = try KBBackground(["refresh", "--db", db, press])
            Thread.sleep(forTimeInterval: duration * share)
            run.kill()
            let killed = try run.wait()
            let check = try KBProcess.run(["check", "--db", db])
            // Killed before it created the database: nothing to check, which is a sound state too.
            if FileManager.default.fileExists(atPath: db) {
                #expect(check.status == 0, "kill \(index) (status \(killed.status)): \(check.stderr)")
            }
            // Killed while creating the schema: its transaction is rolled back and no table is there yet (no rows).
            let stored = FileManager.default.fileExists(atPath: db) ? (try? KBProcess.tableCounts(db: db))?["articles"] ?? 0 : 0
            #expect(stored <= 500)
            let again = try KBProcess.run(["refresh", "--db", db, press])
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try KBProcess.tableCounts(db: db) == expected, "kill \(index) after \(stored) articles")
            #expect(try KBProcess.run(["check", "--db", db]).status == 0)
        }
    }
}
