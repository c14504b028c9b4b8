/// The time a connection's statements spend inside SQLite, against a limit; read by the progress handler.
final class QueryClock {
    let limit: Duration
    private var used: Duration = .zero
    private var started: ContinuousClock.Instant?
    /// Whether the handler found the limit used up (and so interrupted a statement).
    private(set) var exceeded = false

    init(limit: Duration) {
        self.limit = limit
    }

    /// A step begins.
    func start() {
        started = .now
    }

    /// A step ended: its time is added to the time used.
    func stop() {
        if let started { used += ContinuousClock.now - started }
        started = nil
    }

    /// Whether the time used, the current step included, has reached the limit.
    var isOver: Bool {
        let current = started.map { ContinuousClock.now - $0 } ?? .zero
        if used + current >= limit { exceeded = true }
        return exceeded
    }
}
