import ArgumentParser
import Extraction
import KnowledgeBase

/// The `kb` command: parses the command line, runs one subcommand, and turns its outcome into an exit status.
@main
struct KB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kb",
        abstract: "A knowledge base of money and power in tech and politics, built from news articles.",
        discussion: """
            kb reads articles (.txt, .md, .html) into a SQLite database of donations, contracts, disputes \
            and the people, companies, agencies and funds they involve, each fact with the sentence it came from.

            Examples:
              kb ingest articles/
              kb query donations donor=Musk --format csv
              kb sql "SELECT donor, amount FROM donation_facts WHERE amount > 1e6"

            The database is ./kb.db unless --db or the KB_DB environment variable says otherwise.
            Exit status: 0 success, 1 some input failed, 2 usage error, 3 database error, 75 another run holds the \
            database (--no-wait).
            """,
        version: "kb 0.1.0 (extractor \(Extractor.version), schema \(Schema.version))",
        subcommands: [Ingest.self, Refresh.self, SourceCommand.self, Query.self, SQL.self, EntityCommand.self, Export.self,
                      Alias.self, Check.self, BackupCommand.self, SchemaCommand.self])

    /// Runs the command and exits with the status DESIGN.md promises instead of ArgumentParser's own codes.
    static func main() {
        let status: Int32
        do {
            if let help = try Query.reportHelp(Array(CommandLine.arguments.dropFirst())) {
                print(help, terminator: "")
                exit(withError: nil)
            }
            var command = try parseAsRoot()
            try command.run()
            status = ExitStatus.success
        } catch {
            status = ExitStatus.report(error)
        }
        exit(withError: status == ExitStatus.success ? nil : ExitCode(status))
    }
}
