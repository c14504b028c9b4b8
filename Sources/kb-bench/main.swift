import BenchCorpus
import Foundation

/// `kb-bench run KB [--n 10000,100000] [--runs 3] [--rounds 20] [--sample 2000] [--work DIR] [--results DIR]
///   [--doc FILE]` is `make bench`: it times KB on generated corpora and writes the table and the raw figures;
/// `kb-bench generate N DIR` writes the generated corpus (DIR/corpus) and its planted facts (DIR/gold);
/// `kb-bench reports KB DB [--rounds K] [--only a,b] [--slowest N]` times the reports alone on an existing database;
/// `kb-bench extract FILE...` times extraction alone (decode + extract, one thread, no SQLite);
/// `kb-bench baseline DB FILE_OR_FOLDER...` times the least a store of the same texts costs: one row and its FTS5
/// entry per article, one transaction each. extract and baseline print "bytes seconds".
let arguments = Array(CommandLine.arguments.dropFirst())
let usage = """
    usage: kb-bench run KB [--n N[,N...]] [--runs R] [--rounds K] [--sample F] [--work DIR] [--results DIR] [--doc FILE]
           kb-bench reports KB DB [--rounds K] [--only REPORT,...] [--slowest N]
           kb-bench generate N DIR | extract FILE... | baseline [--batch K] DB FILE_OR_FOLDER...

    """
guard let mode = arguments.first else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}

/// The value after each --option of `run`, checked.
func options(_ words: ArraySlice<String>) throws -> [String: String] {
    var values: [String: String] = [:]
    var rest = words
    while let word = rest.popFirst() {
        let known = ["--n", "--runs", "--rounds", "--sample", "--work", "--results", "--doc", "--only", "--slowest"]
        guard known.contains(word), let value = rest.popFirst() else { throw BenchError("unknown or incomplete option \(word)") }
        values[word] = value
    }
    return values
}

func positive(_ text: String?, _ fallback: Int, _ name: String) throws -> Int {
    guard let text else { return fallback }
    guard let value = Int(text), value > 0 else { throw BenchError("\(name) must be a positive whole number, not \(text)") }
    return value
}

do {
    switch mode {
    case "run" where arguments.count >= 2:
        let kb = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
        let given = try options(arguments.dropFirst(2))
        let counts = try (given["--n"] ?? "10000,100000").split(separator: ",").map { try positive(String($0), 0, "--n") }
        let work = URL(fileURLWithPath: given["--work"] ?? ".build/bench").standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let bench = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        var results: [BenchResult] = []
        for count in counts {
            let run = BenchRun(kb: kb, bench: bench, count: count, runs: try positive(given["--runs"], 3, "--runs"),
                               rounds: try positive(given["--rounds"], 20, "--rounds"),
                               extractSample: try positive(given["--sample"], 2_000, "--sample"), work: work)
            let result = try run.run()
            results.append(result)
            log("figures written to " + (try BenchTable.save(result, in: given["--results"] ?? "bench/results")))
        }
        let table = BenchTable.markdown(results)
        print(table, terminator: "")
        if let doc = given["--doc"] {
            try BenchTable.update(doc: doc, with: table)
            log("table written to \(doc)")
        }
    case "reports" where arguments.count >= 3:
        let given = try options(arguments.dropFirst(3))
        try ReportTimes.run(kb: URL(fileURLWithPath: arguments[1]).standardizedFileURL.path, database: arguments[2],
                            rounds: try positive(given["--rounds"], 20, "--rounds"),
                            only: Set((given["--only"] ?? "").split(separator: ",").map(String.init)),
                            slowest: given["--slowest"].flatMap { Int($0) } ?? 0)
    case "extract":
        let (bytes, seconds) = try ExtractionBench.run(paths: Array(arguments.dropFirst()))
        print(bytes, String(format: "%.4f", seconds))
    case "generate" where arguments.count == 3:
        guard let count = Int(arguments[1]), count >= 0 else {
            throw BenchError("generate: N must be a whole number, not \(arguments[1])")
        }
        try CorpusGenerator.write(count: count, to: arguments[2])
    case "baseline" where arguments.count >= 4 && arguments[1] == "--batch":
        let batch = try positive(arguments[2], 1, "--batch")
        let (bytes, seconds) = try BaselineBench.run(database: arguments[3], paths: Array(arguments.dropFirst(4)), batch: batch)
        print(bytes, String(format: "%.4f", seconds))
    case "baseline" where arguments.count >= 2:
        let (bytes, seconds) = try BaselineBench.run(database: arguments[1], paths: Array(arguments.dropFirst(2)))
        print(bytes, String(format: "%.4f", seconds))
    default:
        FileHandle.standardError.write(Data(("kb-bench: unknown mode or missing arguments: \(mode)\n" + usage).utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("kb-bench: error: \(error)\n".utf8))
    exit(1)
}
