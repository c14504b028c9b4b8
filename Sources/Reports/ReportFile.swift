import Foundation
import KnowledgeBase
import SQLiteDB

/// Reads a report from its `.sql` text. The header is the comment lines at the top:
///
///     -- title: Donations
///     -- description: who gave how much to whom
///     -- also: gifts
///     -- param donor entity: the donor (name or alias)
///     -- param limit integer = 20: at most this many rows
///     -- param q search required also=query: words that must all appear
///     -- param kind choice(lawsuit|antitrust): the kind of dispute
///     -- style in_kind boolean
///     -- table: donor amount date evidence
///     --
///     -- Anything else in the header is notes, shown by `kb query REPORT --help`.
///
/// Parameter kinds: text, contains, entity, number, integer, date, search, choice(a|b|c).
public enum ReportFile {
    /// The report in `text`, named `name`; `origin` names the file in errors.
    public static func parse(_ text: String, name: String, origin: String = "built-in") throws(ReportError) -> Report {
        var title: String?, summary: String?
        var aliases: [String] = [], parameters: [ReportParameter] = [], styles: [String: Report.ColumnStyle] = [:]
        var notes: [String] = []
        var tableColumns: [String]?
        var sqlText: Substring = ""
        for (number, line) in Lines(text).enumerated() {
            let trimmed = line.trimmingSpaces()
            guard trimmed.hasPrefix("--") else {
                if trimmed.isEmpty { continue }
                // The header ends at its first other line: the rest of the file, as it is, is the SQL.
                sqlText = text[line.startIndex...]
                break
            }
            let body = trimmed.dropFirst(2).trimmingSpaces()
            func fail(_ reason: String) -> ReportError { .badReportFile(origin, line: number + 1, reason: reason) }
            if let value = field(body, "title") {
                title = value
            } else if let value = field(body, "description") {
                summary = value
            } else if let value = field(body, "table") {
                tableColumns = value.split(separator: " ").map(String.init)
            } else if let value = field(body, "also") {
                aliases += value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            } else if body.hasPrefix("param ") {
                guard let parameter = parameter(String(body.dropFirst(6))) else {
                    throw fail("expected '-- param NAME KIND [required] [= DEFAULT]: help', got '\(body)'")
                }
                parameters.append(parameter)
            } else if body.hasPrefix("style ") {
                let words = body.split(separator: " ")
                guard words.count == 3, let style = Report.ColumnStyle(rawValue: String(words[2])) else {
                    throw fail("expected '-- style COLUMN boolean|list', got '\(body)'")
                }
                styles[String(words[1])] = style
            } else if !body.isEmpty || !notes.isEmpty {
                notes.append(body)
            }
        }
        let sql = sqlText.trimmingWhitespace()
        guard !sql.isEmpty else { throw .badReportFile(origin, line: 0, reason: "no SQL after the header") }
        var report = Report(name: name, aliases: aliases, title: title, summary: summary ?? title ?? name,
                            notes: notes.joined(separator: "\n").trimmingWhitespace(),
                            sql: sql, parameters: parameters, styles: styles, origin: origin)
        report.tableColumns = tableColumns
        return report
    }

    /// The value of a `key: value` header line.
    private static func field(_ body: String, _ key: String) -> String? {
        guard body.hasPrefix(key + ":") else { return nil }
        return body.dropFirst(key.count + 1).trimmingSpaces()
    }

    /// "donor entity required = 20 also=x: help" as a parameter, or nil when malformed.
    static func parameter(_ text: String) -> ReportParameter? {
        guard let colon = text.range(of: ":") else { return nil }
        let help = text[colon.upperBound...].trimmingSpaces()
        var words = text[..<colon.lowerBound].split(separator: " ").map(String.init)
        guard words.count >= 2, isIdentifier(words[0]) else { return nil }
        let name = words.removeFirst()
        guard let kind = kind(words.removeFirst()) else { return nil }
        var parameter = ReportParameter(name, kind, help: help)
        while !words.isEmpty {
            let word = words.removeFirst()
            switch word {
            case "required": parameter.required = true
            case "unbound": parameter.isBound = false
            case "=":
                guard !words.isEmpty else { return nil }
                let value = words.removeFirst()
                parameter.defaultValue = Int64(value).map(SQLiteValue.integer) ?? Double(value).map(SQLiteValue.real) ?? .text(value)
            case _ where word.hasPrefix("also="):
                parameter.aliases += word.dropFirst(5).split(separator: ",").map(String.init)
                guard parameter.aliases.allSatisfy(isIdentifier) else { return nil }
            default: return nil
            }
        }
        return parameter
    }

    private static func kind(_ word: String) -> ReportParameter.Kind? {
        switch word {
        case "text": return .text
        case "contains": return .contains
        case "entity": return .entity
        case "number": return .number
        case "integer": return .integer
        case "date": return .date
        case "search": return .search
        default:
            guard word.hasPrefix("choice("), word.hasSuffix(")") else { return nil }
            let values = word.dropFirst(7).dropLast().split(separator: "|").map(String.init)
            return values.isEmpty ? nil : .choice(values)
        }
    }

    private static func isIdentifier(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        return word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
