import Foundation

/// Articles of ordinary length (5–10 KB) made from the paragraphs of examples/: each opens with one example's
/// headline and goes on with paragraphs of examples in the same language, so sizes are realistic and the text
/// is our own. Deterministic, so runs compare.
enum BenchCorpus {
    static func write(from examples: String, to folder: String, count: Int) throws {
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: examples).filter { $0.hasSuffix(".txt") }.sorted()
        let articles = try names.map { try String(contentsOfFile: examples + "/" + $0, encoding: .utf8) }
        guard !articles.isEmpty else { throw CocoaError(.fileNoSuchFile) }
        var byLanguage: [String: [String]] = [:]
        for text in articles {
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            byLanguage[language(text), default: []] += paragraphs.dropFirst()
        }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for i in 0..<count {
            let base = articles[i % articles.count]
            let pool = byLanguage[language(base)] ?? []
            let target = 5_000 + next(5_000)
            var text = base.trimmingCharacters(in: .whitespacesAndNewlines)
            while text.utf8.count < target, !pool.isEmpty { text += "\n\n" + pool[next(pool.count)] }
            text += "\n\nReference \(i) of the kb benchmark corpus.\n"
            let sub = folder + "/\(i / 500)"
            try manager.createDirectory(atPath: sub, withIntermediateDirectories: true)
            try text.write(toFile: sub + "/\(i)_" + names[i % names.count], atomically: false, encoding: .utf8)
        }
    }

    /// French or English, by two very common words: enough to keep an article in one language.
    static func language(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count { $0 == "le" || $0 == "la" } > words.count { $0 == "the" } ? "fr" : "en"
    }
}
