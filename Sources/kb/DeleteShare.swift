import ArgumentParser
import KnowledgeBase

/// A share of articles given on the command line as a percentage ("50%") or a fraction ("0.5").
struct DeleteShare: ExpressibleByArgument, Sendable {
    /// The share, 0 to 1.
    var fraction: Double

    init(fraction: Double) {
        self.fraction = fraction
    }

    init?(argument: String) {
        let isPercent = argument.hasSuffix("%")
        guard let number = Double(isPercent ? String(argument.dropLast()) : argument) else { return nil }
        let fraction = isPercent ? number / 100 : number
        guard fraction >= 0, fraction <= 1 else { return nil }
        self.fraction = fraction
    }

    var defaultValueDescription: String { RemovalGuard.percent(fraction) }
}
