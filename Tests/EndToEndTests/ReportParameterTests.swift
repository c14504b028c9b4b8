import Foundation
import Testing

/// Report parameters from the command line: hostile values are bound (or refused with a clear message) and change
/// nothing; reports explain themselves; users add their own .sql reports.
@Suite("Report parameters and catalogue")
struct ReportParameterTests {
    /// Every report and its parameter names, read from `kb query REPORT --help`.
    private func catalogue() throws -> [(report: String, parameters: [String])] {
        let listing = try KBProcess.run(["query"])
        let names = listing.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first != " ", !line.hasPrefix("kb query") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        return try names.map { name in
            let help = try KBProcess.run(["query", name, "--help"])
            let parameters = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("=") }
                .compactMap { $0.trimmingCharacters(in: .whitespaces).split(separator: "=").first.map(String.init) }
            return (name, parameters)
        }
    }

    @Test("hostile values in every parameter of every report are bound or refused clearly, and change nothing")
    func hostileValues() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        let before = try KBProcess.tableCounts(db: db)
        let hostile = ["'", "\"; DROP TABLE people; --", "x' OR '1'='1", String(repeating: "é", count: 5000),
                       "2024-13-45", "1e999", "-1"]
        let required = ["profile": "entity=acme", "connections": "entity=acme", "search": "q=acme"]
        let reports = try catalogue()
        #expect(reports.count == 18)
        var refused = 0
        for (report, parameters) in reports {
            for parameter in parameters {
                for value in hostile {
                    var arguments = ["query", report, "\(parameter)=\(value)", "--db", db, "--format", "json"]
                    if let other = required[report], !other.hasPrefix(parameter + "=") { arguments.insert(other, at: 2) }
                    let result = try KBProcess.run(arguments)
                    #expect(result.status == 0 || result.status == 2, "\(report) \(parameter)=\(value.prefix(30)): \(result.stderr)")
                    if result.status == 2 {
                        refused += 1
                        #expect(result.stderr.hasPrefix("kb: error: report '\(report)': "), "\(result.stderr)")
                        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.count < 400)
                    }
                }
            }
        }
        #expect(refused > 0)
        #expect(try KBProcess.tableCounts(db: db) == before)
    }

    @Test("clear errors: unknown report and name suggest the closest; bad dates and numbers say what is expected")
    func messages() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        let cases: [([String], String)] = [
            (["top-donor"], "unknown report 'top-donor' (did you mean 'top-donors'?); available reports: donations, "
                + "contracts, disputes, mentions, people, companies, agencies, funds, articles, profile, connections, "
                + "timeline, top-donors, top-recipients, top-contractors, totals-by-agency, search, stats"),
            (["profile", "entity=Elon Musc"], "report 'profile': no person, company, agency or fund is called 'Elon Musc' "
                + "(entity=); closest known names: 'Elon Musk'"),
            (["donations", "donor=Nobody At All"], "report 'donations': no person, company, agency or fund is called "
                + "'Nobody At All' (donor=)"),
            (["timeline", "since=2024-02-30"], "report 'timeline': since=2024-02-30 is not an ISO date or prefix (2024, 2024-12 or 2024-12-18)"),
            (["top-donors", "limit=ten"], "report 'top-donors': limit=ten is not an integer"),
            (["contracts", "min_amount=1e999"], "report 'contracts': min_amount=1e999 is not a number"),
            (["profile"], "report 'profile' needs entity=VALUE"),
        ]
        for (arguments, message) in cases {
            let result = try KBProcess.run(["query"] + arguments + ["--db", db])
            #expect(result.status == 2)
            #expect(result.stderr == "kb: error: \(message)\n")
        }
    }

    @Test("kb query REPORT --help and REPORT ? show its parameters; names are case-insensitive")
    func help() throws {
        let help = try KBProcess.run(["query", "Top-Donors", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.hasPrefix("top-donors: who gave the most: totals per currency, counts, first and last date\n\n"
            + "parameters (name=value; an empty value means no filter):\n  since=DATE"))
        #expect(help.stdout.contains("  limit=INTEGER (default 20)  at most this many rows\n"))
        #expect(try KBProcess.run(["query", "top-donors", "?"]).stdout == help.stdout)
        #expect(try KBProcess.run(["query", "--help"]).stdout.contains("Run a canned report"))
    }

    @Test("--reports DIR and KB_REPORTS add the user's .sql reports; a broken one is named with its line")
    func userReports() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        try scratch.write("mine/big-gifts.sql", Array("""
            -- title: Big gifts
            -- description: donations of at least a given amount, largest first
            -- param floor number = 1000000: the smallest amount shown
            -- param donor entity: the donor
            SELECT donor, amount FROM donation_facts
            WHERE amount >= CAST(:floor AS REAL)
              AND (coalesce(:donor, '') = '' OR donor_id IN (SELECT id FROM entities WHERE folded LIKE '%' || :donor || '%'))
            ORDER BY amount DESC, donor
            """.utf8))
        let folder = scratch.path + "/mine"
        let listing = try KBProcess.run(["query", "--reports", folder])
        #expect(listing.stdout.contains("big-gifts         donations of at least a given amount, largest first [\(folder)/big-gifts.sql]"))
        let result = try KBProcess.run(["query", "big-gifts", "floor=1500000", "--reports", folder, "--db", db, "--format", "csv"])
        #expect(result.stdout == "donor,amount\r\nAcme Corp,2000000\r\n", "\(result.stderr)")
        let fromEnvironment = try KBProcess.run(["query", "big-gifts", "donor=uihlein", "--db", db, "--format", "csv"],
                                                environment: ["KB_REPORTS": folder])
        #expect(fromEnvironment.stdout == "donor,amount\r\nDick Uihlein,1000000\r\nLiz Uihlein,1000000\r\n")

        try scratch.write("bad/oops.sql", Array("-- param x wobbly: nonsense\nSELECT 1\n".utf8))
        let bad = try KBProcess.run(["query", "--reports", scratch.path + "/bad"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "kb: error: report file \(scratch.path)/bad/oops.sql:1: expected '-- param NAME KIND "
            + "[required] [= DEFAULT]: help', got 'param x wobbly: nonsense'\n")
        try scratch.write("clash/donations.sql", Array("SELECT 1\n".utf8))
        let clash = try KBProcess.run(["query", "--reports", scratch.path + "/clash"])
        #expect(clash.stderr == "kb: error: report file \(scratch.path)/clash/donations.sql: the name 'donations' is already a report's\n")
        try scratch.write("undeclared/leak.sql", Array("SELECT :secret AS x\n".utf8))
        let undeclared = try KBProcess.run(["query", "leak", "--reports", scratch.path + "/undeclared", "--db", db])
        #expect(undeclared.status == 2)
        #expect(undeclared.stderr == "kb: error: report file \(scratch.path)/undeclared/leak.sql: the SQL uses :secret, "
            + "which the header does not declare (-- param)\n")
    }
}
