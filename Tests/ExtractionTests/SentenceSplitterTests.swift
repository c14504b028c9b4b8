import Testing
@testable import Extraction

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    static func sentences(_ text: String, language: String = "fr") -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(text, language: language)
        return SentenceSplitter.split(tokens, scalars: scalars).map {
            String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end]))
        }
    }

    @Test("splits where a sentence ends and nowhere else", arguments: [
        ("M. Dupont a parlé. Il est parti.", ["M. Dupont a parlé.", "Il est parti."]),
        ("Donald J. Trump a gagné.", ["Donald J. Trump a gagné."]),
        ("U.S. officials said. They left.", ["U.S. officials said.", "They left."]),
        ("Le bénéfice atteint 139,3 millions. Ensuite il baisse.", ["Le bénéfice atteint 139,3 millions.", "Ensuite il baisse."]),
        ("Une stratégie différente.Meta a donné un million.", ["Une stratégie différente.", "Meta a donné un million."]),
        ("Il a dit : « C'est fini. On part. Au revoir. » Puis il est sorti.",
         ["Il a dit : « C'est fini. On part. Au revoir. »", "Puis il est sorti."]),
        ("Premier titre sans point\nDeuxième ligne", ["Premier titre sans point", "Deuxième ligne"]),
        ("Mme Martin est arrivée. Dr. Smith aussi.", ["Mme Martin est arrivée.", "Dr. Smith aussi."]),
        ("Les dons (vidéo dans le texte)Ces dons sont rares.", ["Les dons (vidéo dans le texte)", "Ces dons sont rares."]),
    ])
    func split(_ text: String, _ expected: [String]) {
        #expect(Self.sentences(text) == expected)
    }

    @Test("sentence spans are tokens' offsets and indices are consecutive")
    func spans() {
        let text = "Il est venu. Elle est partie.\nFin."
        let tokens = Tokenizer.tokenize(text, language: "fr")
        let sentences = SentenceSplitter.split(tokens, scalars: Array(text.unicodeScalars))
        #expect(sentences.map(\.index) == Array(0..<sentences.count))
        for s in sentences {
            #expect(s.span.start == s.tokens.first?.start)
            #expect(s.span.end == s.tokens.last?.end)
        }
        #expect(sentences.flatMap(\.tokens).count == tokens.count)
    }
}
