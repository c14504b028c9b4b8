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
    public static func bindings(for report: Report, arguments: [String: String]) throws(ReportError) -> [String: SQLiteValue] {
        let allowed = report.parameters.map(\.name)
        if let unknown = arguments.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .unknownParameter(report: report.name, name: unknown, allowed: allowed)
        }
        var bindings: [String: SQLiteValue] = [:]
        for parameter in report.parameters {
            guard let text = arguments[parameter.name], !text.isEmpty else {
                if parameter.required { throw .missingParameter(report: report.name, name: parameter.name) }
                bindings[parameter.name] = parameter.defaultValue
                continue
            }
            switch parameter.kind {
            case .text:
                bindings[parameter.name] = .text(text)
            case .contains:
                bindings[parameter.name] = .text(likeEscaped(text))
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

    /// `text` for `LIKE '%' || :x || '%' ESCAPE '\\'`: its wildcards and the escape character match themselves.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Runs `report` with `arguments` on `connection` (read-only is enough).
    public static func run(_ report: Report, arguments: [String: String], on connection: Connection) throws(ReportError) -> ResultTable {
        let collector = TableCollector()
        try stepRows(report, arguments: arguments, on: connection, into: collector)
        return report.postProcess?(collector.table) ?? collector.table
    }

    /// Runs `report`, handing rows to `receiver` as they come (a report that rewrites its result hands
    /// them over at the end).
    public static func run(_ report: Report, arguments: [String: String], on connection: Connection,
                           into receiver: some RowReceiver) throws(ReportError) {
        guard let postProcess = report.postProcess else {
            return try stepRows(report, arguments: arguments, on: connection, into: receiver)
        }
        let collector = TableCollector()
        try stepRows(report, arguments: arguments, on: connection, into: collector)
        let table = postProcess(collector.table)
        receiver.begin(columns: table.columns)
        for row in table.rows { receiver.write(row) }
        receiver.end()
    }

    private static func stepRows(_ report: Report, arguments: [String: String], on connection: Connection,
                                 into receiver: some RowReceiver) throws(ReportError) {
        let bindings = try bindings(for: report, arguments: arguments)
        do {
            let statement = try connection.prepare(report.sql)
            try statement.bind(named: bindings)
            let columns = statement.columnNames
            let styles = columns.map { report.styles[$0] }
            receiver.begin(columns: columns)
            while let row = try statement.step() {
                receiver.write(zip(row.values, styles).map { Cell($0, style: $1) })
            }
            receiver.end()
        } catch {
            // FTS5 reports a malformed search as an SQL error (code 1); that is the user's query, not the database.
            if report.takesQuerySyntax && error.code == 1 {
                throw .invalidQuery(report: report.name, message: "invalid search: \(error.message)")
            }
            throw .database(error)
        }
    }
}
