import Foundation

/// Precision and recall of extracted facts against the planted ones, matched as score.py's core match does:
/// a donation by donor and amount, a contract by contractor and amount, a dispute by its parties.
public struct PlantedScore: Sendable, Equatable {
    /// One fact reduced to what a core match compares.
    public struct Fact: Sendable, Equatable {
        public enum Kind: String, Sendable { case donation, contract, dispute }
        public var kind: Kind
        /// Donor or contractor; for a dispute, its parties.
        public var names: [String]
        public var amount: Double?
        public init(kind: Kind, names: [String], amount: Double?) {
            self.kind = kind
            self.names = names
            self.amount = amount
        }
    }

    public var planted = 0, extracted = 0, matched = 0

    public init() {}

    public var precision: Double { extracted == 0 ? (planted == 0 ? 1 : 0) : Double(matched) / Double(extracted) }
    public var recall: Double { planted == 0 ? 1 : Double(matched) / Double(planted) }

    /// The planted facts of one article in the form `add` compares.
    public static func facts(of gold: GoldArticle) -> [Fact] {
        gold.donations.map { Fact(kind: .donation, names: [$0.donor], amount: $0.amount) }
            + gold.contracts.map { Fact(kind: .contract, names: [$0.contractor], amount: $0.amount) }
            + gold.disputes.map { Fact(kind: .dispute, names: $0.parties, amount: nil) }
    }

    /// Counts one article: each extracted fact may match one planted fact of its kind.
    public mutating func add(planted gold: [Fact], extracted found: [Fact]) {
        planted += gold.count
        extracted += found.count
        var free = Array(found.indices)
        for fact in gold {
            if let i = free.firstIndex(where: { Self.matches(fact, found[$0]) }) {
                matched += 1
                free.remove(at: i)
            }
        }
    }

    static func matches(_ gold: Fact, _ found: Fact) -> Bool {
        guard gold.kind == found.kind else { return false }
        let names = Set(found.names.map(fold))
        guard gold.names.allSatisfy({ names.contains(fold($0)) }) else { return false }
        guard let want = gold.amount else { return found.amount == nil || gold.kind == .dispute }
        guard let got = found.amount else { return false }
        return abs(got - want) <= 0.005 * abs(want)
    }

    /// Without case or accents, letters and digits only, as score.py compares names ("Lumentra Inc." is
    /// "lumentra inc", "Énergie" is "energie").
    static func fold(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(plain.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            .map(Character.init))
    }
}
