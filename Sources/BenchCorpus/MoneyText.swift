/// An amount as a newspaper writes it, and its value for the gold file.
struct MoneyText {
    var text: String
    var value: Double
    var currency: String

    /// Tenths written as a decimal: 125 -> "12.5" (or "12,5" in French), 120 -> "12".
    static func decimal(_ tenths: Int, french: Bool) -> String {
        tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10)\(french ? "," : ".")\(tenths % 10)"
    }

    /// Thousands grouped: 250000 -> "250,000" (or "250 000").
    static func grouped(_ value: Int, french: Bool) -> String {
        let digits = Array(String(value))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += french ? " " : "," }
            out.append(digit)
        }
        return out
    }

    /// A gift: tens of thousands to a few millions.
    static func gift(_ rng: inout SeededRandom, french: Bool) -> MoneyText {
        if rng.chance(55) {
            let value = rng.within(2...180) * 5_000
            return french ? euros(value, &rng) : MoneyText(text: "$" + grouped(value, french: false), value: Double(value), currency: "USD")
        }
        return millions(rng.within(10...60), &rng, french: french)
    }

    /// A contract: millions to a few billions.
    static func contract(_ rng: inout SeededRandom, french: Bool) -> MoneyText {
        if rng.chance(15) {
            let tenths = rng.within(11...49)
            let value = Double(tenths) * 1e8
            if french { return MoneyText(text: decimal(tenths, french: true) + " milliards d'euros", value: value, currency: "EUR") }
            let unit = rng.chance(50) ? " billion" : "bn"
            return MoneyText(text: "$" + decimal(tenths, french: false) + unit, value: value, currency: "USD")
        }
        return millions(rng.within(15...4_800), &rng, french: french)
    }

    /// A fine: millions, written out in French ("une amende de 13,7 M€ à X" is not read yet: see docs/benchmarks.md).
    static func fine(_ rng: inout SeededRandom, french: Bool) -> MoneyText {
        let tenths = rng.within(10...900)
        guard french else { return millions(tenths, &rng, french: false) }
        return MoneyText(text: decimal(tenths, french: true) + (tenths < 20 ? " million d'euros" : " millions d'euros"),
                         value: Double(tenths) * 100_000, currency: "EUR")
    }

    private static func euros(_ value: Int, _ rng: inout SeededRandom) -> MoneyText {
        MoneyText(text: grouped(value, french: true) + (rng.chance(70) ? " euros" : " €"), value: Double(value), currency: "EUR")
    }

    /// `tenths` tenths of a million in the house style of the language, now and then in another currency.
    private static func millions(_ tenths: Int, _ rng: inout SeededRandom, french: Bool) -> MoneyText {
        let value = Double(tenths) * 100_000
        let number = decimal(tenths, french: french)
        if french {
            switch rng.below(10) {
            case 0..<5: return MoneyText(text: number + (tenths < 20 ? " million d'euros" : " millions d'euros"), value: value, currency: "EUR")
            case 5..<8: return MoneyText(text: number + " M€", value: value, currency: "EUR")
            default: return MoneyText(text: number + (tenths < 20 ? " million de dollars" : " millions de dollars"), value: value, currency: "USD")
            }
        }
        switch rng.below(10) {
        case 0..<5: return MoneyText(text: "$" + number + " million", value: value, currency: "USD")
        case 5..<8: return MoneyText(text: "$" + number + "m", value: value, currency: "USD")
        case 8: return MoneyText(text: "€" + number + " million", value: value, currency: "EUR")
        default: return MoneyText(text: "£" + number + "m", value: value, currency: "GBP")
        }
    }
}
