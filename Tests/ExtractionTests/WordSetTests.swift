import Testing
@testable import Extraction

/// The hashed word set and map the word lists use: exact membership by word and by token, whatever the hash.
@Suite("WordSet and WordMap")
struct WordSetTests {
    static let words: WordSet = ["le", "the", "ministere", "etats-unis", "d'", "©", "société", "ß", ""]

    @Test("listed words are members, by word and by token")
    func members() {
        for word in ["le", "the", "ministere", "etats-unis", "d'", "©", "société", "ß", ""] {
            #expect(Self.words.contains(word), "\(word)")
        }
        // Tokens fold first: "Ministère" is asked as "ministere", "États-Unis" as "etats-unis"; "d'abord" opens with "d'".
        for text in ["Le", "THE", "Ministère", "États-Unis", "d'abord"] {
            let token = Tokenizer.tokenize(text, language: "fr")[0]
            #expect(Self.words.contains(token), "\(text)")
        }
        #expect(Self.words.count == 9)
    }

    @Test("absent words are not members")
    func absent() {
        for word in ["la", "th", "thee", "ministère", "Le", "etats", "unis", "d", "societe", "ss", " "] {
            #expect(!Self.words.contains(word), "\(word)")
        }
        // "Société" folds to "societe", which is not listed ("société" is, as written).
        let token = Tokenizer.tokenize("Société", language: "fr")[0]
        #expect(!Self.words.contains(token))
        #expect(!WordSet().contains(""))
    }

    @Test("a set grown past its first table keeps every word, in insertion order")
    func growth() {
        let many = (0..<1_000).map { "w\($0)" }
        var set = WordSet()
        for word in many {
            let inserted = set.insert(word)
            #expect(inserted)
        }
        let again = set.insert("w7")
        #expect(!again)
        #expect(Array(set) == many)
        #expect(many.allSatisfy(set.contains))
        #expect(!set.contains("w1000") && !set.contains("w-1"))
    }

    @Test("set algebra answers as Set<String> does")
    func algebra() {
        let a: WordSet = ["a", "b", "c"], b: WordSet = ["c", "d"], c: WordSet = ["x", "y", "z", "w"]
        #expect(!a.isDisjoint(with: b) && a.isDisjoint(with: c) && c.isDisjoint(with: a))
        #expect(a.isDisjoint(with: ["d", "e"]) && !a.isDisjoint(with: ["e", "a"]))
        #expect(Array(a.union(b)) == ["a", "b", "c", "d"])
        #expect(Array(a.subtracting(["b"])) == ["a", "c"])
        #expect(a.isSuperset(of: ["a", "c"]) && !a.isSuperset(of: ["a", "d"]))
        #expect(Array(a.intersection(["c", "a", "q"] as Set<String>)) == ["a", "c"] && a.intersection(c).isEmpty)
        #expect(a.isSubset(of: ["c", "b", "a", "z"] as Set<String>) && !a.isSubset(of: b))
    }

    @Test("a sentence answers word lists of either kind")
    func sentenceWords() {
        let tokens = Tokenizer.tokenize("Le ministère a signé le contrat.", language: "fr")
        let context = SentenceContext(sentence: Sentence(index: 0, span: TextSpan(0, 32), tokens: tokens), mentions: [], money: [],
                                      dates: [], published: nil, evidence: Evidence(text: "", span: TextSpan(0, 32)))
        #expect(context.contains(["contrat", "deal"]) && !context.contains(["deal", "accord"]))
        #expect(context.contains(["ministere"] as Set<String>) && !context.contains(["ministère"] as Set<String>))
        #expect(context.contains(WordSet(["signe"])) && !context.contains(WordSet()))
    }

    @Test("a flagged list is answered from the sentence's mask as its words would answer")
    func flaggedLists() {
        let tokens = Tokenizer.tokenize("La campagne a reçu un don ; Acme a remporté le contrat.", language: "fr")
        let context = SentenceContext(sentence: Sentence(index: 0, span: TextSpan(0, 55), tokens: tokens), mentions: [], money: [],
                                      dates: [], published: nil, evidence: Evidence(text: "", span: TextSpan(0, 55)))
        var said: [SentenceList] = []
        for list in SentenceList.allCases {
            // The same words without the flag are answered by intersection.
            let plain = WordSet(Array(list.words))
            #expect(plain.flag == 0 && list.words.flag == list.bit, "\(list)")
            #expect(context.contains(list.words) == context.contains(plain), "\(list)")
            // Each token is asked through its flags, with the same answers.
            #expect(tokens.allSatisfy { list.words.contains($0) == plain.contains($0) }, "\(list)")
            if context.contains(list.words) { said.append(list) }
        }
        #expect(said == [.political, .gift, .trigger, .contractWords, .awardVerbs, .strongAwardVerbs, .disputeAward, .carriers,
                         .receiving, .prepositions, .determiners, .clauseBreaks, .auxiliaries, .spelledNumbers, .frenchWords])
        // A word added to a flagged list makes another list: its flag goes.
        var grown = DonationRules.cashWords
        grown.insert("virement")
        #expect(grown.flag == 0 && DonationRules.cashWords.flag == SentenceList.cash.bit)
    }

    @Test("a word map finds values by word and by token")
    func map() {
        let months: WordMap<Int> = ["janvier": 1, "fevrier": 2, "aout": 8]
        #expect(months["fevrier"] == 2 && months["mars"] == nil)
        #expect(months[Tokenizer.tokenize("Février", language: "fr")[0]] == 2)
        #expect(months[Tokenizer.tokenize("août", language: "fr")[0]] == 8)
        #expect(months[Tokenizer.tokenize("juin", language: "fr")[0]] == nil)
        var changed = months
        changed["aout"] = 9
        #expect(changed["aout"] == 9 && months["aout"] == 8)
    }

    @Test("the hash is FNV-1a of the UTF-8 bytes")
    func hash() {
        // Reference values of 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
        #expect(WordSet.hash("") == 0xcbf2_9ce4_8422_2325)
        #expect(WordSet.hash("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(WordSet.hash("foobar") == 0x8594_4171_f739_67e8)
    }
}
