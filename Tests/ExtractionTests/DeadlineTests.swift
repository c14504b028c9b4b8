import Extraction
import Testing

/// Extraction can be abandoned: a deadline that has passed stops it at its next check.
@Suite("Extraction deadline")
struct DeadlineTests {
    private let text = "date 2025-01-10\n\nAcme Corp donated $2 million to the Trump inaugural fund.\n"

    @Test("a passed deadline gives no extraction")
    func passed() {
        #expect(Extractor().extract(text: text, until: .now) == nil)
    }

    @Test("no deadline, or a far one, extracts as before")
    func far() {
        let plain = Extractor().extract(text: text)
        #expect(Extractor().extract(text: text, until: nil)?.donations == plain.donations)
        #expect(Extractor().extract(text: text, until: .now + .seconds(600))?.donations == plain.donations)
    }
}
