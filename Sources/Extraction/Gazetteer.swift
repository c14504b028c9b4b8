/// One known entity: its kind, canonical name and the other names it goes by.
public struct GazetteerEntry: Sendable, Hashable {
    public var kind: EntityKind
    public var name: String
    public var aliases: [String]
    public init(kind: EntityKind, name: String, aliases: [String]) {
        self.kind = kind; self.name = name; self.aliases = aliases
    }
}

/// A gazetteer match: the entity and the sentence tokens it covers.
struct GazetteerMatch: Sendable {
    var entity: EntityRef
    var tokens: Range<Int>
}

/// Known entities matched in one pass over a sentence's tokens, longest name first, case- and
/// accent-insensitive except where that is unsafe (acronyms match as written, single words must be capitalised).
public struct Gazetteer: Sendable {
    enum CaseRule: Sendable { case exact, capitalised, insensitive, contextual }
    /// A class, so that trying a pattern at each token costs one retain, not one per field.
    final class Pattern: Sendable {
        let words: [String]
        /// `WordSet.hash` of each word, compared before the words themselves.
        let hashes: [UInt64]
        let surface: [String]
        let entity: EntityRef
        let rule: CaseRule

        init(words: [String], hashes: [UInt64], surface: [String], entity: EntityRef, rule: CaseRule) {
            self.words = words; self.hashes = hashes; self.surface = surface; self.entity = entity; self.rule = rule
        }
    }

    public private(set) var entries: [GazetteerEntry] = []
    /// Patterns by first word, longest first; a `WordMap` so that each token is looked up by its stored hash.
    private var byFirstWord = WordMap<[Pattern]>()
    /// For the patterns of list n, at `probes[probeStarts[n]..<probeStarts[n + 1]]`: each pattern's length and its
    /// second word's hash, so that most tries are turned down without touching the pattern.
    private var probes: [(length: Int, second: UInt64)] = []
    /// The first words' hashes: most tokens start no name, and are told so without a probe into `byFirstWord`.
    private var firstWords = HashFilter()
    private var probeStarts: [Int] = [0]
    /// Distinctive surnames of known people ("Biden" for Joe Biden); a surname two people share is left out.
    private(set) var surnames: [String: EntityRef] = [:]
    private var sharedSurnames = Set<String>()
    /// `surnames` keyed for one hashed look-up per token.
    private(set) var surnameMap = WordMap<EntityRef>()

    public init(entries: [GazetteerEntry]) {
        add(entries)
    }

    /// Adds entries (user aliases from the database, say); a later alias for the same words wins.
    public mutating func add(_ more: [GazetteerEntry]) {
        entries += more
        for entry in more {
            let ref = EntityRef(entry.kind, entry.name)
            if entry.kind == .person, let last = entry.name.split(separator: " ").last, entry.name.contains(" ") {
                let key = Folding.fold(String(last))
                if key.count >= 4, !sharedSurnames.contains(key) {
                    if let known = surnames[key], known != ref { surnames[key] = nil; sharedSurnames.insert(key) } else { surnames[key] = ref }
                }
            }
            for alias in [entry.name] + entry.aliases {
                let tokens = Tokenizer.tokenize(alias, language: "en")
                guard !tokens.isEmpty else { continue }
                // French press writes institutions in lower case ("la gendarmerie nationale"): agencies of several words match so.
                let rule = entry.kind == .agency && tokens.count >= 2 && tokens.filter({ $0.kind == .word }).count >= 2 ? CaseRule.insensitive : Self.rule(for: tokens)
                let pattern = Pattern(words: tokens.map(\.folded), hashes: tokens.map(\.wordHash), surface: tokens.map(\.text), entity: ref, rule: rule)
                var list = byFirstWord[pattern.words[0]] ?? []
                list.removeAll { $0.words == pattern.words && $0.rule == pattern.rule }
                list.append(pattern)
                list.sort { $0.words.count > $1.words.count }
                byFirstWord[pattern.words[0]] = list
            }
        }
        surnameMap = WordMap(surnames)
        probes = []
        probeStarts = [0]
        firstWords = HashFilter()
        for word in byFirstWord.keys { firstWords.insert(WordSet.hash(word)) }
        for list in byFirstWord.values {
            probes += list.map { ($0.words.count, $0.hashes.count > 1 ? $0.hashes[1] : 0) }
            probeStarts.append(probes.count)
        }
    }

    static func rule(for tokens: [Token]) -> CaseRule {
        if tokens.count == 1 {
            let token = tokens[0]
            if token.text.unicodeScalars.count == 1 { return .contextual }
            // "iPhone"; and a short name with a capital inside ("PiS", "AfD"), which a word of the text may spell
            // otherwise (the French "Pis,"): written as is. Longer ones ("SoftBank", "Hydro-Québec") are met as
            // "Softbank" too.
            let inner = token.text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
            let mixed = inner && (!token.isCapitalized || token.text.unicodeScalars.count <= 4)
            return token.isAllCaps || mixed || token.text.contains(".") ? .exact : .capitalised
        }
        return tokens[0].isCapitalized ? .capitalised : .insensitive
    }

    /// Words before a one-letter name ("X") that show it names a platform or company.
    static let letterContext: WordSet = ["sur", "on", "via", "social", "compte", "plateforme", "platform",
                                             "network", "account", "reseau", "et", "and", "entreprises", "rachat",
                                             "contre", "against", "versus", "vs"]

    func matches(in tokens: [Token]) -> [GazetteerMatch] {
        var out: [GazetteerMatch] = []
        var i = 0
        while i < tokens.count {
            var matched: GazetteerMatch?
            if firstWords.mayContain(tokens[i].wordHash), tokens[i].kind != .punct || tokens[i].text == "@",
               let list = byFirstWord.index(of: tokens[i]) {
                for p in probeStarts[list]..<probeStarts[list + 1] {
                    let (length, second) = probes[p]
                    guard i + length <= tokens.count, length == 1 || tokens[i + 1].wordHash == second else { continue }
                    let pattern = byFirstWord.values[list][p - probeStarts[list]]
                    if accepts(pattern, tokens, at: i) {
                        matched = GazetteerMatch(entity: pattern.entity, tokens: i..<(i + length))
                        break
                    }
                }
            }
            if let matched {
                out.append(matched)
                i = matched.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    private func accepts(_ pattern: Pattern, _ tokens: [Token], at i: Int) -> Bool {
        for k in pattern.hashes.indices where tokens[i + k].wordHash != pattern.hashes[k] || tokens[i + k].folded != pattern.words[k] {
            return false
        }
        let first = tokens[i]
        switch pattern.rule {
        case .exact:
            return first.text == pattern.surface[0]
        case .capitalised:
            return first.isCapitalized
        case .insensitive:
            return true
        case .contextual:
            guard first.text == pattern.surface[0], i > 0 else { return false }
            return Self.letterContext.contains(tokens[i - 1])
        }
    }
}

extension Gazetteer {
    /// The gazetteer shipped with kb: Sources/Extraction/Resources/gazetteer.tsv, embedded at build time.
    public static let shipped: Gazetteer = Gazetteer(entries: parse(String(decoding: PackageResources.gazetteer_tsv, as: UTF8.self)))

    /// Parses "kind<TAB>name<TAB>alias|alias" lines; blank lines and "#" comments are skipped.
    public static func parse(_ text: String) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, let kind = EntityKind(rawValue: String(columns[0]).trimmed()) else { continue }
            let name = String(columns[1]).trimmed()
            guard !name.isEmpty else { continue }
            let aliases = columns.count > 2
                ? columns[2].split(separator: "|").map { String($0).trimmed() }.filter { !$0.isEmpty } : []
            entries.append(GazetteerEntry(kind: kind, name: name, aliases: aliases))
        }
        return entries
    }
}

extension String {
    func trimmed() -> String {
        String(Substring(self).trimmingSpaces())
    }
}
