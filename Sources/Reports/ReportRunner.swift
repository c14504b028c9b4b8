import KnowledgeBase
import SQLiteDB

/// Runs canned reports: checks the user's `name=value` arguments against the report, binds them, formats rows.
public enum ReportRunner {
    /// Splits `name=value` arguments (the value may contain "="; the last of a repeated name wins).
    public static func parseArguments(_ arguments: [String]) throws(ReportError) -> [String: String] {
        var values: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw .malformedArgument(argument)
            }
            values[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
        }
        return values
    }

    /// The SQL values of every parameter of `report`: the user's, converted to the parameter's type, or defaults.
    /// An empty value means "not set", so `donor=` clears a filter.
    public static func bindings(for report: Report, arguments given: [String: String]) throws(ReportError) -> [String: SQLiteValue] {
        let arguments = try canonical(given, for: report)
        var bindings: [String: SQLiteValue] = [:]
        for parameter in report.parameters {
            guard let text = arguments[parameter.name], !text.isEmpty else {
                if parameter.required { throw .missingParameter(report: report.name, name: parameter.name) }
                bindings[parameter.name] = parameter.defaultValue
                continue
            }
            guard text.count <= maxValueLength else {
                throw .invalidValue(report: report.name, name: parameter.name, value: String(text.prefix(20)) + "…",
                                    expected: "at most \(maxValueLength) characters long")
            }
            switch parameter.kind {
            case .text:
                bindings[parameter.name] = .text(text)
            case .contains:
                bindings[parameter.name] = .text(likeEscaped(text))
            case .entity:
                let key = NameFolding.key(text)
                guard !key.isEmpty else {
                    throw .invalidValue(report: report.name, name: parameter.name, value: text,
                                        expected: "a name (it has no letter or digit)")
                }
                bindings[parameter.name] = .text(key)
            case .date:
                guard ISODatePrefix.isValid(text) else {
                    throw .invalidValue(report: report.name, name: parameter.name, value: text,
                                        expected: "an ISO date or prefix (2024, 2024-12 or 2024-12-18)")
                }
                bindings[parameter.name] = .text(text)
            case .choice(let values):
                guard values.contains(text) else {
                    throw .invalidValue(report: report.name, name: parameter.name, value: text,
                                        expected: "one of " + values.joined(separator: ", "))
                }
                bindings[parameter.name] = .text(text)
            case .search:
                bindings[parameter.name] = .text(arguments["raw"] == "1" ? text : SearchText.ftsQuery(text))
            case .number:
                guard let number = Double(text), number.isFinite else {
                    throw .invalidValue(report: report.name, name: parameter.name, value: text, expected: "a number")
                }
                bindings[parameter.name] = .real(number)
            case .integer:
                guard let number = Int64(text) else {
                    throw .invalidValue(report: report.name, name: parameter.name, value: text, expected: "an integer")
                }
                bindings[parameter.name] = .integer(number)
            }
        }
        for parameter in report.parameters where !parameter.isBound { bindings[parameter.name] = nil }
        return bindings
    }

    /// The longest parameter value taken: far beyond any name or search, and short of SQLite's LIKE limits.
    public static let maxValueLength = 1000

    /// `arguments` under their parameters' own names (`name=` becomes `entity=`); unknown names are an error.
    static func canonical(_ arguments: [String: String], for report: Report) throws(ReportError) -> [String: String] {
        var out: [String: String] = [:]
        for key in arguments.keys.sorted() {
            guard let parameter = report.parameters.first(where: { $0.name == key || $0.aliases.contains(key) }) else {
                throw .unknownParameter(report: report.name, name: key, allowed: report.parameters.map(\.name))
            }
            if parameter.name == key || out[parameter.name] == nil { out[parameter.name] = arguments[key] }
        }
        return out
    }

    /// `text` for `LIKE '%' || :x || '%' ESCAPE '\\'`: its wildcards and the escape character match themselves.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// The statement `run` prepares for `report` with `bindings`: its optional filters settled (`OptionalFilters`).
    public static func sql(for report: Report, bindings: [String: SQLiteValue]) -> String {
        OptionalFilters.specialised(report.sql, bindings: bindings)
    }

    /// Runs `report` with `arguments` on `connection` (read-only is enough).
    public static func run(_ report: Report, arguments: [String: String], on connection: Connection) throws(ReportError) -> ResultTable {
        let collector = TableCollector()
        try run(report, arguments: arguments, on: connection, into: collector)
        return collector.table
    }

    /// Runs `report`, handing rows to `receiver` as they come: at most `limit` rows when one is given (see
    /// `ReportPaging`). Returns how many rows the limit left out (0 when none).
    @discardableResult
    public static func run(_ report: Report, arguments: [String: String], on connection: Connection,
                           into receiver: some RowReceiver, limit: Int? = nil) throws(ReportError) -> Int {
        let bindings = try bindings(for: report, arguments: arguments)
        try EntityNames.check(report, bindings: bindings, given: canonical(arguments, for: report), on: connection)
        do {
            let statement = try connection.prepare(sql(for: report, bindings: bindings))
            let declared = Set(report.parameters.filter(\.isBound).map { ":" + $0.name })
            // The statement run may have lost a filter the user's file gets wrong: the file as written is checked.
            let used = report.origin == "built-in" ? statement.parameterNames : try connection.prepare(report.sql).parameterNames
            if let stray = used.first(where: { !declared.contains($0) }) {
                throw ReportError.badReportFile(report.origin, line: 0,
                                                reason: "the SQL uses \(stray), which the header does not declare (-- param)")
            }
            try statement.bind(named: bindings.filter { declared.contains(":" + $0.key) && statement.parameterNames.contains(":" + $0.key) })
            let columns = statement.columnNames
            let styles = columns.map { report.styles[$0] }
            receiver.begin(columns: columns)
            var written = 0
            var leftOut = 0
            while let row = try statement.step() {
                if let limit, written >= limit {
                    leftOut = try ReportPaging.rowsLeft(in: statement)
                    break
                }
                receiver.write(zip(row.values, styles).map { Cell($0, style: $1) })
                written += 1
            }
            receiver.end()
            return leftOut
        } catch let error as ReportError {
            throw error
        } catch let error as SQLiteError {
            // FTS5 reports a malformed search as an SQL error (code 1); that is the user's query, not the database.
            if report.takesQuerySyntax && error.code == 1 {
                throw .invalidQuery(report: report.name, message: "invalid search: \(error.message)")
            }
            if report.origin != "built-in" && (error.code == 1 || error.code == 21) {
                throw .badReportFile(report.origin, line: 0, reason: error.message)
            }
            throw .database(error)
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
