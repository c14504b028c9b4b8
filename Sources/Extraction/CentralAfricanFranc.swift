/// "3 milliards de FCFA" names two currencies: the West African franc (XOF), which the money parser reads, and the
/// Central African one (XAF), which an article set in Cameroon, Gabon, Chad, Congo or the Central African Republic means.
enum CentralAfricanFranc {
    static let places = LexiconData.set("currency.xaf.place")

    static func apply(_ moneys: inout [[MoneyMatch]], _ sentences: [Sentence]) {
        guard moneys.contains(where: { $0.contains { $0.money.currency == "XOF" } }),
              sentences.contains(where: { $0.tokens.contains { places.contains($0) } }) else { return }
        for s in moneys.indices {
            for m in moneys[s].indices where moneys[s][m].money.currency == "XOF" { moneys[s][m].money.currency = "XAF" }
        }
    }
}
