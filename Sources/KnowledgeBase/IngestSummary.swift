import Foundation

/// One input that could not be ingested, with a reason a user can act on.
public struct IngestFailure: Sendable, Equatable, CustomStringConvertible {
    /// The path as the user gave or kb found it.
    public var path: String
    /// Why it failed, e.g. "the file is empty".
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The one-line form kb prints: "kb: error: PATH: REASON".
    public var description: String { "kb: error: \(path): \(reason)" }
}

/// Something a user should know about an input that was stored all the same.
public struct IngestWarning: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The one-line form kb prints: "kb: warning: PATH: MESSAGE".
    public var description: String { "kb: warning: \(path): \(message)" }
}

/// What became of one file that was read (files skipped by their stamp are not reported one by one).
public struct ArticleEvent: Sendable, Equatable {
    /// Stored for the first time, facts replaced, same text, another location of a stored text, or not stored.
    public enum Outcome: String, Sendable {
        case new, changed, unchanged, duplicate, failed
    }

    public var path: String
    public var outcome: Outcome
    /// The file's size: what was read.
    public var bytes: Int64

    /// The outcome told by how the summary's counts moved while the file was stored.
    init(path: String, bytes: Int64, before: IngestSummary, after: IngestSummary) {
        self.path = path
        self.bytes = bytes
        outcome = after.new > before.new ? .new : after.updated > before.updated ? .changed
            : after.duplicates > before.duplicates ? .duplicate : after.failed > before.failed ? .failed : .unchanged
    }
}

/// What one ingest run did.
public struct IngestSummary: Sendable, Equatable {
    /// Articles stored for the first time.
    public var new = 0
    /// Articles whose content changed and whose facts were replaced.
    public var updated = 0
    /// Articles whose content (and extractor) had not changed: no work done.
    public var unchanged = 0
    /// Inputs that could not be ingested; see `failures`.
    public var failed: Int { failures.count }
    /// Articles deleted because their file is gone (refresh with prune only).
    public var removed = 0
    /// Articles whose file is gone, kept with their facts and marked missing (refresh only).
    public var missing = 0
    /// Files opened and read; unchanged files recognised by their size and time are not.
    public var read = 0
    /// Files whose bytes equal a stored article's: recorded as another location of it, not a second article.
    public var duplicates = 0
    /// Inputs stored with something to say (bytes replaced), in order.
    public var warnings: [IngestWarning] = []
    /// Wall-clock duration of the run.
    public var seconds = 0.0
    /// One entry per failed input, in order.
    public var failures: [IngestFailure] = []

    public init() {}

    /// "ingested N new, U updated, K unchanged, F failed in S.SS s" (with ", D duplicates" when there are some
    /// and ", M missing, R removed" for a refresh).
    public func line(includingRemoved: Bool = false) -> String {
        let removedPart = includingRemoved ? ", \(missing) missing, \(removed) removed" : ""
        let time = String(format: "%.2f", seconds)
        let duplicatePart = duplicates == 0 ? "" : ", \(duplicates) duplicate\(duplicates == 1 ? "" : "s")"
        return "ingested \(new) new, \(updated) updated, \(unchanged) unchanged, \(failed) failed\(duplicatePart)\(removedPart) in \(time) s"
    }
}

extension IngestSummary {
    /// Back to what `committed` says was stored (new, updated, duplicates, warnings): a batch whose COMMIT failed
    /// stored nothing. Failures stay, since they were reported.
    mutating func restoreStoredCounts(from committed: IngestSummary) {
        new = committed.new
        updated = committed.updated
        duplicates = committed.duplicates
        warnings = committed.warnings
    }
}
