import ArgumentParser
import KnowledgeBase

/// `kb ingest`: read files and folders into the database.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles into the knowledge base (unchanged files are skipped).",
        discussion: """
            Reads .txt, .md, .html and .htm files, recursively in folders (hidden files are skipped), \
            extracts people, companies, agencies, funds, donations, contracts and disputes, and stores each \
            article in one transaction. A file whose content did not change is not read again; a changed \
            file has its facts replaced. A file that cannot be read is reported on stderr and the run goes on \
            (exit status 1 at the end).

            Examples:
              kb ingest examples/
              kb ingest --db /data/kb.db /data/articles/2025 extra/article.html
              KB_DB=/data/kb.db kb ingest --quiet --progress /data/articles
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var flags: IngestRunOptions

    @Argument(help: ArgumentHelp("Files and folders to read.", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder to ingest") }
    }

    func run() throws {
        try IngestRun(paths: paths, database: database.path, options: flags, removeMissing: false).execute()
    }
}

/// `kb refresh`: ingest, then forget articles whose file is gone; meant for cron.
struct Refresh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Ingest what is new or changed in every source (or the paths given) and mark what vanished (for cron).",
        discussion: """
            With no paths, refreshes every source added with `kb source add`, one summary line each; with \
            paths, refreshes those. A file whose size and modification time are those it had when last read is \
            not read again. An article whose file has disappeared keeps its facts and is marked missing \
            (articles.missing_since), or with --prune is deleted with its facts. A folder that is missing, \
            empty or unreadable (an unmounted disk, say), or that would lose more than --max-delete-share of \
            its stored articles at once, is reported as an error and nothing of it changes; the other \
            sources are refreshed. --prune-anyway deletes what is gone all the same. A web source (an RSS or \
            Atom feed, or a page) is fetched with the validators of its last answer, so an unchanged one costs \
            a 304; a 404, a timeout (--web-timeout) or a malformed feed fails that source alone.

            --reextract runs extraction again over the article text stored in the database, without the \
            original files, for every article an older extractor (or other aliases) read; --all re-extracts \
            every article. Each article's facts are replaced in one transaction.

            Examples:
              kb source add --db /data/kb.db /data/articles --name press --exclude 'drafts/*'
              kb refresh --db /data/kb.db
              kb refresh --db /data/kb.db --prune /data/articles
              0 3 * * * kb refresh --no-wait --db /data/kb.db >> /var/log/kb.log 2>&1
              kb refresh --db /data/kb.db --reextract
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var flags: IngestRunOptions

    @Option(help: ArgumentHelp("The largest share of a folder's stored articles one refresh may delete, as 50% or 0.5 "
                               + "(default: 50%).", valueName: "share"))
    var maxDeleteShare: DeleteShare = DeleteShare(fraction: 0.5)

    @Flag(help: "Delete the articles whose file is gone, with their facts, instead of marking them missing.")
    var prune = false

    @Flag(help: "Delete the articles whose file is gone even from an empty folder or beyond --max-delete-share.")
    var pruneAnyway = false

    @Option(help: ArgumentHelp("Seconds a web source may take to answer (default: 30).", valueName: "seconds"))
    var webTimeout: Double = 30

    @Flag(help: "Run extraction again over the stored text of the articles an older extractor read (no paths).")
    var reextract = false

    @Flag(help: "With --reextract: every article, whichever extractor read it.")
    var all = false

    @Argument(help: ArgumentHelp("Files and folders to mirror (default: every source).", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if reextract && !paths.isEmpty {
            throw ValidationError("--reextract works on the stored text: give no file or folder with it")
        }
        if all && !reextract { throw ValidationError("--all goes with --reextract") }
        if !(webTimeout > 0) { throw ValidationError("--web-timeout must be a number of seconds, more than 0") }
    }

    func run() throws {
        if reextract { return try ReextractRun(database: database.path, all: all, options: flags).execute() }
        let guardian = pruneAnyway ? nil : RemovalGuard(maxShare: maxDeleteShare.fraction)
        if paths.isEmpty {
            return try SourceRefreshRun(database: database.path, options: flags, prune: prune || pruneAnyway,
                                        removalGuard: guardian, webTimeout: webTimeout).execute()
        }
        try IngestRun(paths: paths, database: database.path, options: flags, removeMissing: true,
                      prune: prune || pruneAnyway, removalGuard: guardian).execute()
    }
}

/// The flags ingest and refresh share.
struct IngestRunOptions: ParsableArguments {
    @Flag(help: "Print only errors, not the summary line.")
    var quiet = false

    @Flag(help: "Print a line per file and per source, each with its time and level (INFO, DEBUG, WARNING, ERROR).")
    var verbose = false

    @Flag(help: "Print progress every 100 files even when stderr is not a terminal (a terminal gets a progress bar).")
    var progress = false

    @Flag(help: "Read every file again, even unchanged ones (after changing aliases by hand, say).")
    var force = false

    @Flag(help: "Exit with status 75 instead of waiting when another kb run is writing the database.")
    var noWait = false

    @Flag(help: "Follow symbolic links that lead outside the files and folders given (links inside them are always followed).")
    var followLinks = false

    @Option(help: ArgumentHelp("Seconds one file may take before it fails and the run goes on (default: 5 plus 5 per MB).",
                               valueName: "seconds"))
    var maxSeconds: Double?

    /// Where this run's messages go.
    func console() -> Console { Console(quiet: quiet, verbose: verbose, progress: progress) }

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other: give one") }
        if let maxSeconds, !(maxSeconds >= 0) { throw ValidationError("--max-seconds must be a number of seconds, 0 or more") }
    }

    var timeBudget: TimeBudget { maxSeconds.map { TimeBudget(maxSeconds: $0) } ?? .default }
}

/// One ingest or refresh run: the pipeline with its progress, failure lines and summary on stderr.
struct IngestRun {
    var paths: [String]
    var database: String
    var options: IngestRunOptions
    var removeMissing: Bool
    var prune = false
    var removalGuard: RemovalGuard? = nil

    func execute() throws {
        let lock = try WriterLock.acquire(database: database, wait: !options.noWait, quiet: options.quiet)
        defer { withExtendedLifetime(lock) {} }
        let db = try Database(path: database)
        let ingestor = Ingestor(database: db, options: IngestOptions(removeMissing: removeMissing, prune: prune, force: options.force, followLinks: options.followLinks,
                                                                  timeBudget: options.timeBudget, removalGuard: removalGuard))
        let console = options.console()
        console.attach(ingestor)
        console.line(.debug, "\(removeMissing ? "refreshing" : "ingesting") \(paths.joined(separator: ", ")) into \(database)")
        let summary: IngestSummary
        do {
            summary = try ingestor.ingest(paths)
        } catch {
            // A full disk or a locked database stops the run: say what is stored before saying why it stopped.
            console.finishProgress()
            if let stopped = ingestor.stoppedSummary {
                console.line(.info, stopped.line(includingRemoved: false) + " (stopped early)")
            }
            throw error
        }
        console.finishProgress()
        console.line(.info, summary.line(includingRemoved: removeMissing))
        if summary.failed > 0 { throw ExitCode(ExitStatus.inputFailed) }
    }
}
