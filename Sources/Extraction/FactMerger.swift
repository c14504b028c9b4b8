/// One fact per real-world event: repeats of a gift, a contract or a dispute within an article are merged.
enum FactMerger {
    /// Same donor and amount (or a repeat without amount) and compatible recipients are one donation.
    static func donations(_ facts: [Donation]) -> [Donation] {
        var out: [Donation] = []
        // Only a gift of the same donor can be a repeat: looking among those alone keeps long articles linear.
        var byDonor: [EntityRef: [Int]] = [:]
        for fact in facts.sorted(by: { ($0.money != nil ? 0 : 1, $0.evidence.span.start) < ($1.money != nil ? 0 : 1, $1.evidence.span.start) }) {
            let repeatIndex = byDonor[fact.donor, default: []].first { index in
                let kept = out[index]
                // Two amounts of one sentence ("30 millions en août et 30 millions en septembre") are two gifts.
                if kept.evidence.span == fact.evidence.span, let a = kept.moneyTokens, let b = fact.moneyTokens, a != b { return false }
                return kept.inKind == fact.inKind
                    && (fact.money == nil || kept.money.map { same($0, fact.money!) } ?? false)
                    && (kept.recipient == nil || fact.recipient == nil || kept.recipient == fact.recipient)
            }
            if let repeatIndex {
                if out[repeatIndex].recipient == nil { out[repeatIndex].recipient = fact.recipient }
                continue
            }
            byDonor[fact.donor, default: []].append(out.count)
            out.append(fact)
        }
        return out.sorted { $0.evidence.span.start < $1.evidence.span.start }
    }

    static func same(_ a: Money, _ b: Money) -> Bool {
        a.currency == b.currency && abs(a.amount - b.amount) <= 0.005 * max(a.amount, b.amount)
    }

    static func contracts(_ facts: [Contract]) -> [Contract] {
        var out: [Contract] = []
        // Only a contract of the same contractor can be a repeat.
        var byContractor: [EntityRef: [Int]] = [:]
        for fact in facts {
            let duplicate = byContractor[fact.contractor, default: []].first { index in
                let kept = out[index]
                return kept.date == fact.date
                    && (kept.agency == fact.agency || kept.agency == nil || fact.agency == nil)
                    && (kept.money == nil || fact.money == nil || same(kept.money!, fact.money!))
            }
            // "The companies winning Defense Department awards included A, B and C", then "A won a $848 million task
            // order from the Army": the summary told first, without an amount, is the award detailed later.
            let summary = fact.money == nil ? nil : byContractor[fact.contractor, default: []].first { index in
                let kept = out[index]
                return kept.money == nil && kept.agency != fact.agency && compatible(kept.date, fact.date)
            }
            if duplicate == nil, let summary {
                out[summary] = fact
            } else if let duplicate {
                // The repeat that gives the amount completes the one kept.
                if out[duplicate].money == nil, let money = fact.money { out[duplicate].money = money }
                if out[duplicate].agency == nil { out[duplicate].agency = fact.agency }
            } else {
                byContractor[fact.contractor, default: []].append(out.count)
                out.append(fact)
            }
        }
        return out
    }

    /// Two dates of one fact: equal, one missing, or one the other's month or year.
    static func compatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// Lawsuits between the same parties are one case; feuds merge only within the same year.
    static func disputes(_ facts: [Dispute]) -> [Dispute] {
        var out: [Dispute] = []
        // A repeat shares at least two parties with the fact: only disputes naming one of its parties are looked at.
        var byParty: [EntityRef: [Int]] = [:]
        for fact in facts {
            let parties = Set(fact.parties.map(\.entity))
            let candidates = Set(parties.flatMap { byParty[$0, default: []] }).sorted()
            if let index = candidates.first(where: { index in
                let kept = out[index]
                return (kept.kind == fact.kind || (Self.authority.contains(kept.kind) && Self.authority.contains(fact.kind)))
                    && Set(kept.parties.map(\.entity)).intersection(parties).count >= 2
                    && (parties.contains(kept.parties[0].entity) || kept.parties.contains { $0.entity == fact.parties[0].entity })
                    && Self.samePlaintiffs(kept, fact)
                    && (kept.kind == .lawsuit || kept.kind == .antitrust || closeYears(kept.date, fact.date))
                    && !Self.separateSanctions(kept, fact)
            }) {
                for party in fact.parties where !out[index].parties.contains(where: { $0.entity == party.entity }) {
                    out[index].parties.append(party)
                    byParty[party.entity, default: []].append(index)
                }
                continue
            }
            for party in parties { byParty[party, default: []].append(out.count) }
            out.append(fact)
        }
        return out
    }

    /// A regulator's fines of different amounts, or sanctions dated in different years, are separate cases.
    static func separateSanctions(_ a: Dispute, _ b: Dispute) -> Bool {
        guard authority.contains(a.kind) || authority.contains(b.kind) else { return false }
        // "Mis en demeure en 2022 et sanctionné d'une amende … en 2023": the steps one sentence tells are one case.
        if a.evidence.span == b.evidence.span, a.money == nil || b.money == nil { return false }
        // The same fine told again ("sanctionné d'une amende de 26 M€ en 2023" … "En novembre 2023, … 26 M€") is one case.
        if let x = a.money, let y = b.money, same(x, y) { return false }
        // Amounts in two currencies within a rate of each other are the same fine converted ("10 million euros ($11
        // million)" told elsewhere as "$11 million"); farther apart, two fines.
        if let x = a.money, let y = b.money, x.currency == y.currency ? !same(x, y) : !convertible(x, y) { return true }
        if let x = a.statedDate?.prefix(4), let y = b.statedDate?.prefix(4), x != y { return true }
        return false
    }

    /// Two amounts in different currencies that one exchange rate (within a factor of two) may join.
    static func convertible(_ a: Money, _ b: Money) -> Bool {
        let ratio = a.amount / max(b.amount, 1)
        return ratio >= 0.5 && ratio <= 2
    }

    /// Two suits against the same defendants by different plaintiffs are two cases.
    static func samePlaintiffs(_ a: Dispute, _ b: Dispute) -> Bool {
        let x = Set(a.parties.filter { $0.side == .plaintiff }.map(\.entity))
        let y = Set(b.parties.filter { $0.side == .plaintiff }.map(\.entity))
        let allA = Set(a.parties.map(\.entity)), allB = Set(b.parties.map(\.entity))
        return x.isEmpty || y.isEmpty || !x.isDisjoint(with: y) || x.isSubset(of: allB) || y.isSubset(of: allA)
    }

    /// Kinds one authority's case may be told as, sentence by sentence.
    static let authority: Set<DisputeKind> = [.regulatory, .antitrust]

    /// A feud in another year is another episode; one spanning New Year is the same.
    static func closeYears(_ a: String?, _ b: String?) -> Bool {
        guard let x = a.flatMap({ Int($0.prefix(4)) }), let y = b.flatMap({ Int($0.prefix(4)) }) else { return a == b }
        return abs(x - y) <= 1
    }
}
