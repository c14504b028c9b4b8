/// Québec press writes its sums bare ("CGI a décroché 448 contrats pour une valeur de 483 millions"): in an article that
/// names no currency at all and is set in Canada, a bare sum in millions is in Canadian dollars (lexicon
/// `currency.cad.place`).
enum ImpliedCurrency {
    static let canadianPlaces = LexiconData.set("currency.cad.place")

    /// The currency a bare sum takes in an article that names none; nil when the article's place tells none.
    static func currency(_ sentences: [Sentence]) -> String? {
        sentences.contains(where: { $0.tokens.contains { canadianPlaces.contains($0) } }) ? "CAD" : nil
    }
}
