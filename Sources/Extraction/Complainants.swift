/// "…fait suite aux plaintes déposées en 2018 par Privacy International et None of Your Business", "after complaints
/// filed by A and B": names coordinated after "par"/"by" behind a complaint word are the complainants of the case just
/// told, not two sides of a case of their own.
enum Complainants {
    static let complaintWords: WordSet = ["plainte", "plaintes", "complaint", "complaints", "signalement", "signalements"]

    /// The complainants when `dispute` is only the coordinated agents of a complaint, nil otherwise.
    static func agents(of dispute: Dispute, in context: SentenceContext) -> [EntityRef]? {
        let tokens = context.tokens
        let parties = dispute.parties.map(\.entity)
        guard parties.count >= 2, !dispute.parties.contains(where: { $0.side == .plaintiff }),
              let by = tokens.indices.first(where: { k in
                  ["par", "by"].contains(tokens[k]) && tokens[max(0, k - 6)..<k].contains(where: { complaintWords.contains($0) })
              }) else { return nil }
        // Every party is a name after "par", joined by commas and "et"/"and" only.
        let named = context.outerMentions.filter { m in m.tokens.lowerBound > by && m.entity.map(parties.contains) == true }
        guard let first = named.first, first.tokens.lowerBound <= by + 2, Set(named.compactMap(\.entity)) == Set(parties) else { return nil }
        for (a, b) in zip(named, named.dropFirst()) where !context.isCoordination(a.tokens.gap(to: b.tokens)) { return nil }
        return parties
    }

    /// Takes the complaint-only cases out of `found`: their complainants join the case the sentence tells, else the
    /// last case told (`recent` says whether it is near enough).
    static func join(_ found: inout [Dispute], into disputes: inout [Dispute], _ context: SentenceContext, recent: (Dispute) -> Bool) {
        let complaints = found.map { agents(of: $0, in: context) }
        guard complaints.contains(where: { $0 != nil }) else { return }
        var kept = zip(found, complaints).filter { $0.1 == nil }.map(\.0)
        for case let complainants? in complaints {
            func add(_ d: inout Dispute) {
                for entity in complainants where !d.parties.contains(where: { $0.entity == entity }) {
                    d.parties.append(DisputeParty(entity: entity, side: .plaintiff))
                }
            }
            if !kept.isEmpty { add(&kept[kept.count - 1]) } else if let last = disputes.indices.last, recent(disputes[last]) { add(&disputes[last]) }
        }
        found = kept
    }
}
