import BenchCorpus
import Foundation

/// `make bench` for one N: generates (or reuses) the corpus, then times kb against the baseline and reads back
/// what kb stored. Every figure is RUNS runs; cold ingest and baseline alternate, so load on the machine weighs
/// on both alike.
struct BenchRun {
    var kb: String
    var bench: String
    var count: Int
    var runs: Int
    var rounds: Int
    var extractSample: Int
    var work: String

    func run() throws -> BenchResult {
        let folder = work + "/corpus-\(count)"
        try ensureCorpus(folder)
        let corpus = folder + "/corpus"
        let files = try BaselineBench.files([corpus])
        let bytes = try files.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int ?? 0) }
        let megabytes = Double(bytes) / 1e6
        let db = work + "/kb-\(count).db", baseDB = work + "/base-\(count).db"
        log("\(count) articles, \(fixed(megabytes, 1)) MB; \(runs) runs")

        var ingest: [ChildRun] = [], baseline: [ChildRun] = []
        for r in 0..<runs {
            remove(baseDB)
            baseline.append(try ChildRun.checked([bench, "baseline", baseDB, corpus]))
            remove(db)
            ingest.append(try ChildRun.checked([kb, "ingest", "--quiet", "--db", db, corpus]))
            log("run \(r + 1): ingest \(fixed(ingest[r].wall, 2)) s (cpu \(fixed(ingest[r].cpu, 2)) s), baseline \(fixed(baseline[r].wall, 2)) s")
        }
        remove(baseDB)
        let databaseBytes = [db, db + "-wal", db + "-shm"].reduce(0) {
            $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
        }
        let stored = try storedArticles(db)

        var extraction: [Double] = []
        let sample = Array(files.prefix(extractSample))
        for _ in 0..<runs {
            let (sampleBytes, seconds) = try ExtractionBench.run(paths: sample)
            extraction.append(Double(sampleBytes) / 1e6 / seconds)
        }
        log("extraction alone: \(Figure(extraction).text()) MB/s per core")

        let planted = try plantedScore(db)
        log("planted facts: precision \(fixed(planted.all.precision, 3)), recall \(fixed(planted.all.recall, 3))")

        var reingest: [Double] = [], refresh: [Double] = []
        for _ in 0..<runs {
            reingest.append(try ChildRun.checked([kb, "ingest", "--quiet", "--db", db, corpus]).wall)
            refresh.append(try ChildRun.checked([kb, "refresh", "--quiet", "--db", db, corpus]).wall)
        }
        log("unchanged: re-ingest \(Figure(reingest).text()) s, refresh \(Figure(refresh).text()) s")

        var latency = try ReportLatency(kb: kb, database: db)
        var reports: [BenchResult.Latency] = []
        for report in try latency.listed() {
            var p50: [Double] = [], p95: [Double] = [], whole: [Double] = []
            for _ in 0..<runs {
                let (unfiltered, times) = try latency.time(report, rounds: rounds)
                p50.append(percentile(times, 50))
                p95.append(percentile(times, 95))
                if let unfiltered { whole.append(unfiltered) }
            }
            reports.append(.init(report: report.name, p50: Figure(p50), p95: Figure(p95), invocations: rounds,
                                 unfiltered: whole.isEmpty ? nil : Figure(whole)))
            log("report \(report.name): p50 \(Figure(p50).text(1)) ms, p95 \(Figure(p95).text(1)) ms, "
                + "unfiltered \(whole.isEmpty ? "–" : Figure(whole).text(1)) ms")
        }

        var reextract: [ChildRun] = []
        for _ in 0..<runs {
            reextract.append(try ChildRun.checked([kb, "refresh", "--reextract", "--all", "--quiet", "--db", db]))
        }
        log("re-extract all: \(Figure(reextract.map(\.wall)).text()) s")
        remove(db)

        let wall = Figure(ingest.map(\.wall))
        return BenchResult(
            date: Self.now(), machine: Self.machine(), kbVersion: try version(), articles: count, storedArticles: stored,
            textBytes: bytes, runs: runs,
            ingestSeconds: wall, ingestCPUSeconds: Figure(ingest.map(\.cpu)),
            ingestCoresBusy: Figure(ingest.map { $0.cpu / $0.wall }),
            ingestMBps: wall.map { megabytes / $0 }, ingestArticlesPerSecond: wall.map { Double(count) / $0 },
            ingestPeakRSSMB: Figure(ingest.map(\.peakRSSMB)),
            databaseBytes: databaseBytes, databaseToText: Double(databaseBytes) / Double(max(1, bytes)),
            baselineSeconds: Figure(baseline.map(\.wall)), baselineMBps: Figure(baseline.map { megabytes / $0.wall }),
            ingestToBaseline: Figure(zip(ingest, baseline).map { $1.wall / $0.wall }),
            extractionMBpsPerCore: Figure(extraction), extractionSampleFiles: sample.count,
            reingestSeconds: Figure(reingest), refreshSeconds: Figure(refresh),
            reextractSeconds: Figure(reextract.map(\.wall)), reextractCPUSeconds: Figure(reextract.map(\.cpu)),
            reextractPeakRSSMB: Figure(reextract.map(\.peakRSSMB)),
            reports: reports, plantedByKind: planted.byKind, plantedAll: planted.all)
    }

    /// The corpus of N articles in `folder`, generated unless a finished one is there (its stamp names N and
    /// the generator's fingerprint).
    private func ensureCorpus(_ folder: String) throws {
        let stamp = folder + "/complete", expected = "\(count) \(CorpusGenerator.fingerprint)\n"
        if (try? String(contentsOfFile: stamp, encoding: .utf8)) == expected { return }
        log("generating \(count) articles in \(folder)")
        try? FileManager.default.removeItem(atPath: folder)
        try CorpusGenerator.write(count: count, to: folder)
        try expected.write(toFile: stamp, atomically: true, encoding: .utf8)
    }

    private func storedArticles(_ db: String) throws -> Int {
        let out = work + "/count.csv"
        _ = try ChildRun.checked([kb, "sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM articles"], output: out)
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(whereSeparator: \.isNewline)
        return Int(lines.last?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
    }

    private func version() throws -> String {
        let out = work + "/version.txt"
        _ = try ChildRun.checked([kb, "--version"], output: out)
        return try String(contentsOfFile: out, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The stored facts (as `kb query` gives them) against the planted ones, article by article.
    private func plantedScore(_ db: String) throws -> (byKind: [String: BenchResult.Planted], all: BenchResult.Planted) {
        var found: [String: [PlantedScore.Fact]] = [:]
        for (query, kind, key) in [("donations", PlantedScore.Fact.Kind.donation, "donor"),
                                   ("contracts", .contract, "contractor"), ("disputes", .dispute, "parties")] {
            let out = work + "/\(query).json"
            _ = try ChildRun.checked([kb, "query", query, "--db", db, "--format", "json"], output: out)
            let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [[String: Any]] ?? []
            for row in rows {
                let names = (row[key] as? [String]) ?? [(row[key] as? String) ?? ""]
                let article = (row["article"] as? String) ?? ""
                found[article, default: []].append(.init(kind: kind, names: names, amount: (row["amount"] as? NSNumber)?.doubleValue))
            }
            try? FileManager.default.removeItem(atPath: out)
        }
        var scores: [PlantedScore.Fact.Kind: PlantedScore] = [.donation: .init(), .contract: .init(), .dispute: .init()]
        var all = PlantedScore()
        for index in 0..<count {
            let article = CorpusGenerator.article(index)
            let planted = PlantedScore.facts(of: article.gold), extracted = found.removeValue(forKey: article.name) ?? []
            all.add(planted: planted, extracted: extracted)
            for kind in scores.keys {
                scores[kind]!.add(planted: planted.filter { $0.kind == kind }, extracted: extracted.filter { $0.kind == kind })
            }
        }
        // Facts under a name that is no generated article count against precision.
        for stray in found.values { all.add(planted: [], extracted: stray) }
        func plain(_ s: PlantedScore) -> BenchResult.Planted {
            .init(planted: s.planted, extracted: s.extracted, matched: s.matched, precision: s.precision, recall: s.recall)
        }
        return (Dictionary(uniqueKeysWithValues: scores.map { ($0.key.rawValue, plain($0.value)) }), plain(all))
    }

    private func remove(_ db: String) {
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    /// "Intel(R) Xeon(R) … , 2 cores, 7.8 GB, Linux 6.8.0".
    static func machine() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last?
            .trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("MemTotal") }?.split(separator: " ").dropFirst().first.flatMap { Double($0) }
        let system = ProcessInfo.processInfo.operatingSystemVersionString
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores"
            + (memory.map { ", \(fixed($0 / 1_048_576, 1)) GB" } ?? "") + ", \(system)"
    }
}

/// Progress on stderr, so stdout holds only the table.
func log(_ message: String) {
    FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
}
