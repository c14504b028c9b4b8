import Foundation
import KnowledgeBase
import SQLiteDB

/// A small knowledge base written row by row, so that report tests do not depend on what extraction finds.
final class Fixture {
    let folder: String
    let path: String
    let database: Database

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-reports-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/kb.db"
        database = try Database(path: path)
        try database.connection.execute(Self.rows)
        try FoldedNames.fillMissing(database.connection)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A read-only connection, as `kb query` uses.
    func reader() throws -> Connection {
        try Database(path: path, mode: .readOnly).connection
    }

    static let textA = "Acme Corp donated $2 million to the Trump Inaugural Committee. Acme also gave a car. ACME CORP declined to comment."
    static let textB = "Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€. Elon Musk a attaqué OpenAI."

    static let rows = """
        INSERT INTO articles(id, path, name, sha256, title, published, language, text, extractor_version) VALUES
          (1, '/news/a.txt', 'a.txt', 'x1', 'Acme gives', '2025-01-10', 'en', '\(textA)', 'test'),
          (2, '/news/b.txt', 'b.txt', 'x2', 'Contrat pour Thalès', '2024-12-18', 'fr', '\(textB.replacingOccurrences(of: "'", with: "''"))', 'test');
        INSERT INTO entities(id, kind, name) VALUES
          (1, 'company', 'Acme Corp'), (2, 'fund', 'Trump Inaugural Committee'), (3, 'agency', 'Ministère des Armées'),
          (4, 'company', 'Thales'), (5, 'person', 'Elon Musk'), (6, 'company', 'OpenAI');
        INSERT INTO companies(id, name) VALUES (1, 'Acme Corp'), (4, 'Thales'), (6, 'OpenAI');
        INSERT INTO funds(id, name) VALUES (2, 'Trump Inaugural Committee');
        INSERT INTO agencies(id, name) VALUES (3, 'Ministère des Armées');
        INSERT INTO people(id, name) VALUES (5, 'Elon Musk');
        INSERT INTO aliases(entity_id, alias, source) VALUES (1, 'Acme', 'article'), (4, 'Thalès', 'article');
        INSERT INTO mentions(entity_id, article_id, surface, start, end) VALUES
          (1, 1, 'Acme Corp', 0, 9), (2, 1, 'Trump Inaugural Committee', 36, 61), (1, 1, 'Acme', 63, 67),
          (1, 1, 'ACME CORP', 85, 94),
          (3, 2, 'ministère des Armées', 3, 23), (4, 2, 'Thalès', 37, 43), (5, 2, 'Elon Musk', 67, 76),
          (6, 2, 'OpenAI', 87, 93);
        INSERT INTO donations(article_id, donor_id, recipient_id, amount, currency, amount_kind, date, in_kind,
                              evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (1, 1, 2, 2000000, 'USD', 'exact', '2025-01', 0,
           'Acme Corp donated $2 million to the Trump Inaugural Committee.', 0, 62, 'donation.verb', 0.9),
          (1, 1, NULL, NULL, NULL, NULL, NULL, 1, 'Acme also gave a car.', 63, 84, 'donation.in_kind', 0.6);
        INSERT INTO contracts(article_id, contractor_id, agency_id, amount, currency, amount_kind, date, end_date,
                              evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (2, 4, 3, 4200000000, 'EUR', 'exact', '2024-12', '2027',
           'Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€.', 0, 66, 'contract.award', 0.85);
        INSERT INTO disputes(id, article_id, kind, date, evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (1, 2, 'lawsuit', '2024-12', 'Elon Musk a attaqué OpenAI.', 67, 94, 'dispute.sue', 0.8);
        INSERT INTO dispute_parties(dispute_id, entity_id, role, position) VALUES
          (1, 6, 'defendant', 1), (1, 5, 'plaintiff', 0);
        INSERT INTO roles(article_id, person_id, title, organisation_id, evidence, evidence_start, evidence_end,
                          rule, confidence) VALUES
          (2, 5, 'PDG', 6, 'Elon Musk a attaqué OpenAI.', 67, 94, 'role', 0.8);
        """
}
