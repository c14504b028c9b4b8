import KnowledgeBase
@testable import Reports
import SQLiteDB
import Testing

/// Report parameters mean what they say: wildcards are literal, dates and choices are checked, search text is text.
@Suite("Parameter validation")
struct ParameterValidationTests {
    private func run(_ name: String, _ arguments: [String: String]) throws -> ResultTable {
        let fixture = try Fixture()
        return try ReportRunner.run(ReportCatalogue.report(named: name), arguments: arguments, on: fixture.reader())
    }

    private func message(_ name: String, _ arguments: [String: String]) -> String? {
        do {
            _ = try ReportRunner.bindings(for: ReportCatalogue.report(named: name), arguments: arguments)
            return nil
        } catch {
            return error.isUsageError ? "\(error)" : "not a usage error: \(error)"
        }
    }

    @Test("% and _ in a text filter are literal characters, not wildcards", arguments: [
        ("donations", "article"), ("articles", "name"), ("disputes", "article"),
    ])
    func wildcards(report: String, parameter: String) throws {
        #expect(try run(report, [parameter: "%"]).rows.isEmpty)
        #expect(try run(report, [parameter: "_"]).rows.isEmpty)
        #expect(try run(report, [parameter: "\\"]).rows.isEmpty)
    }

    @Test("a name made only of punctuation or wildcards is refused, naming the parameter", arguments: [
        ("donations", "donor"), ("contracts", "agency"), ("disputes", "party"), ("mentions", "name"), ("people", "name"),
    ])
    func punctuationNames(report: String, parameter: String) throws {
        for value in ["%", "_", "\\", "'", "--"] {
            #expect(message(report, [parameter: value])
                == "report '\(report)': \(parameter)=\(value) is not a name (it has no letter or digit)")
        }
    }

    @Test("names match through aliases, ignoring case, accents and spaces; unknown names suggest the closest")
    func entityNames() throws {
        #expect(try run("donations", ["donor": "ACME"]).rows.count == 2)
        #expect(try run("contracts", ["contractor": "thalès"]).rows.count == 1)
        #expect(try run("contracts", ["contractor": "THALES"]).rows.count == 1)
        #expect(try run("disputes", ["party": "open ai"]).rows.count == 1)
        #expect(try run("donations", ["donor": "Thales"]).rows.isEmpty)  // known, but gave nothing
        #expect {
            try run("profile", ["entity": "Elon Musc"])
        } throws: { error in
            "\(error)" == "report 'profile': no person, company, agency or fund is called 'Elon Musc' (entity=); "
                + "closest known names: 'Elon Musk'"
        }
    }

    @Test("text filters still match anywhere, case-insensitively")
    func stillContains() throws {
        #expect(try run("donations", ["donor": "cme c"]).rows.count == 2)
        #expect(try run("contracts", ["agency": "armées"]).rows.count == 1)
    }

    @Test("dates must be ISO dates or prefixes", arguments: ["garbage", "2024-13-45", "2024-13", "2024-02-30", "24", "2024/12"])
    func badDates(value: String) {
        #expect(message("donations", ["since": value])
            == "report 'donations': since=\(value) is not an ISO date or prefix (2024, 2024-12 or 2024-12-18)")
        #expect(message("contracts", ["until": value])
            == "report 'contracts': until=\(value) is not an ISO date or prefix (2024, 2024-12 or 2024-12-18)")
    }

    @Test("good dates pass", arguments: ["2024", "2024-12", "2024-12-18", "2024-02-29"])
    func goodDates(value: String) {
        #expect(message("donations", ["since": value]) == nil)
        #expect(message("articles", ["since": value]) == nil)
    }

    @Test("kinds, types and languages must be one of the allowed values, which the message lists")
    func choices() {
        #expect(message("disputes", ["kind": "feud"])
            == "report 'disputes': kind=feud is not one of lawsuit, antitrust, regulatory, public_feud, other")
        #expect(message("mentions", ["type": "people"])
            == "report 'mentions': type=people is not one of person, company, agency, fund")
        #expect(message("articles", ["language": "de"]) == "report 'articles': language=de is not one of fr, en, und")
        #expect(message("disputes", ["kind": "lawsuit"]) == nil)
    }

    @Test("search text is quoted: punctuation is no FTS5 syntax error", arguments: [
        "l'armement", "Trump's", "co-founder", "U.S. Army", "AT&T", "$9 billion", "\"unclosed", "NOT", "a OR", "*",
    ])
    func searchQuoted(q: String) throws {
        _ = try run("search", ["q": q])
    }

    @Test("search matches all the words, accent-insensitively; a trailing * is a prefix")
    func searchMatches() throws {
        #expect(try run("search", ["q": "Thales contrat"]).rows.count == 1)
        #expect(try run("search", ["q": "ministere"]).rows.count == 1)
        #expect(try run("search", ["q": "Thal*"]).rows.count == 1)
        #expect(try run("search", ["q": "Thales Acme"]).rows.isEmpty)
    }

    @Test("raw=1 passes FTS5 syntax through, and its errors are the user's")
    func searchRaw() throws {
        #expect(try run("search", ["q": "Thales OR Acme", "raw": "1"]).rows.count == 2)
        #expect(throws: ReportError.self) { try run("search", ["q": "\"unclosed", "raw": "1"]) }
        #expect(message("search", ["q": "x", "raw": "yes"]) == "report 'search': raw=yes is not one of 0, 1")
    }

    @Test("the quoting of search text", arguments: [
        ("l'armement", "\"l'armement\""), ("U.S. Army", "\"U.S.\" \"Army\""), ("say \"hi\"", "\"say\" \"\"\"hi\"\"\""),
        ("Thal*", "\"Thal\"*"), ("*", "\"*\""),
    ])
    func quoting(text: String, query: String) {
        #expect(SearchText.ftsQuery(text) == query)
    }
}
