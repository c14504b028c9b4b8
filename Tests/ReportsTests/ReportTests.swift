import KnowledgeBase
import Reports
import SQLiteDB
import Testing

@Suite("Reports")
struct ReportTests {
    private func run(_ name: String, _ arguments: [String: String] = [:]) throws -> ResultTable {
        let fixture = try Fixture()
        return try ReportRunner.run(ReportCatalogue.report(named: name), arguments: arguments, on: fixture.reader())
    }

    /// Column → cell maps, for readable expectations.
    private func records(_ table: ResultTable) -> [[String: Cell]] {
        table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0)) }
    }

    @Test("donations: names, typed amount, in_kind as a boolean, article file name")
    func donations() throws {
        let rows = records(try run("donations"))
        #expect(rows.count == 2)
        #expect(rows[0]["donor"] == .text("Acme Corp"))
        #expect(rows[0]["recipient"] == .text("Trump Inaugural Committee"))
        #expect(rows[0]["amount"] == .real(2_000_000))
        #expect(rows[0]["in_kind"] == .bool(false))
        #expect(rows[0]["article"] == .text("a.txt"))
        #expect(rows[0]["donor_type"] == .text("company"))
        #expect(rows[1]["in_kind"] == .bool(true))
        #expect(rows[1]["recipient"] == .null && rows[1]["amount"] == .null)
    }

    @Test("donation filters: donor, recipient, min_amount, since, until, article, currency")
    func donationFilters() throws {
        #expect(try run("donations", ["donor": "acme"]).rows.count == 2)
        #expect(try run("donations", ["donor": "Thales"]).rows.count == 0)
        #expect(try run("donations", ["recipient": "inaugural"]).rows.count == 1)
        #expect(try run("donations", ["min_amount": "1000000"]).rows.count == 1)
        #expect(try run("donations", ["min_amount": "3000000"]).rows.count == 0)
        #expect(try run("donations", ["since": "2025"]).rows.count == 1)
        #expect(try run("donations", ["until": "2024"]).rows.count == 0)
        #expect(try run("donations", ["until": "2025"]).rows.count == 1)
        #expect(try run("donations", ["article": "b.txt"]).rows.count == 0)
        #expect(try run("donations", ["currency": "usd"]).rows.count == 1)
    }

    @Test("contracts: contractor, agency, amount, end date")
    func contracts() throws {
        let rows = records(try run("contracts"))
        #expect(rows.count == 1)
        #expect(rows[0]["contractor"] == .text("Thales"))
        #expect(rows[0]["agency"] == .text("Ministère des Armées"))
        #expect(rows[0]["amount"] == .real(4_200_000_000))
        #expect(rows[0]["currency"] == .text("EUR"))
        #expect(rows[0]["end_date"] == .text("2027"))
        #expect(try run("contracts", ["agency": "armées"]).rows.count == 1)
        #expect(try run("contracts", ["contractor": "Acme"]).rows.count == 0)
    }

    @Test("disputes: parties as a list in the article's order")
    func disputes() throws {
        let rows = records(try run("disputes"))
        #expect(rows.count == 1)
        #expect(rows[0]["parties"] == .list(["Elon Musk", "OpenAI"]))
        #expect(rows[0]["kind"] == .text("lawsuit"))
        #expect(try run("disputes", ["party": "openai"]).rows.count == 1)
        #expect(try run("disputes", ["kind": "antitrust"]).rows.count == 0)
    }

    @Test("mentions: each entity once per article, plus surface forms that differ beyond case and accents")
    func mentions() throws {
        let table = try run("mentions")
        #expect(table.columns == ["name", "type", "article", "entity_key"])
        let lines = table.rows.map { $0.prefix(3).map(CellText.plain).joined(separator: "|") }
        #expect(lines == [
            "Acme Corp|company|a.txt",
            "Acme|company|a.txt",
            "Trump Inaugural Committee|fund|a.txt",
            "Ministère des Armées|agency|b.txt",
            "OpenAI|company|b.txt",
            "Thales|company|b.txt",
            "Elon Musk|person|b.txt",
        ])
        #expect(try run("mentions", ["type": "person"]).rows.count == 1)
    }

    @Test("mentions: a person's surname alone is part of the name shown, no row of its own; an acronym is one")
    func mentionsShortForms() throws {
        let fixture = try Fixture()
        try fixture.database.connection.execute("""
            INSERT INTO mentions(entity_id, article_id, surface, start, end) VALUES (5, 2, 'Musk', 67, 71), (3, 2, 'MinArm', 3, 9);
            """)
        try FoldedNames.fillMissing(fixture.database.connection)
        let table = try ReportRunner.run(ReportCatalogue.report(named: "mentions"), arguments: ["article": "b"], on: fixture.reader())
        let names = table.rows.map { CellText.plain($0[0]) }
        #expect(names == ["Ministère des Armées", "MinArm", "OpenAI", "Thales", "Elon Musk"])
    }

    @Test("entity lists count articles and facts per kind")
    func entityLists() throws {
        let companies = records(try run("companies"))
        #expect(companies.map { $0["name"] } == [.text("Acme Corp"), .text("OpenAI"), .text("Thales")])
        #expect(companies[0]["facts"] == .integer(2) && companies[0]["articles"] == .integer(1))
        #expect(companies[0]["aliases"] == .list(["Acme"]))
        #expect(try run("people").rows.count == 1)
        #expect(try run("agencies").rows.count == 1)
        #expect(try run("funds").rows.count == 1)
        #expect(try run("companies", ["name": "thalès"]).rows.count == 1)
    }

    @Test("articles: metadata and fact counts")
    func articles() throws {
        let rows = records(try run("articles"))
        #expect(rows.count == 2)
        #expect(rows[1]["name"] == .text("b.txt") && rows[1]["language"] == .text("fr"))
        #expect(rows[1]["contracts"] == .integer(1) && rows[1]["disputes"] == .integer(1))
        #expect(try run("articles", ["language": "en"]).rows.count == 1)
    }

    @Test("entity: everything about one name")
    func entity() throws {
        let rows = records(try run("entity", ["name": "Musk"]))
        let relations = rows.compactMap { $0["relation"] }.map(CellText.plain)
        #expect(relations == ["role: PDG", "dispute (lawsuit) against", "mentioned with", "mentioned with",
                              "mentioned with", "article"])
        #expect(rows.first { CellText.plain($0["relation"]!) == "dispute (lawsuit) against" }?["other"] == .text("OpenAI"))
        #expect(rows[0]["entity_key"] == .text("person:elonmusk") && rows[0]["other"] == .text("OpenAI"))
        #expect(try run("entity", ["name": "Acme"]).rows.count >= 3)
    }

    @Test("search: accent-insensitive full text with a snippet")
    func search() throws {
        let rows = records(try run("search", ["q": "ministere"]))
        #expect(rows.count == 1)
        #expect(rows[0]["article"] == .text("b.txt"))
        #expect(CellText.plain(rows[0]["snippet"]!).contains("[ministère]"))
        #expect {
            try run("search", ["q": "\"unclosed", "raw": "1"])
        } throws: { error in
            (error as? ReportError)?.isUsageError == true
        }
    }

    @Test("hostile parameter values are bound as data, never run as SQL")
    func hostileValues() throws {
        let fixture = try Fixture()
        let hostile = "'; DROP TABLE articles; --"
        for report in ReportCatalogue.all {
            for parameter in report.parameters where parameter.kind != .number && parameter.kind != .integer {
                var arguments = [parameter.name: hostile]
                if report.name == "search" && parameter.name != "q" { arguments["q"] = "acme" }
                if report.name == "entity" && parameter.name != "name" { arguments["name"] = "acme" }
                do {
                    _ = try ReportRunner.run(report, arguments: arguments, on: fixture.database.connection)
                } catch {
                    // Dates and choices refuse it before any SQL runs.
                    #expect(error.isUsageError, "\(report.name): \(error)")
                }
            }
        }
        #expect(try fixture.database.connection.scalar("SELECT count(*) FROM articles")?.intValue == 2)
    }
}
