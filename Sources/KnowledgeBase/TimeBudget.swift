import Foundation

/// How long one file may take to extract before it fails and the run goes on: 5 s plus 5 s per MB by
/// default, or a fixed number of seconds (`--max-seconds`).
public struct TimeBudget: Sendable {
    private let rule: @Sendable (Int) -> Double

    /// A budget computed from the file's size in bytes.
    public init(_ rule: @escaping @Sendable (Int) -> Double) {
        self.rule = rule
    }

    /// The same budget for every file.
    public init(maxSeconds: Double) {
        rule = { _ in maxSeconds }
    }

    /// 5 s plus 5 s per MB: ample for any news article, short enough that one pathological file cannot stall cron.
    public static let `default` = TimeBudget { bytes in 5 + 5 * Double(bytes) / (1024 * 1024) }

    /// The seconds a file of `bytes` bytes may take.
    public func seconds(forBytes bytes: Int) -> Double { rule(bytes) }

    /// "0 s", "5 s", "15.5 s".
    static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }
}

/// Runs extraction under a deadline on the calling thread. The extractor checks the deadline before each stage and
/// each sentence, and the splitter caps a sentence's length, so no stage runs long past it. (Until session 22 each
/// article had a thread of its own that the caller could abandon: ~10% of ingest's CPU, and an abandoned thread
/// kept a core busy anyway.)
enum BoundedExtraction {
    /// The extraction, or nil when it did not finish within `seconds`.
    static func run<Result>(seconds: Double, _ work: (ContinuousClock.Instant) -> Result?) -> Result? {
        let deadline = ContinuousClock.now + .milliseconds(Int64((min(max(0, seconds), 1e9) * 1000).rounded()))
        return work(deadline)
    }
}
