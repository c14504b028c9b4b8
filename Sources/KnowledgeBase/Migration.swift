/// One step from schema version `from` to `from + 1`; steps run in order inside one transaction each.
public struct Migration: Sendable {
    /// The version this step upgrades from.
    public let from: Int
    /// The statements that take the database to version `from + 1`.
    public let sql: String

    /// Every step since version 1. Versions are never renumbered: an old database replays the steps after its own.
    public static let all: [Migration] = [
        // Version 2 added roles ("Sam Altman, PDG d'OpenAI"): the table, its indexes and the role_facts view.
        Migration(from: 1, sql: """
            CREATE TABLE roles (
                id              INTEGER PRIMARY KEY,
                article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                person_id       INTEGER NOT NULL REFERENCES entities(id),
                title           TEXT NOT NULL,
                organisation_id INTEGER REFERENCES entities(id),
                evidence        TEXT NOT NULL,
                evidence_start  INTEGER NOT NULL,
                evidence_end    INTEGER NOT NULL,
                rule            TEXT NOT NULL,
                confidence      REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1)
            ) STRICT;
            CREATE INDEX roles_article ON roles(article_id);
            CREATE INDEX roles_person ON roles(person_id);
            CREATE VIEW role_facts AS
            SELECT p.name AS person, r.title, o.name AS organisation, a.name AS article, r.evidence
            FROM roles r
            JOIN articles a ON a.id = r.article_id
            JOIN entities p ON p.id = r.person_id
            LEFT JOIN entities o ON o.id = r.organisation_id;
            """),
        // Version 3 names facts as each article names their parties: the article_names table, and the fact and
        // mention views rebuilt to read it (the shared entity name stays in *_entity columns).
        Migration(from: 2, sql: """
            CREATE TABLE article_names (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                name       TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id)
            ) STRICT, WITHOUT ROWID;
            DROP VIEW donations_merged;
            DROP VIEW donation_facts;
            DROP VIEW contract_facts;
            DROP VIEW dispute_facts;
            DROP VIEW mention_facts;
            CREATE VIEW donation_facts AS
            SELECT d.id, coalesce(dn.name, donor.name) AS donor, donor.kind AS donor_kind,
                   coalesce(rn.name, recipient.name) AS recipient,
                   d.amount, d.currency, d.amount_kind, d.date, d.in_kind,
                   a.name AS article, d.evidence, d.rule, d.confidence,
                   donor.name AS donor_entity, recipient.name AS recipient_entity
            FROM donations d
            JOIN articles a ON a.id = d.article_id
            JOIN entities donor ON donor.id = d.donor_id
            LEFT JOIN entities recipient ON recipient.id = d.recipient_id
            LEFT JOIN article_names dn ON dn.article_id = d.article_id AND dn.entity_id = d.donor_id
            LEFT JOIN article_names rn ON rn.article_id = d.article_id AND rn.entity_id = d.recipient_id;

            CREATE VIEW contract_facts AS
            SELECT c.id, coalesce(cn.name, contractor.name) AS contractor, coalesce(an.name, agency.name) AS agency,
                   c.amount, c.currency, c.amount_kind, c.date, c.end_date,
                   a.name AS article, c.evidence, c.rule, c.confidence,
                   contractor.name AS contractor_entity, agency.name AS agency_entity
            FROM contracts c
            JOIN articles a ON a.id = c.article_id
            JOIN entities contractor ON contractor.id = c.contractor_id
            LEFT JOIN entities agency ON agency.id = c.agency_id
            LEFT JOIN article_names cn ON cn.article_id = c.article_id AND cn.entity_id = c.contractor_id
            LEFT JOIN article_names an ON an.article_id = c.article_id AND an.entity_id = c.agency_id;

            CREATE VIEW dispute_facts AS
            SELECT d.id, d.kind, d.date,
                   (SELECT group_concat(name, ' | ') FROM (
                        SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
                        LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
                        WHERE p.dispute_id = d.id ORDER BY p.position)) AS parties,
                   a.name AS article, d.evidence, d.rule, d.confidence
            FROM disputes d
            JOIN articles a ON a.id = d.article_id;

            CREATE VIEW donations_merged AS
            SELECT donor_entity AS donor, recipient_entity AS recipient, amount, currency, in_kind, min(date) AS date,
                   count(*) AS sources, group_concat(article, ', ') AS articles
            FROM donation_facts
            GROUP BY donor_entity, recipient_entity, amount, currency, in_kind;

            CREATE VIEW mention_facts AS
            SELECT DISTINCT coalesce(n.name, e.name) AS name, e.kind, a.name AS article, e.name AS entity
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            JOIN articles a ON a.id = m.article_id
            LEFT JOIN article_names n ON n.article_id = m.article_id AND n.entity_id = m.entity_id;
            """),
    ]

    /// The steps that take a database from `version` to `target`, or nil when one is missing.
    static func path(from version: Int, to target: Int) -> [Migration]? {
        var steps: [Migration] = []
        for current in version..<max(version, target) {
            guard let step = all.first(where: { $0.from == current }) else { return nil }
            steps.append(step)
        }
        return steps
    }
}
