import Foundation
import KnowledgeBase

/// A knowledge base written row by row (three short articles of our own), so that the report tests assert exact
/// rows whatever the extractor finds. It holds a joint gift and a multiple-award ceiling (both `shared`), a gift
/// in kind, a lawsuit with sides, a role, and names with accents.
enum ReportFixture {
    /// A fresh copy of the fixture database in `scratch`.
    static func make(in scratch: Scratch) throws -> String {
        let database = try Database(path: scratch.db)
        try database.connection.execute(rows)
        try FoldedNames.fillMissing(database.connection)
        return scratch.db
    }

    static let textA = "Acme Corp donated $2 million to the Trump Inaugural Committee. Acme also gave a car. "
        + "Liz Uihlein and Dick Uihlein gave $1 million to Restoration PAC."
    static let textB = "Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€. Elon Musk a attaqué OpenAI en justice."
    static let textC = "The Department of Defense awarded Amazon and Google a contract worth up to $9 billion. "
        + "Sam Altman, CEO of OpenAI, declined to comment."

    static let rows = """
        INSERT INTO articles(id, path, name, sha256, title, published, language, text, extractor_version) VALUES
          (1, '/news/a.txt', 'a.txt', 'x1', 'Acme gives', '2025-01-10', 'en', '\(textA)', 'test'),
          (2, '/news/b.txt', 'b.txt', 'x2', 'Contrat pour Thalès', '2024-12-18', 'fr', '\(textB.replacingOccurrences(of: "'", with: "''"))', 'test'),
          (3, '/news/c.txt', 'c.txt', 'x3', 'Cloud awards', '2025-03-13', 'en', '\(textC)', 'test');
        UPDATE articles SET url = 'https://news.example/cloud-awards', byline = 'Jane Roe' WHERE id = 3;
        INSERT INTO entities(id, kind, name) VALUES
          (1, 'company', 'Acme Corp'), (2, 'fund', 'Trump Inaugural Committee'), (3, 'agency', 'Ministère des Armées'),
          (4, 'company', 'Thales'), (5, 'person', 'Elon Musk'), (6, 'company', 'OpenAI'), (7, 'person', 'Liz Uihlein'),
          (8, 'person', 'Dick Uihlein'), (9, 'fund', 'Restoration PAC'), (10, 'agency', 'Department of Defense'),
          (11, 'company', 'Amazon'), (12, 'company', 'Google'), (13, 'person', 'Sam Altman');
        INSERT INTO companies(id, name) VALUES (1, 'Acme Corp'), (4, 'Thales'), (6, 'OpenAI'), (11, 'Amazon'), (12, 'Google');
        INSERT INTO funds(id, name) VALUES (2, 'Trump Inaugural Committee'), (9, 'Restoration PAC');
        INSERT INTO agencies(id, name) VALUES (3, 'Ministère des Armées'), (10, 'Department of Defense');
        INSERT INTO people(id, name) VALUES (5, 'Elon Musk'), (7, 'Liz Uihlein'), (8, 'Dick Uihlein'), (13, 'Sam Altman');
        INSERT INTO aliases(entity_id, alias, source) VALUES
          (1, 'Acme', 'article'), (4, 'Thalès', 'article'), (10, 'Pentagon', 'gazetteer'), (5, 'Musk', 'article');
        INSERT INTO mentions(entity_id, article_id, surface, start, end) VALUES
          (1, 1, 'Acme Corp', 0, 9), (2, 1, 'Trump Inaugural Committee', 36, 61), (1, 1, 'Acme', 63, 67),
          (7, 1, 'Liz Uihlein', 84, 95), (8, 1, 'Dick Uihlein', 100, 112), (9, 1, 'Restoration PAC', 132, 147),
          (3, 2, 'ministère des Armées', 3, 23), (4, 2, 'Thalès', 37, 43), (5, 2, 'Elon Musk', 67, 76), (6, 2, 'OpenAI', 87, 93),
          (10, 3, 'Department of Defense', 4, 25), (11, 3, 'Amazon', 34, 40), (12, 3, 'Google', 45, 51),
          (13, 3, 'Sam Altman', 88, 98), (6, 3, 'OpenAI', 107, 113);
        INSERT INTO donations(id, article_id, donor_id, recipient_id, amount, currency, amount_kind, date, in_kind,
                              evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (1, 1, 1, 2, 2000000, 'USD', 'exact', '2025-01', 0,
           'Acme Corp donated $2 million to the Trump Inaugural Committee.', 0, 62, 'donation.verb', 0.9),
          (2, 1, 1, 2, NULL, NULL, NULL, '2025-01', 1, 'Acme also gave a car.', 63, 84, 'donation.in_kind', 0.6),
          (3, 1, 7, 9, 1000000, 'USD', 'exact', '2024-10', 0,
           'Liz Uihlein and Dick Uihlein gave $1 million to Restoration PAC.', 84, 148, 'donation.verb', 0.8),
          (4, 1, 8, 9, 1000000, 'USD', 'exact', '2024-10', 0,
           'Liz Uihlein and Dick Uihlein gave $1 million to Restoration PAC.', 84, 148, 'donation.verb', 0.8);
        INSERT INTO contracts(id, article_id, contractor_id, agency_id, amount, currency, amount_kind, date, end_date,
                              evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (1, 2, 4, 3, 4200000000, 'EUR', 'exact', '2024-12', '2027',
           'Le ministère des Armées a attribué à Thalès un contrat de 4,2 Md€.', 0, 66, 'contract.award', 0.85),
          (2, 3, 11, 10, 9000000000, 'USD', 'up_to', '2025-03', NULL,
           'The Department of Defense awarded Amazon and Google a contract worth up to $9 billion.', 0, 85, 'contract.award', 0.85),
          (3, 3, 12, 10, 9000000000, 'USD', 'up_to', '2025-03', NULL,
           'The Department of Defense awarded Amazon and Google a contract worth up to $9 billion.', 0, 85, 'contract.award', 0.85);
        INSERT INTO disputes(id, article_id, kind, date, evidence, evidence_start, evidence_end, rule, confidence) VALUES
          (1, 2, 'lawsuit', '2024-12', 'Elon Musk a attaqué OpenAI en justice.', 67, 105, 'dispute.sue', 0.8);
        INSERT INTO dispute_parties(dispute_id, entity_id, role, position) VALUES
          (1, 5, 'plaintiff', 0), (1, 6, 'defendant', 1);
        INSERT INTO roles(article_id, person_id, title, organisation_id, evidence, evidence_start, evidence_end,
                          rule, confidence) VALUES
          (3, 13, 'CEO', 6, 'Sam Altman, CEO of OpenAI, declined to comment.', 86, 133, 'role.appositive', 0.8);
        """
}
