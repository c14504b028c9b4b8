import Extraction

/// The fuzz targets: bytes in, the pipeline or a parser run, its invariants checked; a broken invariant traps
/// (a crash is what libFuzzer looks for). `KB_FUZZ_TARGET` picks one: pipeline (default), money or date.
enum FuzzTargets {
    static let target = getenvString("KB_FUZZ_TARGET") ?? "pipeline"
    static let extractor = Extractor()

    static func run(_ bytes: [UInt8]) {
        switch target {
        case "money": money(bytes)
        case "date": date(bytes)
        default: pipeline(bytes)
        }
    }

    /// Decode, extract: offsets inside the text, evidence equal to its offsets, amounts finite and non-negative.
    static func pipeline(_ bytes: [UInt8]) {
        guard let decoded = try? ByteDecoder.decode(bytes) else { return }
        let x = extractor.extract(text: decoded.text, isHTML: bytes.first == UInt8(ascii: "<"))
        let scalars = Array(x.text.unicodeScalars)
        func evidence(_ e: Evidence) {
            precondition(e.span.start >= 0 && e.span.start < e.span.end && e.span.end <= scalars.count, "span \(e.span)")
            precondition(String(String.UnicodeScalarView(scalars[e.span.start..<e.span.end])) == e.text, "evidence \(e.text)")
        }
        for m in x.mentions { precondition(m.span.start >= 0 && m.span.start < m.span.end && m.span.end <= scalars.count) }
        for d in x.donations { evidence(d.evidence); check(d.money) }
        for c in x.contracts { evidence(c.evidence); check(c.money) }
        for d in x.disputes { evidence(d.evidence) }
        for r in x.roles { evidence(r.evidence) }
    }

    /// The money parser on tokens of arbitrary text, in both languages.
    static func money(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        for language in ["fr", "en"] {
            let tokens = Tokenizer.tokenize(text, language: language)
            for match in MoneyParser.find(in: tokens, language: language) {
                check(match.money)
                precondition(match.tokens.lowerBound >= 0 && match.tokens.upperBound <= tokens.count)
            }
        }
    }

    /// The date parser: ISO results only, token ranges inside the sentence.
    static func date(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let tokens = Tokenizer.tokenize(text, language: "fr")
        for match in DateParser.find(in: tokens, published: "2025-01-10") {
            precondition(match.tokens.lowerBound >= 0 && match.tokens.upperBound <= tokens.count)
            precondition(match.iso.allSatisfy { $0.isNumber || $0 == "-" } && [4, 7, 10].contains(match.iso.count), match.iso)
        }
    }

    static func check(_ money: Money?) {
        guard let money else { return }
        precondition(money.amount.isFinite && money.amount >= 0, "amount \(money.amount)")
        precondition(money.currency.count == 3, "currency \(money.currency)")
    }

    private static func getenvString(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
