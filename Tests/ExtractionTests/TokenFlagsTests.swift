import Testing
@testable import Extraction

/// The facts a token stores once (capital, ASCII, hyphen, lengths) and the byte-level readers that replaced
/// Character and scalar walks: each must answer as the String it stands for would.
@Suite("Token flags and byte readers")
struct TokenFlagsTests {
    func token(_ text: String) -> Token { Tokenizer.tokenize(text, language: "fr")[0] }

    @Test("a token's stored flags match its text")
    func flags() {
        let cases: [(text: String, capital: Bool, ascii: Bool, hyphen: Bool, length: Int, foldedLength: Int)] = [
            ("Musk", true, true, false, 4, 4),
            ("musk", false, true, false, 4, 4),
            ("États-Unis", true, false, true, 10, 10),
            ("Œuvre", true, false, false, 5, 6),
            ("million-dollar", false, true, true, 14, 14),
            ("58 000", false, true, false, 6, 6),
            ("«", false, false, false, 1, 1),
            ("ß", false, false, false, 1, 2),
        ]
        for c in cases {
            let t = token(c.text)
            #expect(t.text == c.text)
            #expect(t.isCapitalized == c.capital, "\(c.text)")
            #expect(t.isASCII == c.ascii, "\(c.text)")
            #expect(t.hasHyphen == c.hyphen, "\(c.text)")
            #expect(t.length == c.length && t.length == t.text.count, "\(c.text)")
            #expect(t.foldedLength == c.foldedLength && t.foldedLength == t.folded.count, "\(c.text)")
            // The tokenizer works the hash out in its own pass over ASCII text: the same as hashing the folded form.
            #expect(t.wordHash == WordSet.hash(t.folded), "\(c.text)")
        }
    }

    @Test("tokens fold as Folding.fold does, ASCII or not")
    func folds() {
        for text in ["Musk", "musk", "NASA", "Ministère", "ŒUVRE", "Straße", "Ørsted", "Đorđe", "Ǆemal"] {
            #expect(token(text).folded == Folding.fold(text), "\(text)")
        }
        #expect(Folding.fold("Ministère") == "ministere")
        #expect(Folding.fold("Œuvre") == "oeuvre")
        #expect(Folding.fold("Straße") == "strasse")
    }

    @Test("numbers read the same from bytes")
    func numbers() {
        #expect(NumberParser.value("2025", language: "fr") == 2025)
        #expect(NumberParser.value("1234567890123456789", language: "en") == 1_234_567_890_123_456_768)  // the nearest Double
        #expect(NumberParser.value("58 000", language: "fr") == 58_000)
        #expect(NumberParser.value("241'000", language: "fr") == 241_000)
        #expect(NumberParser.value("241\u{2019}000", language: "fr") == 241_000)
        #expect(NumberParser.value("139,3", language: "fr") == 139.3)
        #expect(NumberParser.value("1,500", language: "en") == 1_500)
        #expect(NumberParser.value("1,500", language: "fr") == 1.5)
        #expect(NumberParser.value("1.500", language: "fr") == 1_500)
        #expect(NumberParser.value("1.5", language: "fr") == 1.5)
        #expect(NumberParser.value("1,500,000", language: "fr") == 1_500_000)
        #expect(NumberParser.value("1.234,5", language: "fr") == 1234.5)
        #expect(NumberParser.value("1,234.5", language: "fr") == 1234.5)
        #expect(NumberParser.value("1.2.3", language: "en") == nil)
    }

    @Test("UTF-8 bytes decode to the String's scalars")
    func scalars() {
        for text in ["", "plain", "Ministère «cité» — 5 €", "emoji 🚀 and 𝔘", "e\u{301}", "\r\n"] {
            #expect(UTF8Scalars.array(text) == Array(text.unicodeScalars), "\(text)")
        }
        // Slices by byte offsets are the texts Tokenizer.string writes from the scalars.
        let text = "Le «ministère» a payé 5 € — 🚀 done"
        let scalars = UTF8Scalars.array(text)
        let offsets = UTF8Scalars.byteOffsets(scalars)
        #expect(offsets.count == scalars.count + 1 && offsets.last == text.utf8.count)
        #expect(UTF8Scalars.arrayAndOffsets(text).scalars == scalars && UTF8Scalars.arrayAndOffsets(text).offsets == offsets)
        #expect(Array(offsets.prefix(5)) == [0, 1, 2, 3, 5])
        for range in [0..<2, 3..<14, 20..<27, 28..<34, 0..<scalars.count, 5..<5] {
            #expect(UTF8Scalars.slice(text, offsets: offsets, range) == Tokenizer.string(scalars, range), "\(range)")
        }
        #expect(UTF8Scalars.slice(text, offsets: offsets, 3..<14) == "«ministère»")
    }

    @Test("an article date's year and month read as the Character slices would")
    func publishedParts() {
        let cases: [(String?, Int?, Int?)] = [
            ("2024-12-18", 2024, 12), ("2024-12", 2024, 12), ("2024", 2024, nil), ("2024-1", 2024, nil),
            (nil, nil, nil), ("abcd-xy", nil, nil), ("2024-é5", 2024, nil), ("20", 20, nil),
            ("2025-01-05", 2025, 1), ("12345", 1234, nil), ("2024/12/18", 2024, 12), ("-123-45", -123, 45),
        ]
        for (text, year, month) in cases {
            let parts = DateParser.publishedParts(text)
            #expect(parts.year == year && parts.month == month, "\(text ?? "nil")")
            if let text {
                #expect(parts.year == Int(text.prefix(4)))
                #expect(parts.month == (text.count >= 7 ? Int(text.dropFirst(5).prefix(2)) : nil))
            }
        }
    }

    @Test("the header's lines are cut at line feeds, blank lines skipped, a carriage return keeping its line feed")
    func headerLines() {
        let header = ArticleHeader.read("\n\nUn titre assez long pour compter\n\nLe texte de l'article est en français et il parle des dons.")
        #expect(header.title == "Un titre assez long pour compter")
        // No line feed at all: the one line is the whole text, and a long first line ending as a sentence is no title.
        let single = ArticleHeader.read("Le texte de l'article est en français et il parle des dons versés au fonds.")
        #expect(single.title == nil)
        // A line feed after a carriage return does not end the line: the title runs on to the next bare line feed.
        let joined = ArticleHeader.read("Premier titre\r\nsuite du titre\nLe texte de l'article est en français.")
        #expect(joined.title == "Premier titre\r\nsuite du titre")
    }

    @Test("a word's hash and hyphen come from one pass, as from two")
    func hashAndHyphen() {
        for word in ["", "a", "etats-unis", "-", "million-dollar", "société", "abcdefghijklmnopqrstuvwxyz-long-word"] {
            let both = WordSet.hashAndHyphen(word)
            #expect(both.hash == WordSet.hash(word) && both.hyphen == word.contains("-"), "\(word)")
        }
    }

    @Test("HTML is told by its markers in the first 1024 characters")
    func htmlSniff() {
        #expect(HTMLText.looksLikeHTML("<!DOCTYPE html><p>Texte</p>"))
        #expect(HTMLText.looksLikeHTML("Intro é\n<p>un paragraphe</p>"))
        #expect(!HTMLText.looksLikeHTML("Un article sans balise, accentué, où 3 < 4."))
        #expect(!HTMLText.looksLikeHTML(String(repeating: "é", count: 1100) + "<html>"))
        #expect(!HTMLText.looksLikeHTML("Texte brut sans marque"))
    }

    @Test("an amount opens only where the parser can start one")
    func amountOpeners() {
        // Country letters open an amount only glued to "$" ("A$5"): "us" alone does not.
        let tokens = Tokenizer.tokenize("Le fonds reçoit 5 millions de dollars, $ 3 , USD , un vingt-cinq us A$5", language: "fr")
        let opening = tokens.indices.filter { MoneyParser.mayOpen(tokens, $0) }.map { tokens[$0].text }
        #expect(opening == ["5", "millions", "$", "3", "USD", "un", "vingt-cinq", "A", "$", "5"])
    }

    @Test("a folded name's first and last words are those split(separator:) gives")
    func firstAndLastWords() {
        for name in ["cour de cassation", "  tribunal  administratif ", "court", "", "   ", "conseil d'etat",
                     "high court", "a b", "cour e\u{301} d", "tribunal \u{301}x court", "ecole  de  la magistrature"] {
            let words = name.split(separator: " ")
            let (first, last) = FoldedWords.firstAndLast(name)
            #expect(first == String(words.first ?? "") && last == String(words.last ?? ""), "\(name)")
        }
    }
}
