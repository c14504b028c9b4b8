import Foundation
import Testing

/// `kb refresh --reextract`: extraction run again over the stored text, without the original files.
@Suite("Refresh: re-extraction")
struct ReextractTests {
    /// Every fact with its article and entity names, and every article's extracted fields, in a stable order.
    static let factDump = """
        SELECT 'article' AS kind, name, title || '|' || ifnull(published, '') || '|' || language || '|' || encoding AS value, text AS detail
            FROM articles
        UNION ALL SELECT 'donation', a.name, (SELECT name FROM entities WHERE id = d.donor_id) || '>' ||
            ifnull((SELECT name FROM entities WHERE id = d.recipient_id), '') || ' ' || ifnull(d.amount, '') || ' ' ||
            ifnull(d.date, '') || ' ' || d.rule, d.evidence_start || '-' || d.evidence_end || ' ' || d.evidence
            FROM donations d JOIN articles a ON a.id = d.article_id
        UNION ALL SELECT 'contract', a.name, (SELECT name FROM entities WHERE id = c.contractor_id) || '<' ||
            ifnull((SELECT name FROM entities WHERE id = c.agency_id), '') || ' ' || ifnull(c.amount, '') || ' ' || c.rule,
            c.evidence_start || '-' || c.evidence_end || ' ' || c.evidence
            FROM contracts c JOIN articles a ON a.id = c.article_id
        UNION ALL SELECT 'dispute', a.name, d.kind || ' ' || ifnull(d.date, '') || ' ' || (SELECT group_concat(e.name || ':' || p.role, ',')
            FROM dispute_parties p JOIN entities e ON e.id = p.entity_id WHERE p.dispute_id = d.id), d.evidence
            FROM disputes d JOIN articles a ON a.id = d.article_id
        UNION ALL SELECT 'role', a.name, (SELECT name FROM entities WHERE id = r.person_id) || ' ' || r.title, r.evidence
            FROM roles r JOIN articles a ON a.id = r.article_id
        UNION ALL SELECT 'mention', a.name, e.kind || ' ' || e.name || ' ' || m.surface, m.start || '-' || m.end
            FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities e ON e.id = m.entity_id
        UNION ALL SELECT 'alias', e.name, a.alias, a.source FROM aliases a JOIN entities e ON e.id = a.entity_id
        ORDER BY 1, 2, 3, 4
        """

    private func sqlite(_ db: String, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, statement]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test("articles an older extractor read get the same facts again from their stored text, and the current version")
    func reextract() throws {
        let scratch = try Scratch()
        let fixtures = KBProcess.packageRoot + "/Tests/ExtractionTests/Fixtures/articles"
        let source = scratch.path + "/source"
        try FileManager.default.copyItem(atPath: fixtures, toPath: source)
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, source]).status == 0)
        let before = try KBProcess.sql(Self.factDump, db: scratch.db)
        let version = try KBProcess.sql("SELECT DISTINCT extractor_version AS v FROM articles", db: scratch.db)
        #expect(before.count > 100 && version.count == 1)
        try sqlite(scratch.db, "UPDATE articles SET extractor_version = 'rules-0' WHERE id % 2 = 0")
        try FileManager.default.removeItem(atPath: source)  // the original files are not needed

        let result = try KBProcess.run(["refresh", "--db", scratch.db, "--reextract"])
        #expect(result.status == 0, "\(result.stderr)")
        let count = try KBProcess.sql("SELECT count(*) AS n FROM articles", db: scratch.db).first?["n"] as? Int ?? 0
        #expect(result.stderr.hasPrefix("re-extracted \(count / 2), \(count - count / 2) current, 0 failed in "), "\(result.stderr)")
        // The same rules found the same facts: only the version changed, no row was written again.
        #expect(result.stderr.hasSuffix(" s; 0 with new facts\n"), "\(result.stderr)")
        #expect(try KBProcess.sql(Self.factDump, db: scratch.db).map(NSDictionary.init) == before.map(NSDictionary.init))
        #expect(try KBProcess.sql("SELECT DISTINCT extractor_version AS v FROM articles", db: scratch.db).map(NSDictionary.init)
            == version.map(NSDictionary.init))
        #expect(try KBProcess.run(["check", "--db", scratch.db]).status == 0)

        let again = try KBProcess.run(["refresh", "--db", scratch.db, "--reextract"])
        #expect(again.stderr.hasPrefix("re-extracted 0, \(count) current, 0 failed in "), "\(again.stderr)")
        let everything = try KBProcess.run(["refresh", "--db", scratch.db, "--reextract", "--all"])
        #expect(everything.stderr.hasPrefix("re-extracted \(count), 0 current, 0 failed in "), "\(everything.stderr)")
        #expect(try KBProcess.sql(Self.factDump, db: scratch.db).map(NSDictionary.init) == before.map(NSDictionary.init))
    }

    @Test("re-extraction rewrites only the articles whose stored facts differ from what the rules find")
    func rewritesChangedOnly() throws {
        let scratch = try Scratch()
        let fixtures = KBProcess.packageRoot + "/Tests/ExtractionTests/Fixtures/articles"
        #expect(try KBProcess.run(["ingest", "--db", scratch.db, fixtures]).status == 0)
        let before = try KBProcess.sql(Self.factDump, db: scratch.db)
        let rowIDs = "SELECT group_concat(id) AS ids FROM (SELECT id FROM mentions ORDER BY id)"
        let mentionIDs = try KBProcess.sql(rowIDs, db: scratch.db).map(NSDictionary.init)
        let digests = try KBProcess.sql("SELECT count(*) AS n, count(DISTINCT facts_digest) AS d FROM articles", db: scratch.db)
        let count = digests.first?["n"] as? Int ?? 0
        #expect(count > 10 && digests.first?["d"] as? Int == count)

        // Unchanged: every article read again, none written (a rewrite gives its mentions new row ids).
        let same = try KBProcess.run(["refresh", "--db", scratch.db, "--reextract", "--all"])
        #expect(same.stderr.hasPrefix("re-extracted \(count), 0 current, 0 failed in "), "\(same.stderr)")
        #expect(same.stderr.hasSuffix(" s; 0 with new facts\n"), "\(same.stderr)")
        #expect(try KBProcess.sql(rowIDs, db: scratch.db).map(NSDictionary.init) == mentionIDs)

        // One article's facts lost (and its digest with them), another's digest unknown (stored before schema 11):
        // both written again, with the facts the rules find.
        let donor = "(SELECT article_id FROM donations ORDER BY id LIMIT 1)"
        try sqlite(scratch.db, "UPDATE articles SET facts_digest = 'lost' WHERE id = \(donor); DELETE FROM donations WHERE article_id = \(donor)")
        try sqlite(scratch.db, "UPDATE articles SET facts_digest = NULL WHERE id = (SELECT max(id) FROM articles)")
        #expect(try KBProcess.sql(Self.factDump, db: scratch.db).count < before.count)
        let changed = try KBProcess.run(["refresh", "--db", scratch.db, "--reextract", "--all"])
        #expect(changed.stderr.hasSuffix(" s; 2 with new facts\n"), "\(changed.stderr)")
        #expect(try KBProcess.sql(Self.factDump, db: scratch.db).map(NSDictionary.init) == before.map(NSDictionary.init))
        #expect(try KBProcess.sql("SELECT count(DISTINCT facts_digest) AS d FROM articles", db: scratch.db).first?["d"] as? Int == count)
        #expect(try KBProcess.run(["check", "--db", scratch.db]).status == 0)
    }

    @Test("--reextract takes no paths; --all needs --reextract")
    func usage() throws {
        let scratch = try Scratch()
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, "--reextract", scratch.path]).status == 2)
        #expect(try KBProcess.run(["refresh", "--db", scratch.db, "--all", scratch.path]).status == 2)
    }
}
