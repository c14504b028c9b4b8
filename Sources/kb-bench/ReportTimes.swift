import Foundation

/// `kb-bench reports KB DB [--rounds K] [--only a,b] [--slowest N]`: the report latencies of `make bench` on an
/// existing database, without ingesting anything (to compare one change to the reports before and after).
enum ReportTimes {
    static func run(kb: String, database: String, rounds: Int, only: Set<String>, slowest: Int) throws {
        var latency = try ReportLatency(kb: kb, database: database)
        print("| report | p50 | p95 | no filter |")
        print("|---|---|---|---|")
        for report in try latency.listed() where only.isEmpty || only.contains(report.name) {
            let unfiltered = try latency.unfiltered(report)
            let runs = try latency.filtered(report, rounds: rounds)
            let times = runs.map(\.ms)
            print("| \(report.name) | \(fixed(percentile(times, 50), 1)) | \(fixed(percentile(times, 95), 1)) | "
                  + "\(unfiltered.map { fixed($0, 1) } ?? "–") |")
            for run in runs.sorted(by: { $0.ms > $1.ms }).prefix(slowest) {
                log("  \(report.name) \(run.filters.joined(separator: " ")): \(fixed(run.ms, 1)) ms")
            }
        }
    }
}
