import Extraction
import Foundation

/// The database-free half of ingesting one file, safe to run on any thread: read, hash, decode, extract.
enum ArticlePreparation {
    /// What became of one file.
    enum Outcome: Sendable {
        /// Same bytes and same extractor as the stored article: nothing to do.
        case unchanged
        /// The file cannot be ingested, for this reason.
        case failed(String)
        /// Ready to store.
        case extracted(ExtractedArticle)
    }

    static func prepare(path: String, known: KnownArticle?, extractor: Extractor, version: String,
                        force: Bool, budget: TimeBudget = .default) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(of: path)
        } catch {
            return .failed(error.reason)
        }
        let sha = SHA256.hex(bytes)
        if let known, !force, known.sha256 == sha, known.extractorVersion == version { return .unchanged }
        let decoded: (text: String, encoding: ByteDecoder.Encoding, replaced: Int)
        do {
            decoded = try ByteDecoder.decode(bytes)
        } catch {
            return .failed(error.description)
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // The extractor also sniffs HTML in files named otherwise (.txt saved from a browser), so only the name is told.
        let seconds = budget.seconds(forBytes: bytes.count)
        let (text, isHTML) = (decoded.text, isHTMLName(name))
        guard let extraction = BoundedExtraction.run(seconds: seconds, { deadline in
            extractor.extract(text: text, isHTML: isHTML, until: deadline)
        }) else {
            return .failed("extraction took longer than \(TimeBudget.text(seconds)), this file's time budget "
                + "(set it with --max-seconds); skipped")
        }
        return .extracted(ExtractedArticle(path: path, name: name, sha256: sha, extractorVersion: version,
                                           encoding: decoded.encoding.rawValue, replacedBytes: decoded.replaced,
                                           extraction: extraction))
    }

    static func isHTMLName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}
