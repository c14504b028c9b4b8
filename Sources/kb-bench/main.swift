import BenchCorpus
import Foundation

/// `kb-bench generate N DIR` writes the generated corpus (DIR/corpus) and its planted facts (DIR/gold);
/// `kb-bench corpus EXAMPLES OUT N` writes N articles of ordinary length made from examples/;
/// `kb-bench extract FILE...` times extraction alone (decode + extract, one thread, no SQLite);
/// `kb-bench baseline DB FILE...` times the least a store of the same texts costs: one row and its FTS5 entry
/// per article, one transaction each. Each prints "bytes seconds" for scripts/bench.sh to turn into MB/s.
let arguments = Array(CommandLine.arguments.dropFirst())
guard let mode = arguments.first else {
    FileHandle.standardError.write(Data("usage: kb-bench generate N DIR | corpus EXAMPLES OUT N | extract FILE... | baseline DB FILE...\n".utf8))
    exit(2)
}
do {
    switch mode {
    case "extract":
        let (bytes, seconds) = try ExtractionBench.run(paths: Array(arguments.dropFirst()))
        print(bytes, String(format: "%.4f", seconds))
    case "generate" where arguments.count == 3:
        guard let count = Int(arguments[1]), count >= 0 else {
            FileHandle.standardError.write(Data("kb-bench: generate: N must be a whole number, not \(arguments[1])\n".utf8))
            exit(2)
        }
        try CorpusGenerator.write(count: count, to: arguments[2])
    case "corpus" where arguments.count == 4:
        try BenchCorpus.write(from: arguments[1], to: arguments[2], count: Int(arguments[3]) ?? 0)
    case "baseline" where arguments.count >= 2:
        let (bytes, seconds) = try BaselineBench.run(database: arguments[1], paths: Array(arguments.dropFirst(2)))
        print(bytes, String(format: "%.4f", seconds))
    default:
        FileHandle.standardError.write(Data("kb-bench: unknown mode \(mode)\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("kb-bench: error: \(error)\n".utf8))
    exit(1)
}
