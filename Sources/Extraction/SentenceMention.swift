/// A name found in a sentence: a resolved entity, or a proper noun whose kind is not known yet.
struct SentenceMention: Sendable, Hashable {
    var entity: EntityRef?
    var surface: String
    /// Token indices within the sentence.
    var tokens: Range<Int>
    /// Where the recogniser found it: "gazetteer", "name", "surname", "fund", "acronym"...
    var source: String

    var kind: EntityKind? { entity?.kind }
}

/// First names, shipped as Sources/Extraction/Resources/firstnames.txt, folded.
enum FirstNames {
    static let all: Set<String> = {
        let text = String(decoding: PackageResources.firstnames_txt, as: UTF8.self)
        var set = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let name = String(line).trimmed()
            if !name.isEmpty { set.insert(Folding.fold(name)) }
        }
        return set
    }()
}
