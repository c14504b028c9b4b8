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
        return extract(decoded.text, isHTML: isHTMLName(name), path: path, name: name, sha: sha, byteCount: bytes.count,
                       encoding: decoded.encoding.rawValue, replaced: decoded.replaced, extractor: extractor,
                       version: version, budget: budget)
    }

    /// Prepares a text that came from elsewhere than a file (a web page or feed item reduced to its text), stored
    /// under `location` (its URL) and `name`.
    static func prepare(text: String, location: String, name: String, known: KnownArticle?, extractor: Extractor,
                        version: String, force: Bool, budget: TimeBudget = .default) -> Outcome {
        let bytes = Array(text.utf8)
        let sha = SHA256.hex(bytes)
        if let known, !force, known.sha256 == sha, known.extractorVersion == version { return .unchanged }
        return extract(text, isHTML: false, path: location, name: name, sha: sha, byteCount: bytes.count, encoding: "UTF-8",
                       replaced: 0, extractor: extractor, version: version, budget: budget)
    }

    private static func extract(_ text: String, isHTML: Bool, path: String, name: String, sha: String, byteCount: Int,
                                encoding: String, replaced: Int, extractor: Extractor, version: String,
                                budget: TimeBudget) -> Outcome {
        let seconds = budget.seconds(forBytes: byteCount)
        guard let extraction = BoundedExtraction.run(seconds: seconds, { deadline in
            extractor.extract(text: text, isHTML: isHTML, until: deadline)
        }) else {
            return .failed("extraction took longer than \(TimeBudget.text(seconds)), this file's time budget "
                + "(set it with --max-seconds); skipped")
        }
        return .extracted(ExtractedArticle(path: path, name: name, sha256: sha, extractorVersion: version,
                                           encoding: encoding, replacedBytes: replaced, extraction: extraction))
    }

    static func isHTMLName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm")
    }
}
