import SQLiteDB

/// Why a report or query could not run; every case but `database` is the user's to fix (exit status 2).
public enum ReportError: Error, CustomStringConvertible, Sendable {
    case unknownReport(String, available: [String], closest: [String])
    case unknownName(report: String, parameter: String, value: String, closest: [String])
    case badReportFile(String, line: Int, reason: String)
    case unknownParameter(report: String, name: String, allowed: [String])
    case missingParameter(report: String, name: String)
    case invalidValue(report: String, name: String, value: String, expected: String)
    case malformedArgument(String)
    case notReadOnly(String)
    case invalidSQL(String)
    case invalidQuery(report: String, message: String)
    case timedOut(seconds: Double)
    case database(SQLiteError)

    public var description: String {
        switch self {
        case .unknownReport(let name, let available, let closest):
            "unknown report '\(name)'" + (closest.isEmpty ? "" : " (did you mean \(Self.quoted(closest))?)")
                + "; available reports: \(available.joined(separator: ", "))"
        case .unknownName(let report, let parameter, let value, let closest):
            "report '\(report)': no person, company, agency or fund is called '\(value)' (\(parameter)=)"
                + (closest.isEmpty ? "" : "; closest known names: \(Self.quoted(closest))")
        case .badReportFile(let path, let line, let reason):
            "report file \(path)\(line > 0 ? ":\(line)" : ""): \(reason)"
        case .unknownParameter(let report, let name, let allowed):
            "report '\(report)' has no parameter '\(name)'; its parameters: "
                + (allowed.isEmpty ? "none" : allowed.joined(separator: ", "))
        case .missingParameter(let report, let name):
            "report '\(report)' needs \(name)=VALUE"
        case .invalidValue(let report, let name, let value, let expected):
            "report '\(report)': \(name)=\(value) is not \(expected)"
        case .malformedArgument(let argument):
            "expected a report parameter as name=value, got '\(argument)'"
        case .notReadOnly(let detail):
            "kb sql: only read-only queries are allowed: \(detail)"
        case .invalidSQL(let message):
            "kb sql: \(message)"
        case .invalidQuery(let report, let message):
            "report '\(report)': \(message)"
        case .timedOut(let seconds):
            "kb sql: the query ran for more than \(Self.seconds(seconds)) and was stopped "
                + "(--timeout SECONDS allows longer, 0 no limit)"
        case .database(let error):
            "database error: \(error.message)"
        }
    }

    /// 'a', 'b' or 'c'.
    static func quoted(_ names: [String]) -> String {
        let items = names.map { "'\($0)'" }
        return items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " or " + items.last!
    }

    /// "0 s", "5 s", "0.5 s".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    /// Whether the user can fix it by changing the command (exit status 2) rather than the database (3).
    public var isUsageError: Bool {
        if case .database = self { return false }
        return true
    }
}
