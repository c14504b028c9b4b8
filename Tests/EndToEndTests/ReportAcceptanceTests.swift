import Foundation
import KnowledgeBase
import Testing

/// Every report, run by the built kb on the row-by-row fixture: the exact rows in JSON, and the shape of csv and
/// table output.
@Suite("Report acceptance")
struct ReportAcceptanceTests {
    /// The rows of `kb query ARGS --format json`, each reduced to `columns` joined with " | " (null as "",
    /// lists joined with "; ", whole numbers without ".0").
    private func rows(_ arguments: [String], _ columns: [String], db: String) throws -> [String] {
        let result = try KBProcess.run(["query"] + arguments + ["--db", db, "--format", "json"])
        guard result.status == 0 else { throw Failure("kb query \(arguments) failed (\(result.status)): \(result.stderr)") }
        return try KBProcess.jsonArray(result.stdout).map { row in
            columns.map { Self.text(row[$0]) }.joined(separator: " | ")
        }
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let list as [Any]: return list.map { text($0) }.joined(separator: "; ")
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }  // JSON true/false
            let double = number.doubleValue
            return double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : "\(double)"
        case let text as String: return text
        default: return "\(value!)"
        }
    }

    private func fixture() throws -> (Scratch, String) {
        let scratch = try Scratch()
        return (scratch, try ReportFixture.make(in: scratch))
    }

    @Test("donations: every gift with its keys, the joint gift marked shared")
    func donations() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["donations"], ["donor", "recipient", "amount", "currency", "date", "in_kind", "article", "donor_key", "shared"], db: db) == [
            "Acme Corp | Trump Inaugural Committee | 2000000 | USD | 2025-01 | false | a.txt | company:acmecorp | false",
            "Acme Corp | Trump Inaugural Committee |  |  | 2025-01 | true | a.txt | company:acmecorp | false",
            "Liz Uihlein | Restoration PAC | 1000000 | USD | 2024-10 | false | a.txt | person:lizuihlein | true",
            "Dick Uihlein | Restoration PAC | 1000000 | USD | 2024-10 | false | a.txt | person:dickuihlein | true",
        ])
        #expect(try rows(["donations", "donor=ACME", "min_amount=1e6"], ["donor", "amount"], db: db) == ["Acme Corp | 2000000"])
        #expect(try rows(["donations", "recipient=restoration pac", "since=2024-10", "until=2024"], ["donor"], db: db)
            == ["Liz Uihlein", "Dick Uihlein"])
        #expect(try rows(["donations", "donor=", "currency=", "since="], ["donor"], db: db).count == 4)  // '' is no filter
    }

    @Test("contracts: names as the article wrote them, the multiple award shared")
    func contracts() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["contracts"], ["contractor", "agency", "amount", "currency", "date", "end_date", "article", "shared", "source"], db: db) == [
            "Thales | Ministère des Armées | 4200000000 | EUR | 2024-12 | 2027 | b.txt | false | /news/b.txt",
            "Amazon | Department of Defense | 9000000000 | USD | 2025-03 |  | c.txt | true | https://news.example/cloud-awards",
            "Google | Department of Defense | 9000000000 | USD | 2025-03 |  | c.txt | true | https://news.example/cloud-awards",
        ])
        #expect(try rows(["contracts", "agency=pentagon"], ["contractor", "byline"], db: db) == ["Amazon | Jane Roe", "Google | Jane Roe"])
        #expect(try rows(["contracts", "agency=ministere des armees"], ["contractor"], db: db) == ["Thales"])
    }

    @Test("disputes: parties in order, and the sides from dispute_parties")
    func disputes() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["disputes"], ["parties", "plaintiffs", "defendants", "kind", "date", "article", "party_keys"], db: db) == [
            "Elon Musk; OpenAI | Elon Musk | OpenAI | lawsuit | 2024-12 | b.txt | person:elonmusk; company:openai",
        ])
        #expect(try rows(["disputes", "party=open ai"], ["kind"], db: db) == ["lawsuit"])
    }

    @Test("mentions, people, companies, agencies, funds, articles")
    func lists() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["mentions", "article=a.txt"], ["name", "type", "article"], db: db) == [
            "Acme Corp | company | a.txt", "Acme | company | a.txt", "Restoration PAC | fund | a.txt",
            "Trump Inaugural Committee | fund | a.txt", "Dick Uihlein | person | a.txt", "Liz Uihlein | person | a.txt",
        ])
        #expect(try rows(["people"], ["name", "articles", "facts", "aliases"], db: db) == [
            "Dick Uihlein | 1 | 1 | ", "Elon Musk | 1 | 1 | Musk", "Liz Uihlein | 1 | 1 | ", "Sam Altman | 1 | 0 | ",
        ])
        #expect(try rows(["companies"], ["name", "facts"], db: db) == [
            "Acme Corp | 2", "OpenAI | 1", "Amazon | 1", "Google | 1", "Thales | 1",
        ])
        #expect(try rows(["agencies"], ["name", "facts", "entity_key"], db: db) == [
            "Department of Defense | 2 | agency:departmentofdefense", "Ministère des Armées | 1 | agency:ministeredesarmees",
        ])
        #expect(try rows(["funds"], ["name", "facts"], db: db) == ["Restoration PAC | 2", "Trump Inaugural Committee | 2"])
        #expect(try rows(["articles"], ["name", "published", "language", "donations", "contracts", "disputes", "entities"], db: db) == [
            "a.txt | 2025-01-10 | en | 4 | 0 | 0 | 5", "b.txt | 2024-12-18 | fr | 0 | 1 | 1 | 4", "c.txt | 2025-03-13 | en | 0 | 2 | 0 | 5",
        ])
    }

    @Test("profile (and its other name, entity): one line per fact with its source, totals per currency")
    func profile() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let columns = ["entity", "relation", "other", "amount", "currency", "date", "article", "source"]
        #expect(try rows(["profile", "entity=acme"], columns, db: db) == [
            "Acme Corp | alias | Acme |  |  |  |  | article",
            "Acme Corp | gave to | Trump Inaugural Committee | 2000000 | USD | 2025-01 | a.txt | /news/a.txt",
            "Acme Corp | gave to | Trump Inaugural Committee |  |  | 2025-01 | a.txt | /news/a.txt",
            "Acme Corp | total given |  | 2000000 | USD | 2025-01..2025-01 |  | ",
            "Acme Corp | mentioned with | Dick Uihlein |  |  |  |  | ",
            "Acme Corp | mentioned with | Liz Uihlein |  |  |  |  | ",
            "Acme Corp | mentioned with | Restoration PAC |  |  |  |  | ",
            "Acme Corp | mentioned with | Trump Inaugural Committee |  |  |  |  | ",
            "Acme Corp | article | Acme gives |  |  | 2025-01-10 | a.txt | /news/a.txt",
        ])
        let viaEntity = try rows(["entity", "name=Musk"], ["relation", "other"], db: db)
        #expect(viaEntity == (try rows(["profile", "entity=musk"], ["relation", "other"], db: db)))
        #expect(try rows(["profile", "entity=Department of Defense"], ["relation", "other", "amount", "evidence"], db: db).prefix(4) == [
            "alias | Pentagon |  | ",
            "contract to | Amazon | 9000000000 | The Department of Defense awarded Amazon and Google a contract worth up to $9 billion.",
            "contract to | Google | 9000000000 | The Department of Defense awarded Amazon and Google a contract worth up to $9 billion.",
            "total awarded |  | 9000000000 | 1 contracts",
        ])
        #expect(try rows(["profile", "entity=liz uihlein"], ["relation", "amount", "shared"], db: db).prefix(2) == [
            "gave to | 1000000 | true", "total given (shared) | 1000000 | true",
        ])
        #expect(try rows(["profile", "entity=musk"], ["relation", "other"], db: db).contains("dispute (lawsuit) against | OpenAI"))
    }

    @Test("connections: edges from facts with their evidence; co-mentions and two hops on request")
    func connections() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["connections", "entity=OpenAI"], ["via", "other", "relation", "article"], db: db) == [
            " | Elon Musk | sued by (lawsuit) | b.txt", " | Sam Altman | has CEO | c.txt",
        ])
        #expect(try rows(["connections", "entity=musk", "hops=2"], ["via", "other", "relation"], db: db) == [
            " | OpenAI | sued (lawsuit)", "OpenAI | Sam Altman | has CEO",
        ])
        #expect(try rows(["connections", "entity=altman", "comentions=1"], ["other", "relation"], db: db) == [
            "Amazon | named with", "Department of Defense | named with", "Google | named with", "OpenAI | CEO of",
            "OpenAI | named with",
        ])
    }

    /// Co-mention edges are built pair by pair as the walk reaches them (connections.sql), so their order and the
    /// rule for twin articles are checked where they could go wrong: an article with the same name, date and address
    /// as an earlier one names only the pairs that one does not, and two entities with one name sort their edges
    /// together (by date), not one entity's after the other's.
    @Test("connections comentions=1: twin articles name a pair once; same-named entities sort their edges together")
    func connectionsCoMentionOrder() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let database = try Database(path: db)
        try database.connection.execute("""
            INSERT INTO articles(id, path, name, sha256, title, published, language, text, extractor_version, url) VALUES
              (4, '/mirror/c.txt', 'c.txt', 'x4', 'Cloud awards', '2025-03-13', 'en', 'Sam Altman, OpenAI, Acme Corp.', 'test',
               'https://news.example/cloud-awards'),
              (5, '/news/e.txt', 'e.txt', 'x5', 'A fund', '2024-01-01', 'en', 'Sam Altman and Google.', 'test', NULL);
            INSERT INTO entities(id, kind, name) VALUES (14, 'fund', 'Google');
            INSERT INTO funds(id, name) VALUES (14, 'Google');
            INSERT INTO mentions(entity_id, article_id, surface, start, end) VALUES
              (13, 4, 'Sam Altman', 0, 10), (6, 4, 'OpenAI', 12, 18), (1, 4, 'Acme Corp', 20, 29),
              (13, 5, 'Sam Altman', 0, 10), (14, 5, 'Google', 15, 21);
            """)
        try FoldedNames.fillMissing(database.connection)
        #expect(try rows(["connections", "entity=altman", "comentions=1"], ["other", "other_type", "relation", "date", "article"], db: db) == [
            "Acme Corp | company | named with | 2025-03-13 | c.txt",
            "Amazon | company | named with | 2025-03-13 | c.txt",
            "Department of Defense | agency | named with | 2025-03-13 | c.txt",
            "Google | fund | named with | 2024-01-01 | e.txt",
            "Google | company | named with | 2025-03-13 | c.txt",
            "OpenAI | company | CEO of |  | c.txt",
            "OpenAI | company | named with | 2025-03-13 | c.txt",
        ])
    }

    @Test("timeline: every fact in date order, filterable by entity")
    func timeline() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["timeline"], ["date", "kind", "who", "verb", "whom", "amount"], db: db) == [
            "2024-10 | donation | Dick Uihlein | gave to | Restoration PAC | 1000000",
            "2024-10 | donation | Liz Uihlein | gave to | Restoration PAC | 1000000",
            "2024-12 | contract | Thales | contract from | Ministère des Armées | 4200000000",
            "2024-12 | dispute | Elon Musk | lawsuit against | OpenAI | ",
            "2025-01 | donation | Acme Corp | gave to | Trump Inaugural Committee | 2000000",
            "2025-01 | donation | Acme Corp | gave to | Trump Inaugural Committee | ",
            "2025-03 | contract | Amazon | contract from | Department of Defense | 9000000000",
            "2025-03 | contract | Google | contract from | Department of Defense | 9000000000",
        ])
        #expect(try rows(["timeline", "entity=openai"], ["kind", "who"], db: db) == ["dispute | Elon Musk"])
        #expect(try rows(["timeline", "kind=contract", "since=2025"], ["who"], db: db) == ["Amazon", "Google"])
    }

    @Test("top donors, recipients, contractors and totals by agency: shared amounts apart, never summed twice")
    func totals() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let columns = ["currency", "total", "shared_total", "facts", "first", "last"]
        // A gift without an amount (the car) is counted on a row of its own, with no currency.
        #expect(try rows(["top-donors"], ["donor"] + columns, db: db) == [
            "Acme Corp | USD | 2000000 |  | 1 | 2025-01 | 2025-01",
            "Dick Uihlein | USD |  | 1000000 | 1 | 2024-10 | 2024-10",
            "Liz Uihlein | USD |  | 1000000 | 1 | 2024-10 | 2024-10",
            "Acme Corp |  |  |  | 1 | 2025-01 | 2025-01",
        ])
        #expect(try rows(["top-recipients"], ["recipient"] + columns, db: db) == [
            "Restoration PAC | USD |  | 2000000 | 2 | 2024-10 | 2024-10",
            "Trump Inaugural Committee | USD | 2000000 |  | 1 | 2025-01 | 2025-01",
            "Trump Inaugural Committee |  |  |  | 1 | 2025-01 | 2025-01",
        ])
        #expect(try rows(["top-contractors", "limit=2"], ["contractor"] + columns, db: db) == [
            "Amazon | USD |  | 9000000000 | 1 | 2025-03 | 2025-03",
            "Google | USD |  | 9000000000 | 1 | 2025-03 | 2025-03",
        ])
        // The $9 billion ceiling shared by Amazon and Google is one award: counted once.
        #expect(try rows(["totals-by-agency"], ["agency", "currency", "total", "awards", "contracts", "shared_awards"], db: db) == [
            "Department of Defense | USD | 9000000000 | 1 | 2 | 1",
            "Ministère des Armées | EUR | 4200000000 | 1 | 1 | 0",
        ])
    }

    @Test("search: accent-insensitive, highlighted snippets, each article's facts")
    func search() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        #expect(try rows(["search", "q=ministere"], ["article", "snippet", "facts"], db: db) == [
            "b.txt | Le [ministère] des Armées a attribué à Thalès un contrat de 4,2 Md€. Elon Musk… | "
                + "contract: Ministère des Armées → Thales 4,200,000,000 EUR; dispute (lawsuit): Elon Musk | OpenAI",
        ])
        #expect(try rows(["search", "q=nothing-like-this"], ["article"], db: db).isEmpty)
    }

    @Test("stats: counts of everything, the newest article")
    func stats() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let stats = try rows(["stats"], ["measure", "value"], db: db)
        #expect(Array(stats.prefix(12)) == [
            "articles | 3", "entities | 13", "people | 4", "companies | 5", "agencies | 2", "funds | 2", "aliases | 4",
            "mentions | 15", "donations | 4", "contracts | 3", "disputes | 1", "roles | 1",
        ])
        #expect(stats.contains("newest article | c.txt (2025-03-13)"))
        #expect(stats.last?.hasPrefix("database bytes | ") == true)
    }

    @Test("csv: RFC 4180 with the JSON keys as header; table: 80 columns, amounts grouped with currency")
    func shapes() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let csv = try KBProcess.run(["query", "contracts", "--db", db, "--format", "csv"])
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "contractor,agency,amount,currency,date,article,evidence,end_date,amount_kind,rule,confidence,"
            + "contractor_key,agency_key,shared,source,byline")
        #expect(lines[1] == "Thales,Ministère des Armées,4200000000,EUR,2024-12,b.txt,"
            + "\"Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€.\",2027,exact,contract.award,0.85,"
            + "company:thales,agency:ministeredesarmees,false,/news/b.txt,")
        #expect(lines.count == 5 && lines.last == "")

        let table = try KBProcess.run(["query", "contracts", "--db", db])
        let rows = table.stdout.split(separator: "\n").map(String.init)
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count <= 80 }, "\(rows)")
        #expect(rows[2].contains("4,200,000,000 EUR") && rows[2].contains("…"))
        #expect(!table.stdout.contains("\u{1B}["))  // no colour when not a terminal

        // A report's table shows the columns its `-- table:` header names; a gift in kind and a shared amount say so.
        let gifts = try KBProcess.run(["query", "donations", "--db", db])
        let giftLines = gifts.stdout.split(separator: "\n").map(String.init)
        #expect(giftLines[0].split(separator: " ").map(String.init) == ["donor", "recipient", "amount", "date", "article", "evidence"])
        #expect(giftLines[3].contains("  in kind  ") && giftLines[4].contains("1,000,000 USD (shared)"), "\(gifts.stdout)")
        #expect(giftLines.allSatisfy { $0.count <= 80 })

        let wide = try KBProcess.run(["query", "contracts", "--db", db, "--wide"])
        #expect(wide.stdout.contains("Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€."))
        #expect(wide.stdout.contains("agency:ministeredesarmees"))

        let jsonl = try KBProcess.run(["query", "disputes", "--db", db, "--format", "jsonl"])
        #expect(jsonl.stdout.split(separator: "\n").count == 1 && jsonl.stdout.hasPrefix("{\"parties\": [\"Elon Musk\", \"OpenAI\"]"))
        let markdown = try KBProcess.run(["query", "funds", "--db", db, "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| name | articles | facts | aliases | entity_key |\n| --- | --- | --- | --- | --- |\n"))
    }
}
