/// The reports shipped in the binary, in the order `kb query` lists them (their .sql files are in
/// Resources/reports; Package.swift embeds each one).
enum BuiltinReports {
    static let files: [(name: String, bytes: [UInt8])] = [
        ("donations", PackageResources.donations_sql),
        ("contracts", PackageResources.contracts_sql),
        ("disputes", PackageResources.disputes_sql),
        ("mentions", PackageResources.mentions_sql),
        ("people", PackageResources.people_sql),
        ("companies", PackageResources.companies_sql),
        ("agencies", PackageResources.agencies_sql),
        ("funds", PackageResources.funds_sql),
        ("articles", PackageResources.articles_sql),
        ("profile", PackageResources.profile_sql),
        ("connections", PackageResources.connections_sql),
        ("timeline", PackageResources.timeline_sql),
        ("top-donors", PackageResources.top_donors_sql),
        ("top-recipients", PackageResources.top_recipients_sql),
        ("top-contractors", PackageResources.top_contractors_sql),
        ("totals-by-agency", PackageResources.totals_by_agency_sql),
        ("search", PackageResources.search_sql),
        ("stats", PackageResources.stats_sql),
    ]

    /// Every built-in report, parsed once; a malformed built-in file is a bug the catalogue tests catch.
    static let all: [Report] = files.map { file in
        do {
            return try ReportFile.parse(String(decoding: file.bytes, as: UTF8.self), name: file.name)
        } catch {
            preconditionFailure("built-in report \(file.name).sql: \(error)")
        }
    }
}
