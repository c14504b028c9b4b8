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

/// Runs extraction on a worker so that the caller can stop waiting at the deadline; the extractor itself also
/// stops at its next check once the deadline has passed, so an abandoned worker does not run on for long.
enum BoundedExtraction {
    /// The extraction, or nil when it did not finish within `seconds`.
    static func run<Result: Sendable>(seconds: Double, _ work: @escaping @Sendable (ContinuousClock.Instant) -> Result?) -> Result? {
        let deadline = ContinuousClock.now + .milliseconds(Int64((max(0, seconds) * 1000).rounded()))
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        // A thread of its own, not a dispatch queue: the caller already occupies a pool thread while it waits.
        let worker = Thread {
            box.set(work(deadline))
            done.signal()
        }
        worker.stackSize = 8 << 20
        worker.start()
        let wait = DispatchTime.now() + .milliseconds(Int(min(max(0, seconds), 1e7) * 1000))
        guard done.wait(timeout: wait) == .success else { return nil }
        return box.get()
    }

    /// One result handed from the worker to the waiting caller.
    private final class ResultBox<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var value: Value?

        func set(_ newValue: Value?) {
            lock.lock()
            value = newValue
            lock.unlock()
        }

        func get() -> Value? {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }
}
