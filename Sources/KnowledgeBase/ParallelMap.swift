import Foundation

extension Array where Element: Sendable {
    /// `map` spread over all cores, results in input order. Reading, hashing and extracting articles are
    /// independent, so a run uses every core; only the database writes stay on one thread.
    func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = Slots<Result>(count: count)
        self.withUnsafeBufferPointer { items in
            // The buffer is only read here, and only while this call lasts.
            nonisolated(unsafe) let items = items
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.set(index, transform(items[index]))
            }
        }
        return slots.values()
    }
}

/// Result slots written from several threads, each index once, under a lock.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
