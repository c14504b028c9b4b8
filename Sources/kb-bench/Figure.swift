/// One measured quantity over several runs: the median, the range, and every run, as the results file keeps them.
struct Figure: Codable {
    var median: Double
    var min: Double
    var max: Double
    var runs: [Double]

    init(_ runs: [Double]) {
        let sorted = runs.sorted()
        self.runs = runs
        median = sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2]
            : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        min = sorted.first ?? 0
        max = sorted.last ?? 0
    }

    /// The figure with every run transformed (seconds to MB/s, say); min and max follow.
    func map(_ transform: (Double) -> Double) -> Figure { Figure(runs.map(transform)) }

    /// "1.23 (1.20–1.31)" with the given number of decimals.
    func text(_ decimals: Int = 2) -> String {
        "\(fixed(median, decimals)) (\(fixed(min, decimals))–\(fixed(max, decimals)))"
    }
}

/// The p-th percentile (0–100) of values, nearest rank.
func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(sorted.count, max(1, rank)) - 1]
}

/// A number with a fixed count of decimals, without Foundation's locale.
func fixed(_ value: Double, _ decimals: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale), part = Int(rounded.truncatingRemainder(dividingBy: scale))
    let sign = value < 0 && rounded > 0 ? "-" : ""
    guard decimals > 0 else { return sign + "\(whole)" }
    let digits = String(part)
    return sign + "\(whole)." + String(repeating: "0", count: decimals - digits.count) + digits
}
