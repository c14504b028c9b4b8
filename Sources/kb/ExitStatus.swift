import ArgumentParser
import KnowledgeBase
import Reports
import SQLiteDB

/// The exit statuses of kb, and the one-line message each error prints on stderr.
enum ExitStatus {
    static let success: Int32 = 0
    /// Some input (a file) failed; the rest was done.
    static let inputFailed: Int32 = 1
    /// The command line was wrong: unknown report, bad parameter, write attempted through `kb sql`.
    static let usage: Int32 = 2
    /// The database could not be opened, upgraded or written.
    static let database: Int32 = 3
    /// Another run holds the database and --no-wait was given: try again later (EX_TEMPFAIL).
    static let tempFail: Int32 = 75

    /// Prints what `error` needs printed (help goes to stdout, errors to stderr) and returns the exit status.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let code as ExitCode:
            return code.rawValue
        case let error as KBError:
            StandardError.line("kb: error: \(error)")
            if case .invalidAlias = error { return usage }
            if case .invalidSource = error { return usage }
            if case .invalidBackup = error { return usage }
            if case .entityChange = error { return usage }
            return database
        case let error as ReportError:
            StandardError.line("kb: error: \(error)")
            return error.isUsageError ? usage : database
        case let error as SQLiteError:
            StandardError.line("kb: error: database error: \(error.message)")
            return database
        default:
            let code = KB.exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, on stdout.
                print(KB.fullMessage(for: error))
                return success
            }
            let message = KB.message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            StandardError.line("kb: error: \(message) (see `kb help`)")
            return code == .validationFailure ? usage : code.rawValue
        }
    }
}
