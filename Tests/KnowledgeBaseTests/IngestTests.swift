import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

@Suite("Ingest")
struct IngestTests {
    /// A folder with the three sample articles, one of them in a sub-folder, plus files kb must skip.
    private func sampleFolder() -> TempFolder {
        let folder = TempFolder()
        folder.write("donation.txt", SampleArticles.donation)
        folder.write("contract.md", SampleArticles.contract)
        folder.write("fr/dispute.txt", SampleArticles.dispute)
        folder.write("notes.pdf", "not an article")
        folder.write(".hidden.txt", SampleArticles.donation)
        folder.write(".git/HEAD.txt", SampleArticles.donation)
        return folder
    }

    @Test("facts carry each article's own name for an entity, and one shared entity across articles")
    func articleNames() throws {
        let folder = TempFolder()
        folder.write("a.txt", "date 2024-12-20\n\nUber Technologies donated $1 million to Donald Trump's inaugural committee.\n")
        folder.write("b.txt", "date 2024-12-21\n\nUber gave $2 million to Donald Trump's inaugural committee.\n")
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        let rows = try database.connection.query("SELECT donor, donor_entity, article FROM donation_facts ORDER BY article")
        #expect(rows.map { $0.string("donor") } == ["Uber Technologies", "Uber"])
        #expect(rows.map { $0.string("donor_entity") } == ["Uber", "Uber"])
        #expect(try count(database.connection, "SELECT count(*) FROM entities WHERE name LIKE 'Uber%'") == 1)
        let merged = try database.connection.query("SELECT donor, sources FROM donations_merged")
        #expect(merged.map { $0.string("donor") } == ["Uber", "Uber"])
    }

    @Test("stores one article per file with its name, hash, language and facts")
    func storesArticles() throws {
        let folder = sampleFolder()
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 3 && summary.failed == 0 && summary.unchanged == 0 && summary.updated == 0)
        let rows = try database.connection.query("SELECT path, name, sha256, language, extractor_version FROM articles ORDER BY name")
        #expect(rows.map { $0.string("name") } == ["contract.md", "dispute.txt", "donation.txt"])
        #expect(rows.allSatisfy { $0.string("path")?.hasPrefix(folder.path + "/") == true })
        #expect(rows[0].string("sha256") == SHA256.hex(Array(SampleArticles.contract.utf8)))
        #expect(rows[1].string("language") == "fr")
        #expect(try count(database.connection, "SELECT count(*) FROM mentions") > 0)
        #expect(try count(database.connection, "SELECT count(*) FROM donations") > 0)
        // Every entity has its row in the table of its kind.
        #expect(try count(database.connection, """
            SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM people WHERE id = e.id)
              AND NOT EXISTS (SELECT 1 FROM companies WHERE id = e.id) AND NOT EXISTS (SELECT 1 FROM agencies WHERE id = e.id)
              AND NOT EXISTS (SELECT 1 FROM funds WHERE id = e.id)
            """) == 0)
    }

    @Test("ingesting the same folder twice changes no table")
    func idempotent() throws {
        let folder = sampleFolder()
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        let before = try tableCounts(database.connection)
        let again = try ingest([folder.path], into: database)
        #expect(again.unchanged == 3 && again.new == 0 && again.updated == 0)
        #expect(try tableCounts(database.connection) == before)
        // Another spelling of the same folder names the same articles.
        let respelled = try ingest([folder.path + "/fr/../"], into: database)
        #expect(respelled.unchanged == 3)
        #expect(try tableCounts(database.connection) == before)
    }

    @Test("a changed file replaces its facts: the old evidence is gone")
    func changedFileReplacesFacts() throws {
        let folder = TempFolder()
        let file = folder.write("a.txt", SampleArticles.donation)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        let id = try database.connection.scalar("SELECT id FROM articles")?.int64Value
        #expect(try count(database.connection, "SELECT count(*) FROM donations WHERE evidence LIKE '%Acme%'") > 0)

        try SampleArticles.contract.write(toFile: file, atomically: true, encoding: .utf8)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.updated == 1 && summary.new == 0)
        #expect(try database.connection.scalar("SELECT id FROM articles")?.int64Value == id)
        #expect(try count(database.connection, "SELECT count(*) FROM donations WHERE evidence LIKE '%Acme%'") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM contracts WHERE evidence LIKE '%Acme%'") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM mentions WHERE surface LIKE 'Acme%'") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Acme'") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Pentagon'") == 1)
        // Entities only the old text named are gone too.
        #expect(try count(database.connection, "SELECT count(*) FROM entities WHERE name LIKE 'Acme%'") == 0)
    }

    @Test("every fact's evidence is the substring its offsets point at")
    func evidenceOffsets() throws {
        let folder = sampleFolder()
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        for table in ["donations", "contracts", "disputes", "roles"] {
            let facts = try count(database.connection, "SELECT count(*) FROM \(table)")
            let mismatched = try count(database.connection, """
                SELECT count(*) FROM \(table) f JOIN articles a ON a.id = f.article_id
                WHERE substr(a.text, f.evidence_start + 1, f.evidence_end - f.evidence_start) <> f.evidence
                """)
            #expect(mismatched == 0, "\(mismatched) of \(facts) \(table) rows point elsewhere")
        }
        let mentions = try count(database.connection, """
            SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE substr(a.text, m.start + 1, m.end - m.start) <> m.surface
            """)
        #expect(mentions == 0)
    }

    @Test("surface forms other than the name are remembered as article aliases")
    func articleAliases() throws {
        let folder = sampleFolder()
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        #expect(try count(database.connection, """
            SELECT count(*) FROM aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.source <> 'article' OR a.alias = e.name
            """) == 0)
    }

    @Test("refresh marks the articles whose file is gone (facts kept), prunes them on request, only under the folders it scans")
    func refreshRemovesMissing() throws {
        let folder = sampleFolder()
        let other = TempFolder()
        other.write("kept.txt", SampleArticles.contract + "\nAnother day, another contract.\n")  // not a copy
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path, other.path], into: database)
        try FileManager.default.removeItem(atPath: folder.path + "/donation.txt")

        let plain = try ingest([folder.path], into: database)
        #expect(plain.removed == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM articles") == 4)

        let donations = try count(database.connection, "SELECT count(*) FROM donations")
        let marked = try ingest([folder.path], into: database, options: IngestOptions(removeMissing: true))
        #expect(marked.missing == 1 && marked.removed == 0 && marked.unchanged == 2)
        #expect(try count(database.connection, "SELECT count(*) FROM articles WHERE missing_since IS NOT NULL") == 1)
        #expect(try count(database.connection, "SELECT count(*) FROM donations") == donations)

        let refresh = try ingest([folder.path], into: database, options: IngestOptions(removeMissing: true, prune: true))
        #expect(refresh.removed == 1 && refresh.missing == 0 && refresh.unchanged == 2)
        #expect(try count(database.connection, "SELECT count(*) FROM articles WHERE name = 'donation.txt'") == 0)
        #expect(try count(database.connection, "SELECT count(*) FROM articles WHERE name = 'kept.txt'") == 1)
        #expect(try count(database.connection, """
            SELECT count(*) FROM donations d LEFT JOIN articles a ON a.id = d.article_id WHERE a.id IS NULL
            """) == 0)

        // A folder that is not there (an unmounted disk) must not empty the database.
        let missing = try ingest([folder.path + "/gone"], into: database, options: IngestOptions(removeMissing: true, prune: true))
        #expect(missing.removed == 0 && missing.failed == 1)
    }

    @Test("a user alias is loaded into the gazetteer and makes unchanged articles be read again")
    func userAliases() throws {
        let folder = TempFolder()
        folder.write("a.txt", "date 2025-02-01\n\nQuux Industries news\n\nQuuxco donated $3 million to the Trump inaugural fund.\n")
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        try database.addAlias(UserAlias(kind: .company, name: "Quux Industries", alias: "Quuxco"))
        #expect(try database.userAliases() == [UserAlias(kind: .company, name: "Quux Industries", alias: "Quuxco")])

        let summary = try ingest([folder.path], into: database)
        #expect(summary.updated == 1)
        #expect(try count(database.connection, """
            SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id
            WHERE e.name = 'Quux Industries' AND m.surface = 'Quuxco'
            """) == 1)
        #expect(try ingest([folder.path], into: database).unchanged == 1)
        #expect(throws: KBError.self) { try database.addAlias(UserAlias(kind: .person, name: "A", alias: "A")) }
    }
}
