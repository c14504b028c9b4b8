/// The word lists the rules ask of nearly every sentence ("does it say campaign, contract, lawsuit…?") or token, one
/// bit each. Each token stores the bits of its word (`Token.lists`) and a sentence ORs its tokens' bits once
/// (`SentenceContext`), so each question costs an AND instead of a hash probe or a set intersection (intersections
/// were the largest single cost of extraction). A list takes part by being declared `.flagged(case)`; any other
/// list is still asked by hash.
///
/// Adding a flagged list: add a case here and its set to `words`, and build the set with `.flagged(.thatCase)`
/// (`masks` checks both at start-up). The bits are a `ListMask` of two words: cases 0–63 are its `low` word and
/// 64–127 its `high` one, so up to 128 lists fit; a case's position only decides its word (a test of a list whose
/// bit is a constant reads that word alone). Past 128, give `ListMask` a third word (its `init(bit:)`, `&`, `|`,
/// `|=` and `width`); nothing else changes.
enum SentenceList: Int, CaseIterable, Sendable {
    case political, gift, donorNouns, trigger, stop, inKind, cash, vagueAmounts, loan
    case contractWords, awardVerbs, strongAwardVerbs, renewal, subcontract, suit, takeover, bidNouns, callVerbs
    case caseWords, classify, lawsuit, antitrust, monopoly, blame, disputeAward, fine, carriers
    case quantifierEnds
    // Asked of every token by the recognisers, so that most tokens are told with an AND.
    case agencyLowerHeads, fundingRounds, descriptionHeads
    // Asked of tokens one by one.
    case purchase, loss, paid, supply, service, receiving, feud, licence, contest
    case prepositions, personTitles, agencyHeads, orgSlots, determiners, negations, clauseBreaks, auxiliaries
    case passiveAuxiliaries, moneyCodes, spelledNumbers, inauguralTriggers, frenchWords, englishWords, regulator
    case dateWords, governmentWords, selection, same, minister
    // Prefilters: unions of lists that some rule asks of every token of a sentence. A token outside the union is told
    // at one AND, before any of its lists is probed (`sourceOrFunded`: the received-gift rule; `tokenScans`: the
    // contract-link nouns and the unattributed gift's verbs).
    case sourceOrFunded, tokenScans
    // Asked of every sentence by the extractor (the last government sentence) and the feud-phrase rule: scanned by
    // hash, 33M instructions of the 300-article bench (1.7%), an AND now.
    case contractGovernment, feudPhrase
    // Asked of every word of an article with a US dollar sum (DollarCountry): the dollar countries' place words;
    // asked of every sentence: a regulator's finding verbs (RegulatorFindings).
    case dollarPlaces, findingVerbs
    // Asked of every sentence by the extractor: "public"/"publique"… and "gré" (ContractRules.namesPublicProcurement).
    case publicProcurement

    @inline(__always)
    var bit: ListMask { ListMask(bit: rawValue) }

    /// The list itself, which must be flagged with this case.
    var words: WordSet {
        switch self {
        case .political: DonationRules.politicalWords
        case .gift: DonationRules.giftWords
        case .donorNouns: DonationRules.donorNouns
        case .trigger: DonationRules.triggerWords
        case .stop: DonationRules.stopWords
        case .inKind: DonationRules.inKindWords
        case .cash: DonationRules.cashWords
        case .vagueAmounts: DonationRules.vagueAmounts
        case .loan: DonationRules.loanWords
        case .contractWords: ContractRules.contractWords
        case .awardVerbs: ContractRules.awardVerbs
        case .strongAwardVerbs: ContractRules.strongAwardVerbs
        case .renewal: ContractRules.renewalWords
        case .subcontract: ContractRules.subcontractWords
        case .suit: ContractRules.suitWords
        case .takeover: ContractRules.takeoverWords
        case .bidNouns: ContractRules.bidNouns
        case .callVerbs: ContractRules.callVerbs
        case .caseWords: DisputeRules.caseWords
        case .classify: DisputeRules.classifyWords
        case .lawsuit: DisputeRules.lawsuitWords
        case .antitrust: DisputeRules.antitrustWords
        case .monopoly: DisputeRules.monopolyWords
        case .blame: DisputeRules.blameWords
        case .disputeAward: DisputeRules.awardWords
        case .fine: DisputeRules.fineWords
        case .carriers: DisputeRules.carriers
        case .quantifierEnds: SentenceContext.quantifierEnds
        case .dateWords: DateParser.dateWords
        case .governmentWords: NameCandidates.governmentWords
        case .selection: ContractRules.selectionVerbs
        case .same: DonationRules.sameWords
        case .minister: MinistryByTitle.ministerWords
        case .sourceOrFunded: DonationRules.sourceOrFundedVerbs
        case .tokenScans: TokenScans.words
        case .regulator: DisputeRules.regulatorWords
        case .spelledNumbers: MoneyParser.spelledWords
        case .inauguralTriggers: FundRecognizer.inauguralTriggers
        case .frenchWords: LanguageGuesser.french
        case .englishWords: LanguageGuesser.english
        case .agencyLowerHeads: AgencyNames.lowerHeads
        case .fundingRounds: CompanyContexts.fundingWords
        case .descriptionHeads: DescriptionResolver.headWords
        case .purchase: ContractRules.purchaseWords
        case .loss: ContractRules.lossWords
        case .paid: ContractRules.paidVerbs
        case .supply: ContractRules.supplyVerbs
        case .service: ContractRules.serviceVerbs
        case .receiving: DonationRules.receivingVerbs
        case .feud: DisputeRules.feudVerbs
        case .licence: DisputeRules.licenceNouns
        case .contest: DisputeRules.contestWords
        case .prepositions: Lexicon.prepositions
        case .personTitles: Lexicon.personTitles
        case .agencyHeads: Lexicon.agencyHeads
        case .orgSlots: NameCandidates.orgSlots
        case .determiners: SentenceContext.determiners
        case .negations: SentenceContext.negations
        case .clauseBreaks: SentenceContext.clauseBreaks
        case .auxiliaries: SentenceContext.auxiliaries
        case .passiveAuxiliaries: SentenceContext.passiveAuxiliaries
        case .moneyCodes: MoneyParser.codes
        case .contractGovernment: ContractRules.governmentWords
        case .feudPhrase: DisputeRules.feudPhraseNouns
        case .dollarPlaces: DollarCountry.anyPlace
        case .findingVerbs: DisputeRules.findingVerbs
        case .publicProcurement: ContractRules.publicCues
        }
    }

    /// `masks` with a filter of their words' hashes: most tokens are in no list, and are told so without a probe.
    struct Lookup: Sendable {
        let masks: WordMap<ListMask>
        let filter: HashFilter

        /// The bits of the lists that hold the word whose hash is `hash`.
        @inline(__always)
        func lists(hash: UInt64, word: String) -> ListMask {
            filter.mayContain(hash) ? masks.value(hash: hash, word: word) ?? 0 : 0
        }
    }

    static let lookup: Lookup = {
        var filter = HashFilter()
        for word in masks.keys { filter.insert(WordSet.hash(word)) }
        return Lookup(masks: masks, filter: filter)
    }()

    /// For each word of any list, the bits of the lists that hold it.
    static let masks: WordMap<ListMask> = {
        precondition(allCases.count <= ListMask.width, "more lists than bits")
        var masks = WordMap<ListMask>()
        for list in allCases {
            let words = list.words
            precondition(words.flag == list.bit, "\(list)'s words are not flagged with it")
            for word in words { masks[word] = (masks[word] ?? 0) | list.bit }
        }
        return masks
    }()

    /// The bits of the lists that hold some token of `tokens`.
    static func mask(of tokens: [Token]) -> ListMask {
        var mask: ListMask = 0
        // By index: a loop over the tokens themselves copied each one.
        for k in tokens.indices { mask |= tokens[k].lists }
        return mask
    }
}

/// The words of the lists that rules scan every token of a sentence for, flagged as one `SentenceList`: a rule asks
/// the token's `SentenceList.tokenScans` bit (an AND) before its own list (a hash probe), and most tokens are in none.
enum TokenScans {
    static let words = ContractRules.agreementNouns.union(DonationRules.spendingVerbs).union(DonationRules.givingVerbs).flagged(.tokenScans)
}
