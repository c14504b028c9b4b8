import Reports
import Testing

@Suite("Formatters")
struct FormatterTests {
    /// Every kind of cell, with the characters each format must escape.
    static let sample = ResultTable(
        columns: ["donor", "amount", "in_kind", "parties", "note"],
        rows: [
            [.text("Acme, \"Corp\""), .real(2_000_000), .bool(false), .list(["A", "B"]), .null],
            [.text("Zoé|Ltd"), .real(1.5), .bool(true), .list([]), .text("line\nbreak")],
            [.text("Big"), .integer(7), .null, .list(["Solo"]), .text(String(repeating: "x", count: 60))],
        ])

    @Test("table: fits 80 columns, numbers right and grouped, long text cut with …, no trailing spaces")
    func table() {
        let expected = """
            donor            amount  in_kind  parties  note
            ------------  ---------  -------  -------  -------------------------------------
            Acme, "Corp"  2,000,000  false    A; B
            Zoé|Ltd            1.50  true              line break
            Big                   7           Solo     xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…

            """
        let text = OutputFormat.table.render(Self.sample)
        #expect(text == expected)
        #expect(text.split(separator: "\n").map(\.count).max() == 80)
    }

    @Test("table --wide: nothing cut; amounts carry the row's currency")
    func wideTable() {
        let table = ResultTable(columns: ["who", "amount", "currency", "note"], rows: [
            [.text("A"), .real(4_200_000_000), .text("EUR"), .text(String(repeating: "y", count: 90))],
            [.text("B"), .real(-12.5), .text("USD"), .null],
        ])
        let expected = """
            who             amount  currency  note
            ---  -----------------  --------  \(String(repeating: "-", count: 90))
            A    4,200,000,000 EUR  EUR       \(String(repeating: "y", count: 90))
            B           -12.50 USD  USD

            """
        #expect(OutputFormat.table.render(table, lineWidth: nil) == expected)
    }

    @Test("csv: RFC 4180 quoting and CRLF")
    func csv() {
        let expected = "donor,amount,in_kind,parties,note\r\n"
            + "\"Acme, \"\"Corp\"\"\",2000000,false,A; B,\r\n"
            + "Zoé|Ltd,1.5,true,,\"line\nbreak\"\r\n"
            + "Big,7,,Solo,\(String(repeating: "x", count: 60))\r\n"
        #expect(OutputFormat.csv.render(Self.sample) == expected)
    }

    @Test("json: an array of objects with typed values")
    func json() {
        let expected = """
            [
              {"donor": "Acme, \\"Corp\\"", "amount": 2000000, "in_kind": false, "parties": ["A", "B"], "note": null},
              {"donor": "Zoé|Ltd", "amount": 1.5, "in_kind": true, "parties": [], "note": "line\\nbreak"},
              {"donor": "Big", "amount": 7, "in_kind": null, "parties": ["Solo"], "note": "\(String(repeating: "x", count: 60))"}
            ]

            """
        #expect(OutputFormat.json.render(Self.sample) == expected)
        #expect(OutputFormat.json.render(ResultTable(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test("jsonl: one object per line")
    func jsonLines() {
        let table = ResultTable(columns: ["a", "b"], rows: [[.integer(1), .text("x")], [.real(.nan), .text("\u{1}")]])
        #expect(OutputFormat.jsonl.render(table) == "{\"a\": 1, \"b\": \"x\"}\n{\"a\": null, \"b\": \"\\u0001\"}\n")
    }

    @Test("markdown: a pipe table with pipes escaped")
    func markdown() {
        let expected = """
            | donor | amount | in_kind | parties | note |
            | --- | --- | --- | --- | --- |
            | Acme, "Corp" | 2000000 | false | A; B |  |
            | Zoé\\|Ltd | 1.5 | true |  | line break |
            | Big | 7 |  | Solo | \(String(repeating: "x", count: 60)) |

            """
        #expect(OutputFormat.markdown.render(Self.sample) == expected)
    }

    @Test("numbers: whole amounts without a decimal point, others round-trip")
    func numbers() {
        #expect(CellText.number(4_200_000_000) == "4200000000")
        #expect(CellText.number(139_300_000.5) == "139300000.5")
        #expect(CellText.number(0.85) == "0.85")
        #expect(CellText.number(.infinity) == nil)
    }
}
