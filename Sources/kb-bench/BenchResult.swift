/// Every figure of one `make bench` run on N articles, as bench/results/*.json keeps them.
struct BenchResult: Codable {
    /// Precision and recall of the stored facts against the planted ones.
    struct Planted: Codable {
        var planted: Int, extracted: Int, matched: Int, precision: Double, recall: Double
    }
    /// One report's latency in milliseconds: p50 and p95 of each run's filtered invocations, and the time of
    /// the report with no filter (the whole table, which grows with the archive).
    struct Latency: Codable {
        var report: String, p50: Figure, p95: Figure, invocations: Int, unfiltered: Figure?
    }

    var date: String
    var machine: String
    var kbVersion: String
    var articles: Int
    var storedArticles: Int
    var textBytes: Int
    var runs: Int

    // Cold ingest into a fresh database.
    var ingestSeconds: Figure
    var ingestCPUSeconds: Figure
    var ingestCoresBusy: Figure
    var ingestMBps: Figure
    var ingestArticlesPerSecond: Figure
    var ingestPeakRSSMB: Figure
    var databaseBytes: Int
    var databaseToText: Double

    // The baseline in the same run, and kb's share of its speed (run by run).
    var baselineSeconds: Figure
    var baselineMBps: Figure
    var ingestToBaseline: Figure

    var extractionMBpsPerCore: Figure
    var extractionSampleFiles: Int

    var reingestSeconds: Figure
    var refreshSeconds: Figure
    var reextractSeconds: Figure
    var reextractCPUSeconds: Figure
    var reextractPeakRSSMB: Figure

    var reports: [Latency]
    var plantedByKind: [String: Planted]
    var plantedAll: Planted
}
