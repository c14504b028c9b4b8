import Foundation
import Testing
@testable import Extraction

/// A compact port of the core scoring of the shared evaluation script, score.py (names, amounts, one-to-one pairing, micro F1).
enum Scorer {
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{201B}", "\u{02BC}", "\u{02BB}", "\u{00B4}", "`", "\u{2032}", "\u{FF07}"]

    static func normalise(_ value: String?) -> String {
        guard let value else { return "" }
        // Drop "(…)" qualifiers with no nested parentheses.
        var text = value.replacing(/\([^()]*\)/, with: " ")
        text = String(String.UnicodeScalarView(text.unicodeScalars.map { apostrophes.contains($0) ? "'" : $0 }))
        let decomposed = text.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { $0.properties.canonicalCombiningClass == .notReordered }
        text = String(String.UnicodeScalarView(decomposed)).lowercased()
        text = String(text.drop { !($0.isLetter || $0.isNumber || $0 == "_") })
        text = text.replacing(/^(?:(?:the|les|le|la)\s+|l'\s*)/, with: "", maxReplacements: 1)
        var words = String(text.filter { $0.isLetter || $0.isNumber || $0.isWhitespace }).split(whereSeparator: \.isWhitespace).map(String.init)
        if words.count > 1, words[0] == "us" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    struct Entity { var type: String; var name: String; var forms: Set<String> }

    struct Gold {
        var entities: [Entity]
        var facts: [String: [[String: Any]]]

        init(json: [String: Any]) {
            entities = []
            for (key, type) in [("people", "person"), ("companies", "company"), ("agencies", "agency"), ("funds", "fund")] {
                for item in json[key] as? [[String: Any]] ?? [] {
                    let name = item["name"] as? String ?? ""
                    let forms = Set(([name] + (item["aliases"] as? [String] ?? [])).map(Scorer.normalise)).subtracting([""])
                    entities.append(Entity(type: type, name: name, forms: forms))
                }
            }
            facts = [:]
            for table in ["donations", "contracts", "disputes"] { facts[table] = json[table] as? [[String: Any]] ?? [] }
        }

        func isNamed(_ entity: Entity, by form: String) -> Bool {
            if entity.forms.contains(form) { return true }
            let words = form.split(separator: " ").sorted()
            if entity.forms.contains(where: { $0.split(separator: " ").sorted() == words }) { return true }
            let canonical = Scorer.normalise(entity.name).split(separator: " ")
            return entity.type == "fund" && canonical.count >= 2 && Set(canonical).isSubset(of: Set(words))
        }

        func matches(_ predicted: String, _ goldName: String?) -> Bool {
            let form = Scorer.normalise(predicted)
            let goldForm = Scorer.normalise(goldName)
            guard !form.isEmpty, !goldForm.isEmpty else { return false }
            let denoted = entities.filter { $0.forms.contains(goldForm) }
            let forms = denoted.reduce(into: Set([goldForm])) { $0.formUnion($1.forms) }
            return forms.contains(form) || denoted.contains { isNamed($0, by: form) }
        }
    }

    static func amountsEqual(_ gold: Any?, _ predicted: Double?) -> Bool {
        let g = (gold as? NSNumber)?.doubleValue
        switch (g, predicted) {
        case (nil, nil): return true
        case let (g?, p?): return abs(p - g) <= 0.005 * abs(g)
        default: return false
        }
    }

    /// The core true positives of one table of one article: a maximum one-to-one pairing on core matches, as
    /// score.py pairs them (a greedy pairing can leave a gold fact unmatched that another order would match).
    static func truePositives(gold: [[String: Any]], predicted count: Int, core: (Int, Int) -> Bool) -> Int {
        let edges = gold.indices.map { g in (0..<count).filter { core(g, $0) } }
        var owner = [Int?](repeating: nil, count: count)
        // Kuhn's augmenting paths: each gold fact takes a free prediction or moves the one holding it elsewhere.
        func augment(_ g: Int, _ seen: inout Set<Int>) -> Bool {
            for p in edges[g] where seen.insert(p).inserted {
                if owner[p] == nil || augment(owner[p]!, &seen) { owner[p] = g; return true }
            }
            return false
        }
        var tp = 0
        for g in gold.indices {
            var seen = Set<Int>()
            if augment(g, &seen) { tp += 1 }
        }
        return tp
    }

    struct Counts { var tp = 0, gold = 0, predicted = 0
        var f1: Double { gold + predicted == 0 ? 1 : 2 * Double(tp) / Double(gold + predicted) }
    }

    static func score(_ gold: Gold, _ x: ArticleExtraction, into totals: inout [String: Counts]) {
        let donations = gold.facts["donations"]!, contracts = gold.facts["contracts"]!, disputes = gold.facts["disputes"]!
        totals["donations", default: Counts()].gold += donations.count
        totals["donations", default: Counts()].predicted += x.donations.count
        totals["donations", default: Counts()].tp += truePositives(gold: donations, predicted: x.donations.count) { g, p in
            gold.matches(x.name(x.donations[p].donor), donations[g]["donor"] as? String)
                && amountsEqual(donations[g]["amount"], x.donations[p].money?.amount)
        }
        totals["contracts", default: Counts()].gold += contracts.count
        totals["contracts", default: Counts()].predicted += x.contracts.count
        totals["contracts", default: Counts()].tp += truePositives(gold: contracts, predicted: x.contracts.count) { g, p in
            gold.matches(x.name(x.contracts[p].contractor), contracts[g]["contractor"] as? String)
                && amountsEqual(contracts[g]["amount"], x.contracts[p].money?.amount)
        }
        totals["disputes", default: Counts()].gold += disputes.count
        totals["disputes", default: Counts()].predicted += x.disputes.count
        totals["disputes", default: Counts()].tp += truePositives(gold: disputes, predicted: x.disputes.count) { g, p in
            let goldParties = disputes[g]["parties"] as? [String] ?? []
            let predicted = x.disputes[p].parties.map { x.name($0.entity) }
            let needed = min(2, goldParties.count)
            guard needed > 0 else { return false }
            if needed == 1 { return predicted.contains { gold.matches($0, goldParties[0]) } }
            for i in goldParties.indices { for j in goldParties.indices where j > i {
                for a in predicted.indices { for b in predicted.indices where a != b {
                    if gold.matches(predicted[a], goldParties[i]) && gold.matches(predicted[b], goldParties[j]) { return true }
                } }
            } }
            return false
        }
    }
}

@Suite("Fixture corpus")
struct FixtureScoreTests {
    struct Article: @unchecked Sendable { let name: String; let gold: Scorer.Gold; let extraction: ArticleExtraction }

    static func load() throws -> [Article] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let fm = FileManager.default
        var out: [Article] = []
        for goldDir in ["gold", "gold-html"] {
            let dir = root.appendingPathComponent(goldDir)
            for file in try fm.contentsOfDirectory(atPath: dir.path).sorted() where file.hasSuffix(".json") {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent(file))) as? [String: Any])
                let name = try #require(json["article"] as? String)
                let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("articles").appendingPathComponent(name)))
                let text = try ByteDecoder.decode(bytes).text
                out.append(Article(name: name, gold: Scorer.Gold(json: json), extraction: Extractor().extract(text: text, isHTML: name.hasSuffix(".html"))))
            }
        }
        return out
    }

    @Test("name normalisation follows score.py", arguments: [
        ("U.S. Department of Defense", "department of defense"), ("L’Oréal", "oreal"), ("The New York Times", "new york times"),
        ("Department of National Defence (Canada)", "department of national defence"), ("ministère de l'Intérieur", "ministere de linterieur"),
        ("US", "us"), ("Amazon Web Services, Inc.", "amazon web services inc"),
    ])
    func normalise(_ name: String, _ expected: String) {
        #expect(Scorer.normalise(name) == expected)
    }

    @Test("every fixture article has its gold and text")
    func corpusLoads() throws {
        let articles = try Self.load()
        #expect(articles.count == 61)
        #expect(articles.allSatisfy { !$0.extraction.text.isEmpty })
    }

    @Test("core F1 per fact type stays above the measured baseline")
    func coreF1() throws {
        var totals: [String: Scorer.Counts] = [:]
        for article in try Self.load() { Scorer.score(article.gold, article.extraction, into: &totals) }
        // Measured over the 60 team articles with rules-3: donations 0.79, contracts 0.80, disputes 0.77 (score.py agrees).
        // Rules are now tuned on real press (../shared/eval/dev), which is the measure of generality; these team
        // articles guard against regressions only.
        let thresholds = ["donations": 0.77, "contracts": 0.78, "disputes": 0.75]
        let measured = totals.sorted { $0.key < $1.key }
            .map { "\($0.key) F1=\(String(format: "%.3f", $0.value.f1)) (tp \($0.value.tp), gold \($0.value.gold), pred \($0.value.predicted))" }
            .joined(separator: "; ")
        for (table, minimum) in thresholds {
            let f1 = totals[table]?.f1 ?? 0
            #expect(f1 >= minimum, "\(table) core F1 \(f1) < \(minimum); measured: \(measured)")
        }
    }

    @Test("evidence is the sentence as it stands in the normalised text")
    func evidence() throws {
        for article in try Self.load() {
            let x = article.extraction
            let scalars = Array(x.text.unicodeScalars)
            let evidences = x.donations.map(\.evidence) + x.contracts.map(\.evidence) + x.disputes.map(\.evidence) + x.roles.map(\.evidence)
            for e in evidences {
                #expect(!e.text.isEmpty && x.text.contains(e.text), "\(article.name): evidence not in text: \(e.text)")
                try #require(0 <= e.span.start && e.span.start < e.span.end && e.span.end <= scalars.count, "\(article.name): bad span")
                #expect(String(String.UnicodeScalarView(scalars[e.span.start..<e.span.end])) == e.text, "\(article.name): span ≠ evidence")
            }
        }
    }
}

extension ArticleExtraction {
    /// The name reports give an entity for this article, as kb's views do.
    func name(_ entity: EntityRef) -> String { articleNames[entity] ?? entity.name }
}
