import Foundation

/// Every canned report, in the order `kb query` lists them.
public enum ReportCatalogue {
    public static let all: [Report] = [
        FactReports.donations, FactReports.contracts, FactReports.disputes, EntityReports.mentions,
        EntityReports.people, EntityReports.companies, EntityReports.agencies, EntityReports.funds,
        ArticleReports.articles, EntityReports.entity, ArticleReports.search,
    ]

    /// The report called `name`, or an error that lists the available ones.
    public static func report(named name: String) throws(ReportError) -> Report {
        guard let report = all.first(where: { $0.name == name }) else {
            throw .unknownReport(name, available: all.map(\.name))
        }
        return report
    }

    /// The catalogue as text for `kb query` without a report: each name, what it shows and its parameters.
    public static func listing() -> String {
        let width = all.map(\.name.count).max() ?? 0
        var lines: [String] = []
        for report in all {
            lines.append(report.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + report.summary)
            let parameters = report.parameters.map(\.usage).joined(separator: " ")
            if !parameters.isEmpty {
                lines.append(String(repeating: " ", count: width + 2) + parameters)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
