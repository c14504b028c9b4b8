import Foundation
import KnowledgeBase

/// Where a run's messages go on stderr: errors always; the summary unless --quiet; with --verbose, a line per
/// file and per source, every line stamped with the time and its level; a progress bar on a terminal only
/// (nothing but the summary in a cron log); with --progress, a plain line every 100 files.
final class Console {
    enum Level: String {
        case error, warning, info, debug
    }

    let quiet: Bool
    let verbose: Bool
    private let plainProgress: Bool
    private var bar: ProgressBar?

    init(quiet: Bool, verbose: Bool, progress: Bool) {
        self.quiet = quiet
        self.verbose = verbose && !quiet
        plainProgress = progress && !quiet
        if !quiet && !verbose && StandardError.isTerminal { bar = ProgressBar() }
    }

    /// Writes one message: "kb: error: TEXT" (or a bare summary line), or with --verbose "TIME LEVEL TEXT".
    func line(_ level: Level, _ text: String) {
        switch level {
        case .error, .warning: break
        case .info: if quiet { return }
        case .debug: if !verbose { return }
        }
        bar?.clear()
        if verbose {
            StandardError.line("\(Self.timestamp()) \(level.rawValue.uppercased()) \(text)")
        } else {
            StandardError.line(level == .error || level == .warning ? "kb: \(level.rawValue): \(text)" : text)
        }
    }

    /// Connects an ingest run's failures, warnings, files and progress to this console.
    func attach(_ ingestor: Ingestor, prefix: String = "") {
        ingestor.onFailure = { [self] in line(.error, "\(prefix)\($0.path): \($0.reason)") }
        ingestor.onWarning = { [self] in line(.warning, "\(prefix)\($0.path): \($0.message)") }
        var bytes: Int64 = 0
        ingestor.onArticle = { [self] event in
            bytes += event.bytes
            line(.debug, "\(prefix)\(event.path): \(event.outcome.rawValue) (\(event.bytes) bytes)")
        }
        ingestor.onProgress = { [self] done, total in
            if plainProgress && done % 100 == 0 { line(.info, "kb: \(done) of \(total) files") }
            bar?.show(done: done, total: total, bytes: bytes)
        }
    }

    /// Clears the progress bar before the summary.
    func finishProgress() {
        bar?.clear()
    }

    /// "2026-12-04T19:00:00.123Z".
    static func timestamp() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var parts = tm()
        var seconds = time.tv_sec
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec, time.tv_nsec / 1_000_000)
    }
}

/// A one-line progress bar redrawn in place (at most ten times a second): files done of total, MB/s, ETA.
final class ProgressBar {
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var visible = false

    func show(done: Int, total: Int, bytes: Int64) {
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.1, total > 0 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let width = 30, filled = width * done / total
        let rate = Double(bytes) / 1_048_576 / elapsed
        let eta = done == 0 ? "?" : String(Int((Double(total - done) * elapsed / Double(done)).rounded()))
        let text = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            + "\(done)/\(total) files  " + String(format: "%.1f", rate) + " MB/s  ETA \(eta) s"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        visible = true
    }

    func clear() {
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
