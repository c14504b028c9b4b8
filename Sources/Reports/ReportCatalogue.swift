import Foundation
import KnowledgeBase

/// The reports `kb query` knows: the built-in ones, then the user's (`--reports DIR`, `KB_REPORTS`).
public struct ReportCatalogue: Sendable {
    /// Every report, built-in ones first, in listing order.
    public let reports: [Report]

    /// The built-in reports alone.
    public static let builtIn = ReportCatalogue(reports: BuiltinReports.all)

    /// Every built-in report.
    public static var all: [Report] { builtIn.reports }

    /// The built-in report called `name` (or one of its other names).
    public static func report(named name: String) throws(ReportError) -> Report {
        try builtIn.report(named: name)
    }

    init(reports: [Report]) {
        self.reports = reports
    }

    /// The built-in reports and every `*.sql` file in `directories` (named after the file). A file that cannot
    /// be read or parsed, or that takes a name already used, is an error naming the file.
    public init(userDirectories directories: [String]) throws(ReportError) {
        var reports = BuiltinReports.all
        for directory in directories {
            let files: [String]
            do {
                files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".sql") }.sorted()
            } catch {
                throw .badReportFile(directory, line: 0, reason: "cannot list the folder (\(error.localizedDescription))")
            }
            for file in files {
                let path = (directory as NSString).appendingPathComponent(file)
                let name = String(file.dropLast(4))
                guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw .badReportFile(path, line: 0, reason: "a report's file name must be letters, digits, - and _ before .sql")
                }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw .badReportFile(path, line: 0, reason: "cannot be read as UTF-8 text")
                }
                let report = try ReportFile.parse(text, name: name, origin: path)
                let taken = Set(reports.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
                if let clash = ([report.name] + report.aliases).first(where: { taken.contains($0.lowercased()) }) {
                    throw .badReportFile(path, line: 0, reason: "the name '\(clash)' is already a report's")
                }
                reports.append(report)
            }
        }
        self.reports = reports
    }

    /// The report called `name` or one of its other names (any case), or an error that suggests the closest.
    public func report(named name: String) throws(ReportError) -> Report {
        let wanted = name.lowercased()
        if let report = reports.first(where: { $0.name.lowercased() == wanted || $0.aliases.map { $0.lowercased() }.contains(wanted) }) {
            return report
        }
        let names = reports.map(\.name)
        throw .unknownReport(name, available: names, closest: ClosestNames.names(to: name, in: names + reports.flatMap(\.aliases), limit: 3))
    }

    /// The catalogue as text for `kb query` without a report: each name, what it shows and its parameters.
    public func listing() -> String {
        let width = reports.map(\.name.count).max() ?? 0
        var lines: [String] = []
        for report in reports {
            var summary = report.summary
            if !report.aliases.isEmpty { summary += " (also: " + report.aliases.joined(separator: ", ") + ")" }
            if report.origin != "built-in" { summary += " [\(report.origin)]" }
            lines.append(report.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + summary)
            let parameters = report.parameters.map(\.usage).joined(separator: " ")
            if !parameters.isEmpty {
                lines.append(String(repeating: " ", count: width + 2) + parameters)
            }
        }
        lines.append("")
        lines.append("kb query REPORT --help shows a report's parameters; --reports DIR (or KB_REPORTS) adds your own .sql reports.")
        return lines.joined(separator: "\n") + "\n"
    }
}
