import Extraction
import Foundation

/// Extraction alone on one thread: the files are read first, so only decoding and extracting are timed.
enum ExtractionBench {
    static func run(paths: [String]) throws -> (bytes: Int, seconds: Double) {
        let files = try paths.map { path in (path, try Data(contentsOf: URL(fileURLWithPath: path))) }
        let extractor = Extractor()
        _ = extractor.extract(text: "Warm-up: the gazetteer is built once, as in a real run.")
        var bytes = 0, facts = 0
        let start = DispatchTime.now()
        for (path, data) in files {
            let text = try ByteDecoder.decode([UInt8](data)).text
            let lower = path.lowercased()
            let extraction = extractor.extract(text: text, isHTML: lower.hasSuffix(".html") || lower.hasSuffix(".htm"))
            facts += extraction.donations.count + extraction.contracts.count + extraction.disputes.count
            bytes += data.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        // Printed so the work cannot be optimised away, and as a sanity check of the corpus.
        FileHandle.standardError.write(Data("extract: \(files.count) files, \(facts) facts\n".utf8))
        return (bytes, seconds)
    }
}
