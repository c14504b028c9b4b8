import ArgumentParser
import KnowledgeBase

/// `kb check`: verify a database without changing it.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, foreign keys, full-text index, orphans, schema, evidence.",
        discussion: """
            Runs SQLite's integrity and foreign-key checks, compares the full-text index with the articles, looks \
            for orphan rows (entities nothing refers to, disputes without parties), checks the schema version, \
            and checks that every fact's evidence equals the article text at its offsets. Each problem is one \
            line on stderr and the exit status is 3; a sound database prints one "ok" line.

            Examples:
              kb check
              kb check --db /data/kb.db && kb refresh --db /data/kb.db /data/articles
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let result = try ConsistencyCheck.run(path: database.path)
        for note in result.notes { StandardError.line("kb: note: \(database.path): \(note)") }
        for problem in result.problems { StandardError.line("kb: error: \(database.path): \(problem)") }
        guard result.problems.isEmpty else { throw ExitCode(ExitStatus.database) }
        print(result.summary)
    }
}
