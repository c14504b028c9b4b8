import ArgumentParser
import Foundation
import KnowledgeBase
import Reports

/// `kb query`: run a canned report, or list them.
struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run a canned report (without one, list the reports and their parameters).",
        discussion: """
            Parameters are name=value pairs after the report name; they are bound as SQL parameters, \
            never pasted into SQL. An empty value means no filter. Names of people, companies, agencies \
            and funds match their aliases too, ignoring case, accents and spaces ("open ai" finds OpenAI). \
            `kb query REPORT --help` (or `kb query REPORT ?`) shows one report's parameters.

            Your own reports are .sql files with the same header as the built-in ones (see docs/reports.md), \
            in a folder given with --reports or KB_REPORTS (several folders: separated by ':').

            Examples:
              kb query
              kb query profile entity=altman
              kb query donations donor=Musk since=2024 --format json
              kb query contracts agency=Defense min_amount=1e6 --format csv
              kb query top-donors currency=USD limit=10
              kb query mentions --all --format csv
              kb query search q="inaugural fund" limit=5
            """)

    @Argument(help: ArgumentHelp("The report to run.", valueName: "report"))
    var report: String?

    @Argument(help: ArgumentHelp("Report parameters.", valueName: "name=value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Print at most this many rows (0: every row; default \(ReportPaging.defaultLimit), or the "
                               + "report's own limit=) at a terminal; into a pipe or a file every row. A note on stderr says how many were left out.", valueName: "n"))
    var limit: Int?

    @Flag(help: "Print every row (the same as --limit 0).")
    var all = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions
    @OptionGroup var catalogue: CatalogueOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 (every row) or more") }
    }

    func run() throws {
        let catalogue = try catalogue.load()
        guard let report else {
            print(catalogue.listing(), terminator: "")
            return
        }
        let chosen = try catalogue.report(named: report)
        if parameters == ["?"] {
            print(chosen.help, terminator: "")
            return
        }
        let arguments = ReportPaging.arguments(try ReportRunner.parseArguments(parameters), for: chosen, requested: limit, all: all)
        _ = try ReportRunner.bindings(for: chosen, arguments: arguments)  // usage errors before opening the database
        let db = try database.openReader()
        let rows = ReportPaging.limit(for: chosen, requested: limit, all: all, terminal: isatty(1) == 1)
        var leftOut = 0
        try output.stream(compact: true, tableColumns: chosen.tableColumns) { stream throws(ReportError) in
            leftOut = try ReportRunner.run(chosen, arguments: arguments, on: db.connection, into: stream, limit: rows)
        }
        if leftOut > 0, let rows {
            StandardError.line(ReportPaging.notice(report: chosen.name, shown: rows, leftOut: leftOut))
        }
    }

    /// `kb query REPORT --help`: ArgumentParser would show the command's own help, so main asks here first.
    /// Returns the report's help when `arguments` (after `kb`) are `query REPORT ... --help|-h`.
    static func reportHelp(_ arguments: [String]) throws -> String? {
        guard arguments.first == "query", arguments.contains("--help") || arguments.contains("-h") else { return nil }
        var reportsDirectories: [String] = []
        var name: String?
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--reports", index + 1 < arguments.count {
                reportsDirectories.append(arguments[index + 1])
                index += 2
                continue
            }
            if argument.hasPrefix("--reports=") { reportsDirectories.append(String(argument.dropFirst(10))) }
            if ["--db", "--format", "--limit"].contains(argument) { index += 2; continue }
            if name == nil, !argument.hasPrefix("-"), !argument.contains("=") { name = argument }
            index += 1
        }
        guard let name else { return nil }
        let catalogue = try CatalogueOptions(reports: reportsDirectories).load()
        return try catalogue.report(named: name).help
    }
}

/// `--reports DIR`: folders of the user's own `.sql` reports, beside the built-in ones.
struct CatalogueOptions: ParsableArguments {
    @Option(name: .customLong("reports"),
            help: ArgumentHelp("A folder of your own .sql reports (default: $KB_REPORTS, folders separated by ':').",
                               valueName: "dir"))
    var reports: [String] = []

    init() {}

    init(reports: [String]) {
        self.reports = reports
    }

    /// The catalogue: built-in reports, then those of --reports, else of $KB_REPORTS.
    func load() throws -> ReportCatalogue {
        var folders = reports
        if folders.isEmpty, let env = ProcessInfo.processInfo.environment["KB_REPORTS"], !env.isEmpty {
            folders = env.split(separator: ":").map(String.init)
        }
        return try ReportCatalogue(userDirectories: folders)
    }
}
