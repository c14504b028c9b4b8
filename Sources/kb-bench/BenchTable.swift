import Foundation

/// The markdown that `make bench` prints and puts in docs/benchmarks.md: one column per N, each cell the
/// median with the range of the runs; then report latencies and the planted facts' precision and recall.
enum BenchTable {
    static func markdown(_ results: [BenchResult]) -> String {
        guard let first = results.first else { return "" }
        var lines = ["Run \(first.date) on \(first.machine); \(first.kbVersion). Medians of \(first.runs) runs (min–max).", ""]
        let header = "| | " + results.map { "\($0.articles) articles (\(fixed(Double($0.textBytes) / 1e6, 1)) MB)" }.joined(separator: " | ") + " | target |"
        lines += [header, "|---|" + String(repeating: "---|", count: results.count) + "---|"]
        func row(_ label: String, _ target: String, _ cell: (BenchResult) -> String) {
            lines.append("| \(label) | " + results.map(cell).joined(separator: " | ") + " | \(target) |")
        }
        row("cold ingest, MB/s", "", { $0.ingestMBps.text() })
        row("cold ingest, articles/s", "", { $0.ingestArticlesPerSecond.text(0) })
        row("cold ingest, wall s", "", { $0.ingestSeconds.text() })
        row("cold ingest, CPU s (cores busy)", "2 cores busy", { "\($0.ingestCPUSeconds.text()) (\(fixed($0.ingestCoresBusy.median, 2)))" })
        row("cold ingest, peak RSS MB", "≤ 150", { $0.ingestPeakRSSMB.text(0) })
        row("baseline (SQLite + FTS5), MB/s", "", { $0.baselineMBps.text() })
        row("**ingest / baseline**", "≥ 0.50", { "**\($0.ingestToBaseline.text())**" })
        row("extraction alone, MB/s per CPU-second", "≥ 30", { "\($0.extractionMBpsPerCore.text()) (\($0.extractionSampleFiles) files)" })
        row("DB size / text size", "≤ 2", { "\(fixed($0.databaseToText, 2)) (\(fixed(Double($0.databaseBytes) / 1e6, 0)) MB)" })
        row("re-ingest unchanged, s", "≤ 2 at 100k", { $0.reingestSeconds.text() })
        row("`kb refresh` unchanged, s", "≤ 2 at 100k", { $0.refreshSeconds.text() })
        row("`kb refresh --reextract --all`, s", "≤ 60 at 100k", { $0.reextractSeconds.text() })
        row("planted facts, precision / recall", "≥ 0.95", {
            "\(fixed($0.plantedAll.precision, 3)) / \(fixed($0.plantedAll.recall, 3)) (\($0.plantedAll.matched) of \($0.plantedAll.planted))"
        })
        for kind in ["donation", "contract", "dispute"] {
            row("  \(kind)s, P / R", "", { result in
                guard let score = result.plantedByKind[kind] else { return "–" }
                return "\(fixed(score.precision, 3)) / \(fixed(score.recall, 3))"
            })
        }
        if results.count >= 2, let last = results.last {
            let ratio = last.ingestSeconds.median / first.ingestSeconds.median
            let size = Double(last.articles) / Double(first.articles)
            lines += ["", "Scaling: cold ingest of \(last.articles) articles took \(fixed(ratio, 1))× the time of \(first.articles) "
                      + "(\(fixed(size, 0))× the articles; target ≤ \(fixed(size * 1.1, 0))×)."]
        }
        lines += ["", "Report latency, ms: a fresh `kb query` process each time, CSV to /dev/null, a terminal's first page (`--limit 100`; top-* and search keep their own `limit=`). p50 and p95 of "
                  + "\(first.reports.first?.invocations ?? 0) runs with one or two filters drawn from the data (target p95 ≤ 50, "
                  + "`search` ≤ 100), and the report with no filter, which lists a whole table; medians of \(first.runs) runs.", ""]
        lines.append("| report | " + results.map { "\($0.articles): p50 | p95 | no filter" }.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---|---|---|", count: results.count))
        for report in first.reports.map(\.report) {
            let cells = results.map { result -> String in
                guard let latency = result.reports.first(where: { $0.report == report }) else { return "– | – | –" }
                return "\(fixed(latency.p50.median, 1)) | \(fixed(latency.p95.median, 1)) (\(fixed(latency.p95.min, 1))–\(fixed(latency.p95.max, 1)))"
                    + " | " + (latency.unfiltered.map { fixed($0.median, 1) } ?? "–")
            }
            lines.append("| \(report) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Puts the table between the markers of docs/benchmarks.md (appending them when missing).
    static func update(doc path: String, with table: String) throws {
        let begin = "<!-- bench:begin (written by make bench) -->", end = "<!-- bench:end -->"
        var text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "# Benchmarks\n"
        let block = begin + "\n" + table + end
        if let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) {
            text.replaceSubrange(start.lowerBound..<stop.upperBound, with: block)
        } else {
            text += "\n## Latest run\n\n" + block + "\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// bench/results/DATE-nN.json, every figure with its runs.
    static func save(_ result: BenchResult, in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let stamp = result.date.replacingOccurrences(of: ":", with: "").prefix(17)
        let path = folder + "/\(stamp)-n\(result.articles).json"
        try encoder.encode(result).write(to: URL(fileURLWithPath: path))
        return path
    }
}
