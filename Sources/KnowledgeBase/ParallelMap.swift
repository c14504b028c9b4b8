import Foundation

/// `map` started on the global concurrent queue, one block per element, results collected in input order.
/// Reading, hashing and extracting articles are independent, so ingest uses every core for them, and starts
/// the next batch before writing the current one: only the database writes stay on one thread.
final class BackgroundMap<Result: Sendable>: @unchecked Sendable {
    // Each slot is written once, under the lock, by its own block; `wait()` reads them after `group.wait()`.
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var slots: [Result?]

    /// Starts `transform` on every element; returns at once.
    init<Element: Sendable>(_ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result) {
        slots = Array(repeating: nil, count: elements.count)
        for (index, element) in elements.enumerated() {
            DispatchQueue.global().async(group: group) {
                let result = transform(element)
                self.lock.lock()
                self.slots[index] = result
                self.lock.unlock()
            }
        }
    }

    /// Blocks until every element is done and returns the results in input order.
    func wait() -> [Result] {
        group.wait()
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
