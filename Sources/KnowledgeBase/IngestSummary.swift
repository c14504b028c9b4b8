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
    /// Articles deleted because their file is gone (refresh only).
    public var removed = 0
    /// Wall-clock duration of the run.
    public var seconds = 0.0
    /// One entry per failed input, in order.
    public var failures: [IngestFailure] = []

    public init() {}

    /// "ingested N new, U updated, K unchanged, F failed in S.SS s" (with ", R removed" for a refresh).
    public func line(includingRemoved: Bool = false) -> String {
        let removedPart = includingRemoved ? ", \(removed) removed" : ""
        let time = String(format: "%.2f", seconds)
        return "ingested \(new) new, \(updated) updated, \(unchanged) unchanged, \(failed) failed\(removedPart) in \(time) s"
    }
}
