import ArgumentParser
import Extraction
import KnowledgeBase
import Reports

/// `kb alias`: teach kb other names of an entity.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add, list or remove your own aliases of people, companies, agencies and funds.",
        discussion: """
            An alias makes the next ingest recognise a name as an entity; articles already stored are \
            read again then, since their facts may change. A --type that contradicts what kb knows of the name \
            is refused rather than creating a second entity of the same name.

            Examples:
              kb alias add "Elon Musk" Musk --type person
              kb alias add "Department of Defense" Pentagon --type agency
              kb alias list --format csv
              kb alias remove "Elon Musk" Musk
            """,
        subcommands: [Add.self, List.self, Remove.self])

    /// `kb alias add NAME ALIAS --type KIND`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an alias of an entity (created if new).",
            discussion: """
                Examples:
                  kb alias add "Elon Musk" Musk --type person
                  kb alias add "Ministère des Armées" "ministère de la Défense" --type agency
                """)

        /// The entity kinds, as ArgumentParser lists them in help.
        enum Kind: String, CaseIterable, ExpressibleByArgument {
            case person, company, agency, fund
        }

        @Argument(help: "The entity's canonical name.") var name: String
        @Argument(help: "The other name it goes by.") var alias: String
        @Option(help: "The entity's kind: person, company, agency or fund.") var type: Kind
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            // Aliases change what the next ingest extracts: written under the run lock, like any other change.
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let db = try Database(path: database.path)
            try db.addAlias(UserAlias(kind: EntityKind(rawValue: type.rawValue)!, name: name, alias: alias))
        }
    }

    /// `kb alias remove NAME ALIAS`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove one of your aliases (the next ingest reads the articles again).",
            discussion: """
                Examples:
                  kb alias remove "Elon Musk" Musk
                """)

        @Argument(help: "The entity's canonical name, as `kb alias list` shows it.") var name: String
        @Argument(help: "The alias to remove.") var alias: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            // Aliases change what the next ingest extracts: written under the run lock, like any other change.
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let db = try Database(path: database.path)
            try db.removeAlias(name: name, alias: alias)
        }
    }

    /// `kb alias list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List your aliases.",
            discussion: """
                Examples:
                  kb alias list
                  kb alias list --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let db = try Database(path: database.path, mode: .readOnly)
            let rows = try db.userAliases().map { alias -> [Cell] in
                [.text(alias.name), .text(alias.kind.rawValue), .text(alias.alias)]
            }
            print(output.format.output.render(ResultTable(columns: ["name", "type", "alias"], rows: rows)), terminator: "")
        }
    }
}

/// `kb schema`: the schema this kb writes.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the database schema (tables, views and their comments).",
        discussion: """
            Examples:
              kb schema
              kb schema | grep -A12 'CREATE TABLE donations'
            """)

    func run() {
        print(Schema.sql, terminator: Schema.sql.hasSuffix("\n") ? "" : "\n")
    }
}
