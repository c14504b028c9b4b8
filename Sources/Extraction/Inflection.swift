/// Word forms made from a lemma by the regular inflection rules of French and English, so the lexicon lists
/// "infliger" or "probe" once and the rules still see "infligée", "infligeait", "probed" and "probing".
/// Forms are folded (lower case, no accents), as tokens are.
enum Inflection {
    /// The forms of a lemma of the given language ("fr", "en") and part of speech ("verb", "noun", "plural").
    static func forms(_ lemma: String, language: String, partOfSpeech: String) -> Set<String> {
        switch (language, partOfSpeech) {
        case ("fr", "verb"): return frenchVerb(lemma)
        case ("fr", "noun"): return frenchNoun(lemma)
        case ("en", "verb"): return englishVerb(lemma)
        case ("en", "noun"): return englishNoun(lemma)
        // Plural forms only: "liberal" gives "liberals", not the adjective itself.
        case ("en", "plural"): return englishNoun(lemma).subtracting([lemma])
        case ("fr", "plural"): return frenchNoun(lemma).subtracting([lemma])
        default: return [lemma]
        }
    }

    static func frenchVerb(_ lemma: String) -> Set<String> {
        var out: Set<String> = [lemma]
        if lemma.hasSuffix("er") {
            let stem = String(lemma.dropLast(2))
            // "infliger" keeps its e before a and o: "infligeait", "infligeant".
            let soft = stem.hasSuffix("g") ? stem + "e" : stem.hasSuffix("c") ? String(stem.dropLast()) + "c" : stem
            for ending in ["e", "es", "ent", "ee", "ees", "ez", "era", "eront", "erait", "eraient", "erons"] { out.insert(stem + ending) }
            for ending in ["a", "ait", "aient", "ant", "ons", "ai", "erent"] { out.insert(soft + ending) }
        } else if lemma.hasSuffix("enir") {
            // "venir", "tenir" and their compounds ("provenir", "obtenir", "soutenir"): "provient", "soutenu", "obtiendra".
            let root = String(lemma.dropLast(4))
            for ending in ["iens", "ient", "enons", "enez", "iennent", "enait", "enaient", "enant", "enu", "enue", "enus", "enues",
                           "iendra", "iendront", "iendrait", "iendraient", "int", "inrent"] { out.insert(root + ending) }
        } else if lemma.hasSuffix("ir") {
            let stem = String(lemma.dropLast(2))
            for ending in ["i", "is", "it", "ie", "ies", "issent", "issait", "issaient", "issant", "ira", "iront", "irait"] { out.insert(stem + ending) }
        } else if lemma.hasSuffix("re") {
            let stem = String(lemma.dropLast(2))
            for ending in ["s", "", "ent", "ait", "aient", "ant", "u", "ue", "us", "ues", "ra", "ront"] { out.insert(stem + ending) }
        }
        return out
    }

    static func frenchNoun(_ lemma: String) -> Set<String> {
        if lemma.hasSuffix("al") { return [lemma, String(lemma.dropLast(2)) + "aux"] }
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") { return [lemma] }
        return [lemma, lemma + "s"]
    }

    static func englishVerb(_ lemma: String) -> Set<String> {
        var out: Set<String> = [lemma]
        let vowels = Set("aeiou")
        let letters = Array(lemma)
        if lemma.hasSuffix("e") {
            let stem = String(lemma.dropLast())
            out.formUnion([lemma + "s", lemma + "d", stem + "ing"])
        } else if lemma.hasSuffix("y"), letters.count > 1, !vowels.contains(letters[letters.count - 2]) {
            let stem = String(lemma.dropLast())
            out.formUnion([stem + "ies", stem + "ied", lemma + "ing"])
        } else {
            let sibilant = ["s", "x", "z", "ch", "sh"].contains(where: lemma.hasSuffix)
            out.insert(lemma + (sibilant ? "es" : "s"))
            // "ban" → "banned": a short word closed by one vowel and a consonant doubles it.
            let n = letters.count
            // "commit" → "committed", "compel" → "compelled": endings stressed on their last syllable double too.
            let doubles = n >= 3 && n <= 4 && !vowels.contains(letters[n - 1]) && vowels.contains(letters[n - 2])
                && !vowels.contains(letters[n - 3]) && !"wxy".contains(letters[n - 1])
                || ["mit", "pel", "cur", "gret", "trol"].contains(where: lemma.hasSuffix)
            let stem = doubles ? lemma + String(letters[n - 1]) : lemma
            out.formUnion([stem + "ed", stem + "ing"])
        }
        return out
    }

    static func englishNoun(_ lemma: String) -> Set<String> {
        let letters = Array(lemma)
        if lemma.hasSuffix("y"), letters.count > 1, !"aeiou".contains(letters[letters.count - 2]) {
            return [lemma, String(lemma.dropLast()) + "ies"]
        }
        let sibilant = ["s", "x", "z", "ch", "sh"].contains(where: lemma.hasSuffix)
        return [lemma, lemma + (sibilant ? "es" : "s")]
    }
}
