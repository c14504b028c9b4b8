/// A name found in a sentence: a resolved entity, or a proper noun whose kind is not known yet.
struct SentenceMention: Sendable, Hashable {
    var entity: EntityRef?
    var surface: String
    /// Token indices within the sentence.
    var tokens: Range<Int>
    /// Where the recogniser found it.
    var source: MentionSource

    var kind: EntityKind? { entity?.kind }
}

/// How a mention was found: a rule can trust a gazetteer name more than a guessed one, and skip pronouns.
enum MentionSource: String, Sendable, Hashable {
    case gazetteer, name, cue, surname, fund, acronym, short, title, anaphor, pronoun, government
    case acronymName = "acronym-name", agencyShape = "agency-shape", knownSurname = "known-surname"
    case leaderGovernment = "leader-government", sharedSurname = "shared-surname"
    /// A name typed a company by its context only (`CompanyContexts`): listed as a company, left untyped for the rules.
    case context
}

/// First names, shipped as Sources/Extraction/Resources/firstnames.txt, folded.
enum FirstNames {
    static let all: WordSet = {
        let text = String(decoding: PackageResources.firstnames_txt, as: UTF8.self)
        var set = WordSet()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let name = String(line).trimmed()
            if !name.isEmpty { set.insert(Folding.fold(name)) }
        }
        return set
    }()
}
