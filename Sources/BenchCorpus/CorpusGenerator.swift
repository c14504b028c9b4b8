import Foundation

/// The benchmark corpus: N articles in French and English, 1–20 KB each, of local news with donations, contracts
/// and disputes planted in them, and beside each article its gold file. Article i depends only on i and the seed,
/// so the same N always gives the same bytes, and a larger N extends a smaller one.
public enum CorpusGenerator {
    /// The seed of every published figure; change it only with the figures.
    public static let seed: UInt64 = 0x6B62_2D62_656E_6368

    /// One generated article.
    public struct Article: Sendable {
        public var name: String
        public var text: String
        public var gold: GoldArticle
    }

    /// Article `index` of the corpus.
    public static func article(_ index: Int, seed: UInt64 = seed) -> Article {
        var draft = ArticleDraft(index: index, seed: seed)
        let target: Int
        switch draft.rng.below(10) {
        case 0..<6: target = draft.rng.within(1_000...8_000)
        case 6..<9: target = draft.rng.within(8_000...14_000)
        default: target = draft.rng.within(14_000...20_000)
        }
        var text = header(&draft) + "\n\n" + draft.headline() + "\n\n"
        var facts = [0, 1, 1, 1, 2, 2, 2, 3, 3, 0][draft.rng.below(10)]
        var first = true
        // Paragraphs until the article reaches its length with all its facts told; a fact paragraph never
        // pushes it past 20 KB, since both kinds are under 1 KB.
        while text.utf8.count < target - 200 || facts > 0 {
            if facts > 0, first ? draft.rng.chance(60) : (draft.rng.chance(30) || text.utf8.count >= target - 200) {
                text += draft.factParagraph() + "\n\n"
                facts -= 1
            } else {
                text += draft.fillerParagraph() + "\n\n"
            }
            first = false
        }
        text.removeLast()
        return Article(name: draft.gold.article, text: text, gold: draft.gold)
    }

    /// A fingerprint of the generator's output (FNV-1a over the first 20 articles and their gold files): any change
    /// to the templates, names or random draws changes it. Kept corpora are stamped with it.
    public static var fingerprint: String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in 0..<20 {
            let article = article(index)
            for byte in Array(article.text.utf8) + Array(article.gold.json.utf8) {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    /// Writes `count` articles to `folder`/corpus and their gold files to `folder`/gold.
    public static func write(count: Int, to folder: String, seed: UInt64 = seed) throws {
        let manager = FileManager.default
        let corpus = folder + "/corpus", goldFolder = folder + "/gold"
        try manager.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: goldFolder, withIntermediateDirectories: true)
        for index in 0..<count {
            let article = article(index, seed: seed)
            try Data(article.text.utf8).write(to: URL(fileURLWithPath: corpus + "/" + article.name))
            let goldName = String(article.name.dropLast(4)) + ".json"
            try Data(article.gold.json.utf8).write(to: URL(fileURLWithPath: goldFolder + "/" + goldName))
        }
    }

    /// The dateline: "date 2024-03-07", or a byline with the date written out.
    private static func header(_ draft: inout ArticleDraft) -> String {
        let iso = draft.gold.published
        guard draft.rng.chance(60) else { return "date \(iso)" }
        let author = draft.person()
        if draft.french {
            return "Par \(author), le \(draft.day == 1 ? "1er" : "\(draft.day)") \(draft.monthName) \(draft.year)"
        }
        return "By \(author) | \(draft.monthName) \(draft.day), \(draft.year)"
    }
}
