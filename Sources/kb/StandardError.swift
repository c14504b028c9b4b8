import Foundation

/// Messages for people go to stderr, so that stdout carries only report data (`--format json` stays pure JSON).
enum StandardError {
    /// Writes `text` and a newline to stderr, unbuffered.
    static func line(_ text: String) {
        FileHandle.standardError.write(Data("\(text)\n".utf8))
    }

    /// Whether stderr is a terminal (progress is shown there by default, not in cron logs).
    static var isTerminal: Bool { isatty(2) == 1 }
}
