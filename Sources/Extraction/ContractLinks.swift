/// Contracts told as a link between two parties rather than an award: "le contrat liant Acme au ministère
/// de la Défense", "l'entente signée entre le ministère X et la société Acme", "a contract between the Navy and
/// Acme", and lists of holders: "the contracts already signed with Acme, Globex and Initech".
extension ContractRules {
    static let linkWords = LexiconData.forms("contract.link")
    static let withWords: WordSet = ["with", "avec"]
    /// Asked of every token: a set built once, not a literal list built at each.
    static let agreementNouns: WordSet = ["entente", "convention"]

    func linked(_ context: SentenceContext, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        // The lists read once, not through their static accessors at every token.
        let contractWords = Self.contractWords, agreementNouns = Self.agreementNouns
        let nouns = tokens.indices.filter { (contractWords.contains(tokens[$0]) && isContractNoun(context, $0))
            || (tokens[$0].lists & SentenceList.tokenScans.bit != 0 && agreementNouns.contains(tokens[$0])) }
        // "the contract with HIPRA complements … the contracts already signed with A, B and C": each noun its own link.
        var best: [Contract] = []
        for noun in nouns {
            let found = linked(context, noun: noun, lastAgency: lastAgency)
            if found.contains(where: { $0.rule == "contract.link" }) { return found }
            if found.count > best.count { best = found }
        }
        return best
    }

    private func linked(_ context: SentenceContext, noun: Int, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        let window = tokens.indices.filter { $0 > noun && $0 <= noun + 4 }
        let date = context.sentenceDate ?? context.published
        // "liant A à B", "between A and B", "signée entre A et B".
        if let link = window.first(where: { Self.linkWords.contains(tokens[$0]) }) {
            let parties = context.outerMentions.filter { $0.tokens.lowerBound > link && $0.kind != .fund && $0.kind != .person }.prefix(2)
            guard parties.count == 2 else { return [] }
            // "entre le ministère et la société Acme", "liant Acme au ministère": the two sides are joined directly.
            let gap = tokens[parties[parties.startIndex].tokens.gap(to: parties[parties.startIndex + 1].tokens)]
            guard gap.count <= 4, gap.contains(where: { ["et", "and"].contains($0) || Lexicon.isTo($0) }) else { return [] }
            let agencies = parties.filter { $0.kind == .agency }
            let holders = parties.filter { $0.kind != .agency }
            guard agencies.count == 1, holders.count == 1, let holder = holders.first, let agency = agencies.first?.entity else { return [] }
            let contractor = holder.entity ?? EntityRef(.company, holder.surface)
            return [Contract(contractor: contractor, agency: agency, money: attachedMoney(context, noun: noun)?.money ?? onlyMoney(context),
                             date: date, endDate: nil, evidence: context.evidence, rule: "contract.link", confidence: 0.6)]
        }
        // "the contracts already signed with A, B and C": each holder of the list.
        guard let with = window.first(where: { Self.withWords.contains(tokens[$0]) }) else { return [] }
        var holders: [SentenceMention] = []
        for m in context.outerMentions where m.tokens.lowerBound > with {
            if let last = holders.last {
                guard context.isCoordination(last.tokens.gap(to: m.tokens)) else { break }
            } else if m.tokens.lowerBound - with > 2 {
                break
            }
            guard m.kind == .company || m.kind == nil else { break }
            holders.append(m)
        }
        let named = context.outerMentions.first { $0.kind == .agency }?.entity
        let agency = named ?? lastAgency
        // One holder needs its buyer in the sentence ("an agreement with Edeline Lee" is no government contract).
        guard agency != nil, holders.count >= 2 || (holders.count == 1 && named != nil) else { return [] }
        return holders.map { holder in
            Contract(contractor: holder.entity ?? EntityRef(.company, holder.surface), agency: agency, money: nil, date: nil, endDate: nil,
                     evidence: context.evidence, rule: "contract.signed-with", confidence: 0.5)
        }
    }

    /// The sentence's only amount, when it has exactly one.
    private func onlyMoney(_ context: SentenceContext) -> Money? {
        context.money.count == 1 ? context.money.first?.money : nil
    }

    /// "The Home Office paid Acme £30 million for its services": money a government body paid a company.
    func paid(_ context: SentenceContext) -> [Contract] {
        let tokens = context.tokens
        guard let verb = tokens.indices.first(where: { Self.paidVerbs.contains(tokens[$0]) }),
              let payer = context.subjects(before: verb, kinds: [.agency], allowUnknown: false).last?.entity,
              !context.isNegated(from: max(0, verb - 4), to: verb + 1), !context.contains(Self.grantWords) else { return [] }
        let payee: SentenceMention, money: MoneyMatch
        if let named = context.outerMentions.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound <= verb + 3 }),
           let sum = context.money.first(where: { $0.tokens.lowerBound >= named.tokens.upperBound && $0.tokens.lowerBound <= named.tokens.upperBound + 2 }) {
            (payee, money) = (named, sum)
        } else if let sum = context.money.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound <= verb + 2 }),
                  sum.tokens.upperBound < tokens.count, Lexicon.isTo(tokens[sum.tokens.upperBound]),
                  let named = context.outerMentions.first(where: { $0.tokens.lowerBound > sum.tokens.upperBound && $0.tokens.lowerBound <= sum.tokens.upperBound + 3 }) {
            // "Le gouvernement fédéral a versé 225 millions à IBM Canada": the sum before the payee.
            (payee, money) = (named, sum)
        } else {
            return []
        }
        guard payee.kind == .company || payee.kind == nil else { return [] }
        return [Contract(contractor: payee.entity ?? EntityRef(.company, payee.surface), agency: payer, money: money.money,
                         date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                         rule: "contract.paid", confidence: 0.6)]
    }

    static let paidVerbs = LexiconData.forms("contract.paid").flagged(.paid)
    /// Money given as aid, not for a service: "versé 5 M€ d'aides à X", "paid $2m in subsidies to X".
    static let grantWords = LexiconData.forms("contract.grant")

    /// "Acme fournira 200 véhicules à la gendarmerie pour 45 millions d'euros", "Acme will supply the Army with
    /// radios for $30 million": a company supplying a government body for a price.
    func supplied(_ context: SentenceContext) -> [Contract] {
        let tokens = context.tokens
        guard context.money.count == 1, let money = context.money.first,
              let verb = tokens.indices.first(where: { Self.supplyVerbs.contains(tokens[$0]) }),
              let supplier = context.subjects(before: verb, kinds: [.company], allowUnknown: true).last,
              supplier.kind == .company || supplier.kind == nil,
              let buyer = context.outerMentions.first(where: { m in m.kind == .agency && m.tokens.lowerBound > verb
                  && (Lexicon.isTo(tokens[m.tokens.lowerBound - 1]) || (m.tokens.lowerBound >= 2 && Lexicon.isTo(tokens[m.tokens.lowerBound - 2]))
                      || (verb + 3 >= m.tokens.lowerBound)) })?.entity,
              !context.isNegated(from: max(0, verb - 4), to: verb + 1) else { return [] }
        return [Contract(contractor: supplier.entity ?? EntityRef(.company, supplier.surface), agency: buyer, money: money.money,
                         date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                         rule: "contract.supply", confidence: 0.55)]
    }

    static let supplyVerbs = LexiconData.forms("contract.supply").flagged(.supply)
}
