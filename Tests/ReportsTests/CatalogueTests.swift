import KnowledgeBase
@testable import Reports
import SQLiteDB
import Testing

@Suite("Report catalogue")
struct CatalogueTests {
    @Test("every report compiles and its SQL takes exactly the parameters it declares", arguments: ReportCatalogue.all.map(\.name))
    func parametersMatchSQL(name: String) throws {
        let fixture = try Fixture()
        let report = try ReportCatalogue.report(named: name)
        let statement = try fixture.reader().prepare(report.sql)
        #expect(Set(statement.parameterNames) == Set(report.parameters.filter(\.isBound).map { ":" + $0.name }))
        #expect(statement.isReadOnly)
    }

    @Test("the fact and mention reports keep the keys others rely on (DESIGN.md)", arguments: [
        ("donations", ["donor", "recipient", "amount", "currency", "date", "in_kind", "article", "evidence",
                       "amount_kind", "rule", "confidence", "donor_type", "donor_key", "recipient_key", "shared", "source", "byline"]),
        ("contracts", ["contractor", "agency", "amount", "currency", "date", "article", "evidence",
                       "end_date", "amount_kind", "rule", "confidence", "contractor_key", "agency_key", "shared", "source", "byline"]),
        ("disputes", ["parties", "kind", "date", "article", "evidence", "rule", "confidence", "plaintiffs", "defendants",
                      "party_keys", "source", "byline"]),
        ("mentions", ["name", "type", "article", "entity_key"]),
    ])
    func interfaceKeys(name: String, keys: [String]) throws {
        let fixture = try Fixture()
        let table = try ReportRunner.run(ReportCatalogue.report(named: name), arguments: [:], on: fixture.reader())
        #expect(table.columns == keys)
    }

    @Test("an unknown report is an error that lists the available ones")
    func unknownReport() {
        #expect {
            try ReportCatalogue.report(named: "nosuch")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("unknown report 'nosuch'; available reports: donations, contracts, disputes, mentions")
                && (error as? ReportError)?.isUsageError == true
        }
    }

    @Test("an unknown parameter is an error that lists the report's parameters")
    func unknownParameter() throws {
        let report = try ReportCatalogue.report(named: "disputes")
        #expect {
            try ReportRunner.bindings(for: report, arguments: ["donor": "x"])
        } throws: { error in
            "\(error)" == "report 'disputes' has no parameter 'donor'; its parameters: party, kind, since, until, article"
        }
    }

    @Test("arguments are name=value; values are typed; empty means unset; required ones are required")
    func arguments() throws {
        #expect(try ReportRunner.parseArguments(["donor=a=b", "since="]) == ["donor": "a=b", "since": ""])
        #expect(throws: ReportError.self) { try ReportRunner.parseArguments(["donor"]) }
        #expect(throws: ReportError.self) { try ReportRunner.parseArguments(["=x"]) }

        let donations = try ReportCatalogue.report(named: "donations")
        let bound = try ReportRunner.bindings(for: donations, arguments: ["min_amount": "1e6", "donor": ""])
        #expect(bound["min_amount"] == .real(1_000_000))
        #expect(bound["donor"] == .null)
        #expect(bound.count == donations.parameters.count)
        #expect {
            try ReportRunner.bindings(for: donations, arguments: ["min_amount": "lots"])
        } throws: { error in
            "\(error)" == "report 'donations': min_amount=lots is not a number"
        }
        let search = try ReportCatalogue.report(named: "search")
        #expect(try ReportRunner.bindings(for: search, arguments: ["q": "x"])["limit"] == .integer(20))
        #expect {
            try ReportRunner.bindings(for: search, arguments: [:])
        } throws: { error in
            "\(error)" == "report 'search' needs q=VALUE"
        }
    }

    @Test("the listing names every report with its summary and parameters")
    func listing() {
        let text = ReportCatalogue.builtIn.listing()
        for report in ReportCatalogue.all {
            #expect(text.contains(report.name + " "))
            #expect(text.contains(report.summary))
        }
        #expect(text.contains("min_amount=NUMBER"))
        #expect(text.contains("q=TEXT (required) limit=INTEGER (default 20)"))
    }
}
