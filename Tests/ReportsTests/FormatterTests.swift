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

    @Test("table: aligned columns, numbers right, long cells cut, no trailing spaces")
    func table() {
        let expected = """
            donor          amount  in_kind  parties  note
            ------------  -------  -------  -------  ------------------------------------------------
            Acme, "Corp"  2000000  false    A; B
            Zoé|Ltd           1.5  true              line break
            Big                 7           Solo     xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…

            """
        #expect(OutputFormat.table.render(Self.sample) == expected)
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
