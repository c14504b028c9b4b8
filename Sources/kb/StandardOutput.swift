import Foundation

/// Report data on stdout as it comes: buffered up to 64 KB, flushed at the first row and at least every
/// 200 ms, so that `| head` sees rows at once and a large result never sits in memory.
final class StandardOutput {
    private var buffer: [UInt8] = []
    private var lastFlush = ContinuousClock.now
    private var flushedOnce = false

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if !flushedOnce || buffer.count >= 65_536 || ContinuousClock.now - lastFlush > .milliseconds(200) { flush() }
    }

    func flush() {
        flushedOnce = true
        lastFlush = .now
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
