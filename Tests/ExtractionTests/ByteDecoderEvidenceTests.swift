import Extraction
import Testing

/// A file's encoding is decided on evidence: a few bad bytes in UTF-8 are repaired, real Windows-1252 is read so.
@Suite("ByteDecoder evidence")
struct ByteDecoderEvidenceTests {
    @Test("UTF-8 with one stray byte stays UTF-8, the byte replaced and counted")
    func strayByte() throws {
        let bytes = Array("Le ministère des Armées a signé".utf8) + [0x92] + Array(" un contrat.".utf8)
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.text == "Le ministère des Armées a signé\u{FFFD} un contrat.")
        #expect(decoded.encoding == .utf8)
        #expect(decoded.replaced == 1)
    }

    @Test("Windows-1252 text with its accents is read as Windows-1252, nothing replaced")
    func realWindows1252() throws {
        let bytes: [UInt8] = Array("Le minist".utf8) + [0xE8] + Array("re des Arm".utf8) + [0xE9] + Array("es a sign".utf8)
            + [0xE9, 0x20, 0x93] + Array("un contrat".utf8) + [0x94, 0x2E]
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.text == "Le ministère des Armées a signé “un contrat”.")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.replaced == 0)
    }

    @Test("as many bad bytes as UTF-8 sequences is still UTF-8; more bad bytes is Windows-1252")
    func balance() throws {
        #expect(try ByteDecoder.decode(Array("é".utf8) + [0xE9]).encoding == .utf8)
        #expect(try ByteDecoder.decode(Array("é".utf8) + [0xE9, 0x20, 0xE8]).encoding == .windows1252)
    }

    @Test("valid UTF-8 replaces nothing")
    func clean() throws {
        #expect(try ByteDecoder.decode(Array("société".utf8)).replaced == 0)
    }
}
