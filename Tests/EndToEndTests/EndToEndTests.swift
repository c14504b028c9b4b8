import Foundation
import Testing

/// kb as users run it: the built binary on temporary databases and the examples/ corpus.
@Suite("kb end to end")
struct EndToEndTests {
    static let examples = KBProcess.packageRoot + "/examples"

    /// A fresh database with examples/ ingested.
    private func ingestedExamples() throws -> Scratch {
        let scratch = try Scratch()
        let result = try KBProcess.run(["ingest", "--db", scratch.db, Self.examples])
        #expect(result.status == 0, "kb ingest failed: \(result.stderr)")
        #expect(result.stdout.isEmpty, "ingest printed on stdout")
        #expect(result.stderr.contains("ingested "), "no summary line: \(result.stderr)")
        return scratch
    }

    @Test("ingest examples, then every report the scorer reads is a JSON array with the DESIGN keys", arguments: [
        ("donations", ["donor", "recipient", "amount", "currency", "date", "in_kind", "article", "evidence"]),
        ("contracts", ["contractor", "agency", "amount", "currency", "date", "article", "evidence"]),
        ("disputes", ["parties", "kind", "date", "article", "evidence"]),
        ("mentions", ["name", "type", "article"]),
    ])
    func reportsAreJSON(report: String, keys: [String]) throws {
        let scratch = try ingestedExamples()
        let result = try KBProcess.run(["query", report, "--db", scratch.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try KBProcess.jsonArray(result.stdout)
        #expect(!rows.isEmpty, "no \(report) found in examples/")
        for row in rows {
            #expect(Set(keys).isSubset(of: row.keys), "\(report) row lacks keys: \(row)")
        }
        if report == "donations" {
            #expect(rows.allSatisfy { $0["in_kind"] is Bool && ($0["amount"] is NSNull || $0["amount"] is NSNumber) })
        }
        if report == "disputes" { #expect(rows.allSatisfy { $0["parties"] is [String] }) }
        if report == "mentions" {
            #expect(rows.allSatisfy { ["person", "company", "agency", "fund"].contains($0["type"] as? String ?? "") })
        }
    }

    @Test("ingesting the same folder twice changes no table")
    func ingestTwice() throws {
        let scratch = try ingestedExamples()
        let before = try KBProcess.tableCounts(db: scratch.db)
        #expect(before["articles"] ?? 0 > 0)
        let again = try KBProcess.run(["ingest", "--db", scratch.db, Self.examples])
        #expect(again.status == 0)
        #expect(again.stderr.contains(" 0 new, 0 updated, "), "\(again.stderr)")
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
    }

    @Test("kb sql refuses writes with exit status 2 and the rows stay")
    func sqlIsReadOnly() throws {
        let scratch = try ingestedExamples()
        let before = try KBProcess.tableCounts(db: scratch.db)
        let result = try KBProcess.run(["sql", "--db", scratch.db, "DELETE FROM articles"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("kb: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("only read-only queries are allowed"))
        #expect(result.stdout.isEmpty)
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
    }

    @Test("one good and one binary file: exit 1, the bad file named, the good one stored")
    func partialFailure() throws {
        let scratch = try Scratch()
        try scratch.write("in/good.txt", Array("date 2025-01-10\n\nAcme Corp donated $2 million to the Trump inaugural fund.\n".utf8))
        try scratch.write("in/bad.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00])
        let result = try KBProcess.run(["ingest", "--db", scratch.db, scratch.path + "/in"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("kb: error: \(scratch.path)/in/bad.txt: "), "\(result.stderr)")
        #expect(result.stderr.contains("1 new, 0 updated, 0 unchanged, 1 failed"))
        let names = try KBProcess.sql("SELECT name FROM articles", db: scratch.db).compactMap { $0["name"] as? String }
        #expect(names == ["good.txt"])
    }

    @Test("every fact's evidence is what its offsets cut from the article text")
    func evidenceOffsets() throws {
        let scratch = try ingestedExamples()
        var facts = 0
        for table in ["donations", "contracts", "disputes", "roles"] {
            let row = try KBProcess.sql("""
                SELECT count(*) AS facts,
                       sum(substr(a.text, f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence) AS bad
                FROM \(table) f JOIN articles a ON a.id = f.article_id
                """, db: scratch.db).first
            facts += row?["facts"] as? Int ?? 0
            #expect((row?["bad"] as? Int ?? 0) == 0, "\(table): \(row ?? [:])")
        }
        #expect(facts > 0)
    }

    @Test("an unknown report is a usage error that lists the reports")
    func unknownReport() throws {
        let scratch = try ingestedExamples()
        let result = try KBProcess.run(["query", "nosuch", "--db", scratch.db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown report 'nosuch'; available reports: donations, contracts"))
    }

    @Test("a hostile parameter value is bound, not run")
    func hostileParameter() throws {
        let scratch = try ingestedExamples()
        let before = try KBProcess.tableCounts(db: scratch.db)
        let result = try KBProcess.run(["query", "donations", "donor=x'; DROP TABLE articles; --", "--db", scratch.db])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("kb: error: report 'donations': no person, company, agency or fund is called "
            + "'x'; DROP TABLE articles; --' (donor=)"))
        #expect(try KBProcess.tableCounts(db: scratch.db) == before)
    }

    /// Amounts within 0.5% (the scorer's tolerance), or both null.
    static func sameAmount(_ found: Double?, _ expected: Double?) -> Bool {
        switch (found, expected) {
        case (nil, nil): true
        case let (found?, expected?): abs(found - expected) <= 0.005 * abs(expected)
        default: false
        }
    }

    @Test("the demo donations in examples/expected.json are all found")
    func demoDonationsMatchExpected() throws {
        let scratch = try ingestedExamples()
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: Self.examples + "/expected.json"))
        let expected = try #require(JSONSerialization.jsonObject(with: expectedData) as? [String: Any])
        let donations = try #require(expected["donations"] as? [[String: Any]])
        let result = try KBProcess.run(["query", "donations", "--db", scratch.db, "--format", "json"])
        let found = try KBProcess.jsonArray(result.stdout)
        for donation in donations {
            let donor = donation["donor"] as? String, article = donation["article"] as? String
            let amount = donation["amount"] as? Double
            let recipient = donation["recipient"] as? String, evidence = donation["evidence"] as? String
            let match = found.contains { row in
                row["donor"] as? String == donor && row["article"] as? String == article
                    && Self.sameAmount(row["amount"] as? Double, amount)
                    && Self.namesSameFund(row["recipient"] as? String, recipient)
                    && (row["evidence"] as? String).map(Self.plainText) == evidence.map(Self.plainText)
            }
            let described = "\(donor ?? "?") \(amount.map { "\($0)" } ?? "null") to \(recipient ?? "?") in \(article ?? "?")"
            #expect(match, "missing donation \(described)")
        }
        #expect(found.count == donations.count, "the demo has \(donations.count) donations, kb found \(found.count)")
    }

    /// kb stores the normalised text: straight apostrophes and quotes, plain spaces.
    static func plainText(_ s: String) -> String {
        String(s.map { c -> Character in
            switch c {
            case "’", "‘": "'"
            case "\u{00A0}", "\u{202F}": " "
            default: c
            }
        })
    }

    /// A fund's canonical name is made up: it matches when it holds every word of the expected one, as score.py rules.
    static func namesSameFund(_ found: String?, _ expected: String?) -> Bool {
        guard let found, let expected else { return found == expected }
        let words = { (s: String) in Set(s.lowercased().split(separator: " ")) }
        return words(expected).isSubset(of: words(found))
    }
}
