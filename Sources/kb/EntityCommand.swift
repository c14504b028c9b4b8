import ArgumentParser
import KnowledgeBase
import Reports

/// `kb entity`: look at entities and fix them (aliases, merges, renames), each change logged and undoable.
struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "List, show and fix entities: aliases, merges (and unmerges), renames.",
        discussion: """
            NAME is a canonical name or an alias, case, accents and spaces ignored ("open ai" is OpenAI); \
            when it names several entities, --type picks one. Every change is one transaction, recorded in \
            the entity_changes table (kb entity log), and a merge can be taken back with kb entity unmerge.

            Examples:
              kb entity list --type company
              kb entity show altman
              kb entity alias "Elon Musk" "E. Musk"
              kb entity merge "Open AI Inc" OpenAI
              kb entity unmerge "Open AI Inc"
              kb entity rename "Departement of Defense" "Department of Defense"
              kb entity log
            """,
        subcommands: [List.self, Show.self, AddAlias.self, Merge.self, Unmerge.self, Rename.self, Log.self])

    /// The entity kinds, as ArgumentParser lists them in help.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case person, company, agency, fund
    }

    /// `kb entity list [--type KIND]`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List entities with their kind, facts and aliases.")

        @Option(help: "Only entities of this kind: person, company, agency or fund.") var type: Kind?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions

        static let report = Report(
            name: "entity list", summary: "entities", sql: """
                SELECT e.name, e.kind AS type,
                       (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles,
                       (SELECT count(*) FROM donations WHERE donor_id = e.id OR recipient_id = e.id)
                       + (SELECT count(*) FROM contracts WHERE contractor_id = e.id OR agency_id = e.id)
                       + (SELECT count(*) FROM dispute_parties WHERE entity_id = e.id) AS facts,
                       (SELECT group_concat(alias, char(31)) FROM (
                            SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
                       e.kind || ':' || e.folded AS entity_key
                FROM entities e
                WHERE coalesce(:type, '') = '' OR e.kind = :type
                ORDER BY e.kind, e.name
                """,
            parameters: [ReportParameter("type", .choice(Kind.allCases.map(\.rawValue)), help: "kind")],
            styles: ["aliases": .list])

        func run() throws {
            let db = try database.openReader()
            try output.stream(compact: true) { stream throws(ReportError) in
                try ReportRunner.run(Self.report, arguments: type.map { ["type": $0.rawValue] } ?? [:],
                                     on: db.connection, into: stream)
            }
        }
    }

    /// `kb entity show NAME`: the profile report.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Everything about one entity (the profile report).")

        @Argument(help: "The entity's name or alias.") var name: String
        @Option(help: "Its kind, when the name is ambiguous.") var type: Kind?
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let profile = try ReportCatalogue.report(named: "profile")
            var arguments = ["entity": name]
            if let type { arguments["type"] = type.rawValue }
            let db = try database.openReader()
            try output.stream(compact: true, tableColumns: profile.tableColumns) { stream throws(ReportError) in
                try ReportRunner.run(profile, arguments: arguments, on: db.connection, into: stream)
            }
        }
    }

    /// `kb entity alias NAME ALIAS`.
    struct AddAlias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias", abstract: "Give an entity another name (the next ingest recognises it).")

        @Argument(help: "The entity's name or alias.") var name: String
        @Argument(help: "The other name it goes by.") var alias: String
        @Option(help: "Its kind, when the name is ambiguous.") var type: Kind?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try Database(path: database.path)
            let entity = try db.entity(named: name, kind: type?.rawValue)
            try db.addAlias(alias, to: entity)
            print("\(entity.label): alias '\(alias)' added")
        }
    }

    /// `kb entity merge FROM INTO`.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge FROM into INTO: its facts, mentions and aliases move; later ingests file FROM under INTO.")

        @Argument(help: "The entity that goes away.") var from: String
        @Argument(help: "The entity that stays.") var into: String
        @Option(help: "FROM's kind, when its name is ambiguous.") var fromType: Kind?
        @Option(help: "INTO's kind, when its name is ambiguous.") var intoType: Kind?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let db = try Database(path: database.path)
            let source = try db.entity(named: from, kind: fromType?.rawValue)
            let target = try db.entity(named: into, kind: intoType?.rawValue)
            let change = try db.merge(source, into: target)
            print("\(source.label) merged into \(target.label) (change \(change); kb entity unmerge '\(source.name)' undoes it)")
        }
    }

    /// `kb entity unmerge NAME`.
    struct Unmerge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unmerge",
            abstract: "Undo the latest merge of NAME (the merged entity's name, or the change number).")

        @Argument(help: "The name of the entity that was merged away, or the merge's change number.") var name: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let db = try Database(path: database.path)
            let change = try db.unmerge(name)
            print("merge of '\(name)' undone (change \(change))")
        }
    }

    /// `kb entity rename NAME NEWNAME`.
    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give an entity a new canonical name (the old one stays an alias).")

        @Argument(help: "The entity's name or alias.") var name: String
        @Argument(help: "Its new canonical name.") var newName: String
        @Option(help: "Its kind, when the name is ambiguous.") var type: Kind?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let db = try Database(path: database.path)
            let entity = try db.entity(named: name, kind: type?.rawValue)
            try db.rename(entity, to: newName)
            print("\(entity.label) renamed to '\(newName)'")
        }
    }

    /// `kb entity log`: the change log.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "List the entity changes: who, what, when.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let db = try database.openReader()
            try output.stream { stream throws(ReportError) in
                try AdHocQuery.run("""
                    SELECT id AS change, at, who, action, entity, detail, undone_by FROM entity_changes ORDER BY id
                    """, on: db.connection, into: stream)
            }
        }
    }
}
