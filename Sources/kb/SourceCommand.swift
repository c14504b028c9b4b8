import ArgumentParser
import KnowledgeBase
import Reports

/// `kb source`: the folders, files and web addresses `kb refresh` reads when given no paths.
struct SourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "Add, list or remove the sources `kb refresh` reads (folders, files, feeds, web pages).",
        discussion: """
            Sources live in the database, so a nightly `kb refresh --db FILE` needs nothing else. A folder is \
            read recursively; --include and --exclude take shell globs matched against the path under the \
            folder (or the file name alone when the glob has no /), and may be repeated.

            Examples:
              kb source add /data/articles --name press --exclude 'drafts/*'
              kb source add https://example.org/feed.xml --name example
              kb source list
              kb source remove press
            """,
        subcommands: [Add.self, List.self, Remove.self])

    /// `kb source add PATH|URL`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a folder, an article file, or a feed or page URL.",
            discussion: """
                Examples:
                  kb source add /data/articles
                  kb source add /data/mail --name newsletters --include '*.html' --exclude 'spam/*'
                """)

        @Argument(help: ArgumentHelp("A folder, an article file, or an http(s) URL.", valueName: "path-or-url"))
        var location: String
        @Option(help: "The source's name (default: the folder's or file's name, or the web host).") var name: String?
        @Option(help: ArgumentHelp("Read only the files matching this glob (repeatable).", valueName: "glob"))
        var include: [String] = []
        @Option(help: ArgumentHelp("Skip the files matching this glob (repeatable).", valueName: "glob"))
        var exclude: [String] = []
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let source = try Database(path: database.path)
                .addSource(location: location, name: name, filter: SourceFilter(include: include, exclude: exclude))
            StandardError.line("kb: added source '\(source.name)' (\(source.kind.rawValue)): \(source.location)")
        }
    }

    /// `kb source remove NAME`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a source (its articles and facts stay in the database).",
            discussion: """
                Examples:
                  kb source remove press
                """)

        @Argument(help: "The source's name, as `kb source list` shows it.") var name: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let lock = try WriterLock.acquire(database: database.path, wait: true, quiet: false)
            defer { withExtendedLifetime(lock) {} }
            let source = try Database(path: database.path).removeSource(named: name)
            StandardError.line("kb: removed source '\(source.name)'; its articles stay in the database")
        }
    }

    /// `kb source list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the sources, with their articles and when they were last refreshed.",
            discussion: """
                Examples:
                  kb source list
                  kb source list --format json
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOptions

        func run() throws {
            let db = try database.openReader()
            var rows: [[Cell]] = []
            for source in try db.sources() {
                let counts = source.kind == .web ? nil : try db.articleCounts(of: source)
                let globs = { (patterns: [String]) in patterns.isEmpty ? Cell.null : .text(patterns.joined(separator: " ")) }
                rows.append([.text(source.name), .text(source.kind.rawValue), .text(source.location),
                             globs(source.filter.include), globs(source.filter.exclude),
                             counts.map { .integer(Int64($0.articles)) } ?? .null,
                             counts.map { .integer(Int64($0.missing)) } ?? .null,
                             source.refreshedAt.map(Cell.text) ?? .null])
            }
            let columns = ["name", "kind", "location", "include", "exclude", "articles", "missing", "refreshed_at"]
            print(output.format.output.render(ResultTable(columns: columns, rows: rows)), terminator: "")
        }
    }
}
