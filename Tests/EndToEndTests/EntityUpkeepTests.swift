import Foundation
import Testing

/// `kb entity`: changes are single transactions, logged, and a merge followed by an unmerge leaves every table
/// as it was.
@Suite("Entity upkeep")
struct EntityUpkeepTests {
    /// Every row of every kb table except the change log, as text, through `kb sql`.
    private func snapshot(_ db: String) throws -> [String: [String]] {
        let tables = ["articles", "article_paths", "entities", "people", "companies", "agencies", "funds", "aliases",
                      "mentions", "article_names", "donations", "contracts", "disputes", "dispute_parties", "roles",
                      "entity_merges"]
        var out: [String: [String]] = [:]
        for table in tables {
            let result = try KBProcess.run(["sql", "--db", db, "--format", "csv", "SELECT * FROM \(table) ORDER BY 1, 2"])
            guard result.status == 0 else { throw Failure("\(table): \(result.stderr)") }
            out[table] = result.stdout.components(separatedBy: "\r\n")
        }
        return out
    }

    private func kb(_ arguments: [String], db: String) throws -> KBProcess.Result {
        try KBProcess.run(["entity"] + arguments + ["--db", db], environment: ["USER": "reporter"])
    }

    @Test("merge moves facts, mentions, aliases and sides; unmerge puts every row of every table back")
    func mergeThenUnmerge() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        let before = try snapshot(db)

        // Sam Altman (a role, a mention) into Elon Musk (a lawsuit, an alias), named by an alias and in lower case.
        let merge = try kb(["merge", "sam altman", "Musk"], db: db)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout == "person: Sam Altman merged into person: Elon Musk (change 1; kb entity unmerge 'Sam Altman' undoes it)\n")
        let profile = try KBProcess.run(["query", "profile", "entity=elon musk", "--db", db, "--format", "json"])
        let relations = try KBProcess.jsonArray(profile.stdout).map { "\($0["relation"] ?? "")|\($0["other"] ?? "")" }
        #expect(relations.contains("alias|Sam Altman") && relations.contains("role: CEO|OpenAI"))
        // The merged name is now an alias of the entity it went into, not an entity of its own.
        let people = try KBProcess.run(["query", "people", "--db", db, "--format", "csv"])
        #expect(!people.stdout.contains("\r\nSam Altman,") && people.stdout.contains("\r\nElon Musk,2,1,Musk; Sam Altman,"))

        let unmerge = try kb(["unmerge", "Sam Altman"], db: db)
        #expect(unmerge.status == 0, "\(unmerge.stderr)")
        #expect(try snapshot(db) == before)

        let log = try kb(["log", "--format", "csv"], db: db)
        let lines = log.stdout.components(separatedBy: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(lines[0] == ["change", "at", "who", "action", "entity", "detail", "undone_by"])
        #expect(lines[1].count == 7 && lines[1][2] == "reporter" && lines[1][3] == "merge" && lines[1][6] == "2")
        #expect(lines[2].count >= 6 && lines[2][3] == "unmerge")
        #expect(try kb(["unmerge", "Sam Altman"], db: db).status == 2)  // nothing left to undo
    }

    @Test("merge, unmerge, rename and alias with a shared dispute and shared article names")
    func mergeOverlapping() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        let before = try snapshot(db)
        // OpenAI and Elon Musk are both parties of the lawsuit and both named in b.txt: the rows that would
        // collide are dropped by the merge and come back with the unmerge.
        #expect(try kb(["merge", "OpenAI", "Elon Musk"], db: db).status == 0)
        #expect(try kb(["unmerge", "openai"], db: db).status == 0)
        #expect(try snapshot(db) == before)
    }

    @Test("rename keeps the old name as an alias; alias adds one; both logged; bad names are clear errors")
    func renameAndAlias() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        #expect(try kb(["rename", "Department of Defense", "Department of War"], db: db).stdout
            == "agency: Department of Defense renamed to 'Department of War'\n")
        #expect(try kb(["alias", "department of war", "DoW"], db: db).status == 0)
        let contracts = try KBProcess.run(["query", "contracts", "agency=department of defense", "--db", db, "--format", "csv"])
        #expect(contracts.status == 0 && contracts.stdout.contains("Amazon,Department of War,"))
        let show = try kb(["show", "dow", "--format", "json"], db: db)
        #expect(try KBProcess.jsonArray(show.stdout).first?["entity"] as? String == "Department of War")

        let unknown = try kb(["merge", "Nobody Known", "OpenAI"], db: db)
        #expect(unknown.status == 2 && unknown.stderr == "kb: error: no entity is called 'Nobody Known'\n")
        let near = try kb(["rename", "Elon Musc", "X"], db: db)
        #expect(near.status == 2 && near.stderr == "kb: error: no entity is called 'Elon Musc'; closest: 'Elon Musk'\n")
        let clash = try kb(["rename", "Amazon", "Google"], db: db)
        #expect(clash.stderr == "kb: error: another company is already called 'Google' (kb entity merge 'Amazon' 'Google' joins them)\n")
        let list = try kb(["list", "--type", "agency", "--format", "csv"], db: db)
        #expect(list.stdout.hasPrefix("name,type,articles,facts,aliases,entity_key\r\nDepartment of War,agency,1,2,"))
        let log = try kb(["log", "--format", "jsonl"], db: db)
        #expect(log.stdout.split(separator: "\n").count == 2)
    }

    @Test("after a merge, the next ingests file the merged name under the entity it went into")
    func laterIngests() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.txt", Array("date 2025-02-01\n\nQuuxco donated $3 million to the Trump inaugural fund.\n".utf8))
        try scratch.write("in/b.txt", Array("date 2025-02-02\n\nQuux Industries donated $1 million to the Trump inaugural fund.\n".utf8))
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, "--quiet", scratch.path + "/in"]).status == 0)
        let donors = "SELECT DISTINCT donor_entity AS d FROM donation_facts ORDER BY d"
        #expect(try KBProcess.sql(donors, db: scratch.db).map { $0["d"] as? String } == ["Quux Industries", "Quuxco"])

        #expect(try kb(["merge", "Quuxco", "Quux Industries"], db: scratch.db).status == 0)
        try scratch.write("in/c.txt", Array("date 2025-02-03\n\nQuuxco gave $2 million to the Trump inaugural fund.\n".utf8))
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, "--quiet", scratch.path + "/in"]).status == 0)
        #expect(try KBProcess.sql(donors, db: scratch.db).map { $0["d"] as? String } == ["Quux Industries"])
        let total = try KBProcess.run(["query", "top-donors", "--db", scratch.db, "--format", "csv"])
        #expect(total.stdout.contains("\r\nQuux Industries,company,USD,6000000,,3,3,2025-02-01,2025-02-03,company:quuxindustries\r\n"),
                "\(total.stdout)")

        // Undone after articles were read again: the database stays consistent, and the next ingest (which reads
        // every article again, the merged name's alias being gone) gives Quuxco its gifts back.
        #expect(try kb(["unmerge", "Quuxco"], db: scratch.db).status == 0)
        let check = try KBProcess.run(["check", "--db", scratch.db])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, "--quiet", scratch.path + "/in"]).status == 0)
        #expect(try KBProcess.sql(donors, db: scratch.db).map { $0["d"] as? String } == ["Quux Industries", "Quuxco"])
    }
}
