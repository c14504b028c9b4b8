@testable import Reports
import Testing

/// CSV is safe to open in a spreadsheet by default: text that would start a formula is prefixed with `'`.
@Suite("CSV formula safety")
struct CSVSafetyTests {
    private let table = ResultTable(columns: ["=cmd", "amount"], rows: [
        [.text("=HYPERLINK(\"http://x\",\"y\")"), .real(-5)],
        [.text("+1 555"), .integer(-7)],
        [.text("-2"), .null],
        [.text("@SUM(A1)"), .null],
        [.text("\tTab"), .null],
        [.list(["=a", "b"]), .null],
        [.text("Acme = good"), .null],
    ])

    @Test("by default, text cells starting with = + - @ tab or CR get a leading apostrophe; numbers stay numbers")
    func safeByDefault() {
        #expect(OutputFormat.csv.render(table) == """
            '=cmd,amount\r
            "'=HYPERLINK(""http://x"",""y"")",-5\r
            '+1 555,-7\r
            '-2,\r
            '@SUM(A1),\r
            '\tTab,\r
            '=a; b,\r
            Acme = good,\r

            """)
    }

    @Test("raw CSV keeps every cell exactly")
    func raw() {
        var out = ""
        let stream = RowStream(format: .csv, csvSafe: false) { out += $0 }
        stream.begin(columns: table.columns)
        for row in table.rows { stream.write(row) }
        stream.end()
        #expect(out.hasPrefix("=cmd,amount\r\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5\r\n+1 555,-7\r\n"))
    }
}
