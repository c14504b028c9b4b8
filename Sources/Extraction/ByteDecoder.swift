/// Why raw bytes could not be read as article text.
public enum DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary
    case noText

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file looks binary (NUL or control bytes), not text"
        case .noText: return "no readable text after decoding"
        }
    }
}

/// Turns raw file bytes into a String: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252,
/// decided on evidence: UTF-8 with a few bad bytes keeps its UTF-8 and has those bytes replaced (and counted).
public enum ByteDecoder {
    /// The encoding that was used, so a caller can report it.
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf16 = "UTF-16", windows1252 = "Windows-1252" }

    /// The text, the encoding chosen, and how many bytes were not valid in it and became U+FFFD.
    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> (text: String, encoding: Encoding, replaced: Int) {
        if bytes.isEmpty { throw .empty }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return (decodeUTF16(bytes), .utf16, 0)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        if looksBinary(body) { throw .binary }
        if let text = String(validating: body, as: UTF8.self) { return (text, .utf8, 0) }
        let evidence = utf8Evidence(body)
        // Windows-1252 accents are lone high bytes, which almost never form valid UTF-8 sequences: a file with
        // at least as many valid multi-byte sequences as stray bytes is UTF-8 with damage, not Windows-1252.
        if evidence.sequences > 0 && evidence.sequences >= evidence.invalid {
            return (String(decoding: body, as: UTF8.self), .utf8, evidence.invalid)
        }
        return (decodeWindows1252(body), .windows1252, 0)
    }

    /// Counts valid multi-byte UTF-8 sequences, and the bytes that belong to none (each becomes one U+FFFD).
    static func utf8Evidence(_ bytes: ArraySlice<UInt8>) -> (sequences: Int, invalid: Int) {
        var sequences = 0, invalid = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count > 1 { sequences += 1 }
            case .error:
                invalid += 1
            case .emptyInput:
                return (sequences, invalid)
            }
        }
    }

    /// NUL bytes, or more than 2% of C0 control bytes other than tab/newline/CR/form feed, mean binary.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        var controls = 0
        let nul = bytes.prefix(65_536).withUnsafeBufferPointer { buffer in
            var k = 0
            while k < buffer.count {
                // Eight bytes at a time while none is below 0x20 (most text): only those bytes count.
                if k + 8 <= buffer.count, !ASCIIWord.hasControl(ASCIIWord.load(buffer, k)) {
                    k += 8
                    continue
                }
                let byte = buffer[k]
                k += 1
                if byte == 0 { return true }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
            }
            return false
        }
        return nul || controls * 50 > min(bytes.count, 65_536)
    }

    static func decodeUTF16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F block; the other bytes are Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        // UTF-8 bytes made a String once: appending to a String.UnicodeScalarView is not amortised (quadratic).
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { utf8.append($0) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}
