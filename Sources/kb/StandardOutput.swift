import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

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
        var written = 0
        while written < buffer.count {
            let count = buffer.withUnsafeBytes { systemWrite(1, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            // The reader went away (`| head` has what it wanted): stop quietly, as programs do in pipelines.
            if count < 0 && errno == EPIPE { exit(0) }
            if count <= 0 { break }
            written += count
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
