/// Named word sets read from Sources/Extraction/Resources/lexicon.tsv (embedded at build time), so the words a
/// rule looks for are data beside the code rather than literals inside it.
enum LexiconData {
    /// Every set of the file, by name; words are folded as the tokenizer folds them.
    static let sets: [String: [String]] = {
        var sets: [String: [String]] = [:]
        for line in String(decoding: PackageResources.lexicon_tsv, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", maxSplits: 1)
            guard columns.count == 2 else { continue }
            let name = String(columns[0]).trimmed()
            sets[name, default: []] += columns[1].split(separator: " ").map { Folding.fold(String($0)) }
        }
        return sets
    }()

    /// The words of a set; a set missing from the file is a programming error caught by the lexicon test.
    static func set(_ name: String) -> WordSet { WordSet(sets[name] ?? []) }

    /// The words of a set in file order (suffix lists).
    static func list(_ name: String) -> [String] { sets[name] ?? [] }
}

extension LexiconData {
    /// Every form of the lemmas listed under `name.fr.verb`, `name.en.noun`... (inflected by rule) and the words
    /// listed under `name` itself (taken as written).
    static func forms(_ name: String) -> WordSet {
        var out = set(name)
        for (key, lemmas) in sets where key.hasPrefix(name + ".") {
            let parts = key.dropFirst(name.count + 1).split(separator: ".")
            guard parts.count == 2 else { continue }
            for lemma in lemmas { out.formUnion(Inflection.forms(lemma, language: String(parts[0]), partOfSpeech: String(parts[1]))) }
        }
        return out
    }

    /// Every form of the lemmas of one inflected list named in full ("dispute.regulator.fr.verb"): `forms` of that
    /// name would read only lists below it.
    static func inflected(_ key: String) -> WordSet {
        let parts = key.split(separator: ".")
        guard parts.count >= 2 else { return set(key) }
        var out = WordSet()
        for lemma in sets[key] ?? [] {
            out.formUnion(Inflection.forms(lemma, language: String(parts[parts.count - 2]), partOfSpeech: String(parts[parts.count - 1])))
        }
        return out
    }
}
