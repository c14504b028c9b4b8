import ArgumentParser
import Foundation
import KnowledgeBase
import Reports

/// `kb export`: the knowledge base in the formats of the tools journalists already use.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export to Gephi/Graphviz (graph), Aleph and FollowTheMoney tools (ftm), or Datasette.",
        discussion: """
            Output goes to stdout unless --output names a file.

            Examples:
              kb export graph --format gexf -o kb.gexf      # open in Gephi
              kb export graph --format dot | dot -Tsvg > kb.svg
              kb export ftm -o kb.ftm.json                   # ftm validate, or load into Aleph
              kb export datasette -o metadata.json && datasette kb.db -m metadata.json
            """,
        subcommands: [Graph.self, FtM.self, Datasette.self])

    /// Where an export goes: --output FILE or stdout.
    struct Destination: ParsableArguments {
        @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
        var output: String?

        /// Writes `text` to the file (replacing it whole, so that a failed export leaves no half file) or stdout.
        func write(_ text: String) throws {
            guard let output else {
                FileHandle.standardOutput.write(Data(text.utf8))
                return
            }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw ValidationError("cannot write \(output): \(error.localizedDescription)")
            }
        }
    }

    /// `kb export graph --format dot|graphml|gexf`.
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Entities as typed nodes; donations, contracts, disputes and roles as edges with amounts and dates.")

        /// The formats, as ArgumentParser lists them in help.
        enum Format: String, CaseIterable, ExpressibleByArgument { case dot, graphml, gexf }

        @Option(help: "dot (Graphviz), graphml or gexf (Gephi).") var format: Format = .gexf
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let db = try database.openReader()
            let graph = try GraphData.load(from: db.connection)
            try destination.write(GraphFormat(rawValue: format.rawValue)!.render(graph))
        }
    }

    /// `kb export ftm`.
    struct FtM: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ftm", abstract: "FollowTheMoney entities as JSON lines, with stable ids.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var destination: Destination

        func run() throws {
            let db = try database.openReader()
            var text = ""
            try FtMExport.write(from: db.connection) { text += $0 }
            try destination.write(text)
        }
    }

    /// `kb export datasette`.
    struct Datasette: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "datasette",
            abstract: "A Datasette metadata file whose canned queries are kb's reports (yours too, with --reports).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var catalogue: CatalogueOptions
        @OptionGroup var destination: Destination

        func run() throws {
            try destination.write(DatasetteExport.metadata(for: try catalogue.load(), databasePath: database.path))
        }
    }
}
