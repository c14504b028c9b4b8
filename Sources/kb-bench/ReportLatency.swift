import BenchCorpus
import Foundation
import SQLiteDB

/// Latency of every canned report that `kb query` lists at run time (so reports added or renamed are timed
/// without changing the benchmark), each run as a user at a terminal runs it: a fresh `kb query` process, CSV to /dev/null, the first page.
/// Parameters are drawn from the database: names it holds, dates of its articles, its article names.
struct ReportLatency {
    /// One report as the listing describes it.
    struct Listed {
        var name: String
        /// (parameter, type as listed: TEXT, DATE, NUMBER, INTEGER or "a|b|c"), and whether it is required.
        var parameters: [(name: String, type: String, required: Bool, hasDefault: Bool)]
    }

    let kb: String
    let database: String
    private var rng = SeededRandom(seed: 0x7265_706F_7274, index: 0)
    private let entities: [(kind: String, name: String)]
    private let articleNames: [String]
    private let dates: [String]

    init(kb: String, database: String) throws {
        self.kb = kb
        self.database = database
        let connection = try Connection(path: database, mode: .readOnly)
        entities = try connection.query("SELECT kind, name FROM entities ORDER BY id").compactMap { row in
            guard let kind = row.string("kind"), let name = row.string("name") else { return nil }
            return (kind, name)
        }
        articleNames = try connection.query("SELECT name FROM articles ORDER BY id").compactMap { $0.string("name") }
        dates = try connection.query("SELECT DISTINCT published FROM articles WHERE published IS NOT NULL ORDER BY 1")
            .compactMap { $0.string("published") }
        guard !entities.isEmpty, !articleNames.isEmpty else { throw BenchError("reports: the database is empty") }
    }

    /// The reports `kb query` lists.
    func listed() throws -> [Listed] {
        let file = NSTemporaryDirectory() + "kb-bench-listing-\(getpid()).txt"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try ChildRun.checked([kb, "query", "--db", database], output: file)
        var reports: [Listed] = []
        for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
            // The listing ends with a hint line ("kb query REPORT --help …"), which names no report.
            if line.hasPrefix("kb ") { continue }
            if line.first?.isWhitespace == false, let name = line.split(separator: " ").first {
                reports.append(Listed(name: String(name), parameters: []))
                continue
            }
            guard !reports.isEmpty else { continue }
            let words = line.split(separator: " ")
            for (i, word) in words.enumerated() {
                guard let equals = word.firstIndex(of: "=") else { continue }
                let next = i + 1 < words.count ? words[i + 1] : ""
                reports[reports.count - 1].parameters.append((String(word[..<equals]), String(word[word.index(after: equals)...]),
                                                              next == "(required)", next == "(default"))
            }
        }
        return reports
    }

    /// The arguments of one run: the required parameters, and one or two filters drawn from the data.
    mutating func arguments(for report: Listed, round: Int) -> [String] {
        var chosen = report.parameters.filter(\.required)
        let optional = report.parameters.filter { !$0.required && !$0.hasDefault }
        if round > 0, !optional.isEmpty {
            chosen.append(optional[(round - 1) % optional.count])
            if round % 3 == 0 { chosen.append(rng.pick(optional)) }
        }
        var seen = Set<String>()
        return chosen.filter { seen.insert($0.name).inserted }.map { "\($0.name)=\(value(for: $0.name, type: $0.type))" }
    }

    private mutating func value(for parameter: String, type: String) -> String {
        if type.contains("|") { return rng.pick(type.split(separator: "|").map(String.init)) }
        switch type {
        case "DATE": return dates.isEmpty ? "2024" : String(rng.pick(dates).prefix(rng.chance(50) ? 7 : 10))
        case "NUMBER": return rng.pick(["10000", "100000", "1000000", "10000000"])
        case "INTEGER": return "20"
        default: break
        }
        switch parameter {
        case "article": return rng.pick(articleNames)
        case "currency": return rng.pick(["USD", "EUR"])
        case "q":
            // A word or two that the articles hold: part of a name.
            let words = rng.pick(entities).name.split(separator: " ")
            return String(rng.pick(words))
        case "recipient": return pick(kind: "fund")
        case "agency": return pick(kind: "agency")
        case "contractor": return pick(kind: "company")
        default: return rng.pick(entities).name
        }
    }

    private mutating func pick(kind: String) -> String {
        for _ in 0..<50 {
            let entity = rng.pick(entities)
            if entity.kind == kind { return entity.name }
        }
        return rng.pick(entities).name
    }

    /// Milliseconds of the report with no filter (nil when it needs one), then of `rounds` filtered runs.
    mutating func time(_ report: Listed, rounds: Int) throws -> (unfiltered: Double?, filtered: [Double]) {
        (try unfiltered(report), try filtered(report, rounds: rounds).map(\.ms))
    }

    /// The page a person at a terminal gets (`kb query` pages only there): `--limit 100`, except for a report
    /// that bounds its rows with its own `limit` parameter (top-*, search), which keeps its default.
    func page(_ report: Listed) -> [String] {
        report.parameters.contains { $0.name == "limit" } ? [] : ["--limit", "100"]
    }

    /// Milliseconds of the report with no filter, or nil when it needs one.
    func unfiltered(_ report: Listed) throws -> Double? {
        guard !report.parameters.contains(where: \.required) else { return nil }
        return try ChildRun.checked([kb, "query", report.name, "--db", database, "--format", "csv"] + page(report)).wall * 1000
    }

    /// The filtered runs of `report` one by one: the filters given and the milliseconds taken.
    mutating func filtered(_ report: Listed, rounds: Int) throws -> [(filters: [String], ms: Double)] {
        var runs: [(filters: [String], ms: Double)] = []
        for round in 1...rounds {
            let filters = self.arguments(for: report, round: round)
            let arguments = [kb, "query", report.name] + filters + ["--db", database, "--format", "csv"] + page(report)
            runs.append((filters, try ChildRun.checked(arguments).wall * 1000))
        }
        return runs
    }
}
