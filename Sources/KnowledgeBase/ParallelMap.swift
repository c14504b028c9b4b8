import Foundation

/// `map` on a few worker threads, handed back in input order through `next()`. Reading, hashing and extracting
/// articles are independent, so ingest runs them on every core while one thread writes; workers stay at most
/// `window` results ahead of the writer, so memory stays bounded however many files a run has.
final class OrderedParallelMap<Element: Sendable, Result: Sendable>: @unchecked Sendable {
    // Every field below is read and written under `condition`'s lock.
    private let condition = NSCondition()
    private let elements: [Element]
    private let transform: @Sendable (Element) -> Result
    private let window: Int
    private var started = 0
    private var delivered = 0
    private var finished: [Int: Result] = [:]
    private var cancelled = false

    /// Starts `workers` threads on `elements`; returns at once.
    init(_ elements: [Element], workers: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int = 32,
         _ transform: @escaping @Sendable (Element) -> Result) {
        self.elements = elements
        self.transform = transform
        self.window = max(1, window)
        for _ in 0..<max(1, min(workers, elements.count)) {
            let thread = Thread { [self] in work() }
            // Extraction runs on these threads (BoundedExtraction), with the stack a main thread would have.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The next result in input order, waiting for it; nil after the last one.
    func next() -> Result? {
        condition.lock()
        defer { condition.unlock() }
        guard delivered < elements.count, !cancelled else { return nil }
        while finished[delivered] == nil { condition.wait() }
        let result = finished.removeValue(forKey: delivered)
        delivered += 1
        condition.broadcast()
        return result
    }

    /// Stops handing out work (the consumer gave up); workers finish the element they hold and exit.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while !cancelled, started < elements.count, started >= delivered + window { condition.wait() }
            guard !cancelled, started < elements.count else {
                condition.unlock()
                return
            }
            let index = started
            started += 1
            condition.unlock()

            let result = transform(elements[index])

            condition.lock()
            finished[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }
}
