import ArgumentParser
import KnowledgeBase

/// `kb refresh --reextract`: extraction run again over the stored text, under the run lock, with its summary on stderr.
struct ReextractRun {
    var database: String
    var all: Bool
    var options: IngestRunOptions

    func execute() throws {
        let lock = try WriterLock.acquire(database: database, wait: !options.noWait, quiet: options.quiet)
        defer { withExtendedLifetime(lock) {} }
        let reextractor = Reextractor(database: try Database(path: database), budget: options.timeBudget)
        let console = options.console()
        reextractor.onFailure = { console.line(.error, "\($0.path): \($0.reason)") }
        let summary = try reextractor.run(all: all)
        console.line(.info, summary.line)
        if !summary.failures.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
    }
}
