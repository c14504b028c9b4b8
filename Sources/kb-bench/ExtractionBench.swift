import Extraction
import Foundation

/// Extraction alone on one thread: each file is read, then only its decoding and extraction are timed, in CPU
/// time of the thread (so that other work on a shared machine does not count), giving MB/s per core; memory
/// stays that of one article whatever the number of files.
enum ExtractionBench {
    static func run(paths: [String]) throws -> (bytes: Int, seconds: Double) {
        let extractor = Extractor()
        _ = extractor.extract(text: "Warm-up: the gazetteer is built once, as in a real run.")
        var bytes = 0, facts = 0
        var nanoseconds: Int64 = 0
        for path in paths {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let start = threadCPUNanoseconds()
            let text = try ByteDecoder.decode([UInt8](data)).text
            let lower = path.lowercased()
            let extraction = extractor.extract(text: text, isHTML: lower.hasSuffix(".html") || lower.hasSuffix(".htm"))
            nanoseconds += threadCPUNanoseconds() - start
            facts += extraction.donations.count + extraction.contracts.count + extraction.disputes.count
            bytes += data.count
        }
        // Printed so the work cannot be optimised away, and as a sanity check of the corpus.
        FileHandle.standardError.write(Data("extract: \(paths.count) files, \(facts) facts\n".utf8))
        return (bytes, Double(nanoseconds) / 1e9)
    }
}

/// CPU time used by the calling thread so far.
func threadCPUNanoseconds() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
}
