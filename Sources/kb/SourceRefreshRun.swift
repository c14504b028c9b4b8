import ArgumentParser
import Foundation
import KnowledgeBase

/// `kb refresh` with no paths: every source in turn, one summary line each; a source that fails says so by name
/// and the others are refreshed all the same (exit status 1 at the end).
struct SourceRefreshRun {
    var database: String
    var options: IngestRunOptions
    var prune: Bool
    var removalGuard: RemovalGuard?
    /// Seconds a web source may take to answer.
    var webTimeout: Double = 30

    func execute() throws {
        let lock = try WriterLock.acquire(database: database, wait: !options.noWait, quiet: options.quiet)
        defer { withExtendedLifetime(lock) {} }
        let db = try Database(path: database)
        let sources = try db.sources()
        guard !sources.isEmpty else {
            StandardError.line("kb: error: \(database) has no sources: add one with `kb source add PATH|URL`, or give "
                + "the files and folders to refresh")
            throw ExitCode(ExitStatus.usage)
        }
        let console = options.console()
        var failed = false
        for source in sources {
            console.line(.debug, "source \(source.name): refreshing \(source.kind.rawValue) \(source.location)")
            let summary: IngestSummary, note: String
            switch source.kind {
            case .folder, .file:
                summary = try refreshFiles(source, in: db, console: console)
                note = "\(summary.read) file\(summary.read == 1 ? "" : "s") read"
            case .web:
                (summary, note) = try WebSourceRefresh(source: source, database: db, options: IngestOptions(
                    force: options.force, timeBudget: options.timeBudget), timeout: webTimeout).run()
                for failure in summary.failures {
                    console.line(.error, "source '\(source.name)': \(failure.path): \(failure.reason)")
                }
            }
            if summary.failed > 0 { failed = true }
            console.line(.info, Self.line(source: source, summary: summary, pruning: prune, note: note))
        }
        if failed { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// A folder or file source: its root checked first (a missing root changes nothing), then ingested.
    private func refreshFiles(_ source: Source, in db: Database, console: Console) throws -> IngestSummary {
        var summary = IngestSummary()
        if access(source.location, F_OK) != 0 {
            let failure = IngestFailure(path: source.location, reason: "\(SystemError(errno).text) (an unmounted disk?); "
                + "nothing of this source was changed (if it is gone for good: kb source remove \(source.name))")
            console.line(.error, "source '\(source.name)': \(failure.path): \(failure.reason)")
            summary.failures = [failure]
            return summary
        }
        let ingestor = Ingestor(database: db, options: IngestOptions(
            removeMissing: true, prune: prune, force: options.force, followLinks: options.followLinks,
            timeBudget: options.timeBudget, removalGuard: removalGuard, filter: source.filter))
        console.attach(ingestor, prefix: "source '\(source.name)': ")
        do {
            summary = try ingestor.ingest([source.location])
        } catch {
            console.finishProgress()
            if let stopped = ingestor.stoppedSummary {
                console.line(.info, Self.line(source: source, summary: stopped, pruning: prune, note: "stopped early"))
            }
            throw error
        }
        console.finishProgress()
        try db.sourceRefreshed(source)
        return summary
    }

    /// "source NAME: N new, C changed, U unchanged, M missing, F failed (NOTE) in S.SS s", with ", D removed" when
    /// pruning; the note says how many files were read, or what a web source answered.
    static func line(source: Source, summary: IngestSummary, pruning: Bool, note: String) -> String {
        let removed = pruning ? ", \(summary.removed) removed" : ""
        return "source \(source.name): \(summary.new) new, \(summary.updated) changed, \(summary.unchanged) unchanged, "
            + "\(summary.missing) missing, \(summary.failed) failed\(removed) (\(note)) in \(String(format: "%.2f", summary.seconds)) s"
    }
}
