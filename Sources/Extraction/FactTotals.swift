/// GUIDELINES "Totals": a total the article itself breaks down into gifts already recorded is no row of its own
/// ("75 millions de dollars… : 15 en juillet, 30 en août et 30 en septembre" keeps the three gifts).
enum FactTotals {
    /// Drops each donation whose amount is the sum of a schedule of the same donor's gifts: two or more gifts of
    /// one sentence to one recipient, in one currency, each with its own date (or none dated, when the article
    /// gives no year). Equal gifts to several recipients ("5 millions chacun") are no schedule, so their sums
    /// never hide a real gift.
    static func donations(_ facts: [Donation]) -> [Donation] {
        var schedules: [[Int]] = []
        var bySentence: [Int: [Int]] = [:]
        for (i, fact) in facts.enumerated() where fact.money != nil {
            bySentence[fact.evidence.span.start, default: []].append(i)
        }
        for indices in bySentence.values where indices.count >= 2 {
            let dates = indices.map { facts[$0].date }
            guard Set(indices.map { facts[$0].recipient }).count == 1,
                  dates.allSatisfy({ $0 == nil }) || Set(dates.compactMap { $0 }).count == indices.count else { continue }
            schedules.append(indices)
        }
        var totals: Set<Int> = []
        for schedule in schedules {
            let first = facts[schedule[0]]
            guard schedule.allSatisfy({ facts[$0].donor == first.donor && facts[$0].money!.currency == first.money!.currency }) else { continue }
            let sum = schedule.reduce(0.0) { $0 + facts[$1].money!.amount }
            for (t, fact) in facts.enumerated() where !schedule.contains(t) && fact.donor == first.donor {
                if let money = fact.money, money.currency == first.money!.currency, abs(money.amount - sum) <= 0.005 * sum {
                    totals.insert(t)
                }
            }
        }
        return sharedTotals(facts.enumerated().filter { !totals.contains($0.offset) }.map(\.element))
    }

    /// Drops a sum told for several givers together ("Arnault et Pinault … dotant la fondation de 300 millions")
    /// when a later sentence gives one of them a smaller gift of their own: the article breaks the sum down.
    /// Amounts each giver gave ("each", "chacun") are no sum.
    static let distributive: Set<String> = ["each", "chacun", "chacune", "apiece", "respectivement"]

    static func sharedTotals(_ facts: [Donation]) -> [Donation] {
        var dropped: Set<Int> = []
        var groups: [String: [Int]] = [:]
        for (i, fact) in facts.enumerated() where fact.money != nil {
            groups["\(fact.evidence.span.start) \(fact.money!.amount) \(fact.money!.currency)", default: []].append(i)
        }
        for indices in groups.values where Set(indices.map { facts[$0].donor }).count >= 2 {
            let first = facts[indices[0]]
            // Whole words: "each" inside "reached" or "teach" is no distribution.
            let words = Folding.fold(first.evidence.text).split { !$0.isLetter }
            if words.contains(where: { Self.distributive.contains(String($0)) }) { continue }
            let donors = Set(indices.map { facts[$0].donor })
            let broken = facts.contains { part in
                donors.contains(part.donor) && part.evidence.span.start > first.evidence.span.start
                    && part.money.map { $0.currency == first.money!.currency && $0.amount < first.money!.amount } == true
            }
            if broken { dropped.formUnion(indices) }
        }
        return facts.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// Drops a contract told as a total ("six contracts … totaling $200 million") when two or more contracts of the same
    /// holder, each smaller, follow it in the article: the article breaks the total down.
    static func contracts(_ facts: [Contract]) -> [Contract] {
        facts.enumerated().filter { t, total in
            guard total.rule == "contract.total", let sum = total.money?.amount else { return true }
            let parts = facts.enumerated().filter { k, part in
                k != t && part.contractor == total.contractor && part.evidence.span.start > total.evidence.span.start
                    && (part.money?.amount ?? .infinity) < sum
            }
            return parts.count < 2
        }.map(\.element)
    }
}
