import Foundation

/// The known names closest to a misspelt one, for "did you mean" suggestions.
public enum ClosestNames {
    /// Up to `limit` of `candidates`, closest first by edit distance on their folded forms (a candidate that
    /// contains the name counts as close); nothing farther than about half the name.
    public static func names(to name: String, in candidates: [String], limit: Int,
                             key: (String) -> String = { $0.lowercased().folding(options: .diacriticInsensitive, locale: nil) }) -> [String] {
        let target = Array(key(name))
        var scored: [(Int, String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = Array(key(candidate))
            var score = distance(target, folded)
            if folded.count > target.count, String(folded).contains(String(target)) { score = min(score, 1) }
            if score <= max(2, target.count / 2) { scored.append((score, candidate)) }
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }

    /// Levenshtein distance.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
