import Testing
@testable import Extraction

@Suite("TextNormalizer")
struct TextNormalizerTests {
    @Test("normalises punctuation, spaces and line ends", arguments: [
        ("l\u{2019}entreprise", "l'entreprise"),
        ("10\u{00A0}000\u{202F}dollars", "10 000 dollars"),
        ("un\r\ndeux", "un\ndeux"),
        ("un\rdeux", "un\ndeux"),
        ("ze\u{200B}ro\u{FEFF}", "zero"),
        ("soci\u{00AD}été", "société"),
        ("e\u{301}te\u{301}", "été"),
        ("a   b\t c", "a b c"),
        ("un\n\n\n\ndeux", "un\n\ndeux"),
        ("  début", "début"),
    ])
    func normalize(_ raw: String, _ expected: String) {
        #expect(TextNormalizer.normalize(raw) == expected)
    }

    @Test("composes to NFC scalars")
    func nfc() {
        let out = TextNormalizer.normalize("e\u{301}")
        #expect(Array(out.unicodeScalars) == ["\u{E9}"])
    }
}

@Suite("ByteDecoder")
struct ByteDecoderTests {
    @Test("UTF-8 with and without BOM")
    func utf8() throws {
        let plain = try ByteDecoder.decode(Array("société".utf8))
        #expect(plain.text == "société")
        #expect(plain.encoding == .utf8)
        let bom = try ByteDecoder.decode([0xEF, 0xBB, 0xBF] + Array("été".utf8))
        #expect(bom.text == "été")
        #expect(bom.encoding == .utf8)
    }

    @Test("Windows-1252 fallback", arguments: [
        ([0x63, 0x61, 0x66, 0xE9] as [UInt8], "café"),
        ([0x6C, 0x92, 0x61] as [UInt8], "l\u{2019}a"),
        ([0x80, 0x20, 0x35] as [UInt8], "€ 5"),
    ])
    func windows1252(_ bytes: [UInt8], _ expected: String) throws {
        let decoded = try ByteDecoder.decode(bytes)
        #expect(decoded.text == expected)
        #expect(decoded.encoding == .windows1252)
    }

    @Test("UTF-16 with BOM")
    func utf16() throws {
        let decoded = try ByteDecoder.decode([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00])
        #expect(decoded.text == "hé")
        #expect(decoded.encoding == .utf16)
    }

    @Test("rejects empty and binary input", arguments: [
        ([] as [UInt8], DecodeError.empty),
        ([0x61, 0x00, 0x62] as [UInt8], DecodeError.binary),
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00] as [UInt8], DecodeError.binary),
    ])
    func rejects(_ bytes: [UInt8], _ error: DecodeError) {
        #expect(throws: error) { try ByteDecoder.decode(bytes) }
    }
}

@Suite("HTMLText")
struct HTMLTextTests {
    static let page = """
    <!DOCTYPE html><html><head><title>Le contrat &amp; la D&eacute;fense</title>
    <style>p { color: red; }</style><script>var x = "<p>caché</p>";</script></head>
    <body><p>L&rsquo;agence a sign&#233; un contrat.</p><p>C&#x2019;est fait &amp; bien fait.</p>
    <!-- commentaire --><script type="text/javascript">alert(1)</script></body></html>
    """

    @Test("drops scripts, styles and comments")
    func strips() {
        let (text, _) = HTMLText.extract(Self.page)
        #expect(!text.contains("color"))
        #expect(!text.contains("caché"))
        #expect(!text.contains("alert"))
        #expect(!text.contains("commentaire"))
        #expect(!text.contains("<"))
    }

    @Test("decodes entities and keeps paragraphs on their own lines")
    func decodes() {
        let (text, _) = HTMLText.extract(Self.page)
        let lines = TextNormalizer.normalize(text).split(separator: "\n").map(String.init)
        #expect(lines.contains("L\u{2019}agence a signé un contrat.".replacingAll("\u{2019}", with: "'")))
        #expect(lines.contains("C'est fait & bien fait."))
        #expect(text.contains("L\u{2019}agence a signé"))
    }

    @Test("reads a <title> outside <head>")
    func bareTitle() {
        let html = "<html><title>Le contrat &amp; la D&eacute;fense</title><body><p>Texte.</p></body></html>"
        #expect(HTMLText.extract(html).title == "Le contrat & la Défense")
    }

    @Test("reads the <title> of <head>")
    func title() {
        #expect(HTMLText.extract(Self.page).title == "Le contrat & la Défense")
    }

    @Test("entity references", arguments: [
        ("&eacute;", "é"), ("&amp;", "&"), ("&rsquo;", "\u{2019}"), ("&#233;", "é"), ("&#x2019;", "\u{2019}"),
        ("&unknown; &", "&unknown; &"), ("AT&T", "AT&T"),
    ])
    func entities(_ raw: String, _ expected: String) {
        #expect(HTMLText.decodeEntities(raw) == expected)
    }

    @Test("recognises HTML", arguments: [("<!doctype html><p>x</p>", true), ("<p>un</p>", true), ("Texte simple < 3", false)])
    func looksLikeHTML(_ text: String, _ expected: Bool) {
        #expect(HTMLText.looksLikeHTML(text) == expected)
    }
}
