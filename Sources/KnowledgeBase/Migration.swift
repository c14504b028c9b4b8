import SQLiteDB

/// One step from schema version `from` to `from + 1`; steps run in order inside one transaction each.
public struct Migration: Sendable {
    /// The version this step upgrades from.
    public let from: Int
    /// The statements that take the database to version `from + 1`.
    public let sql: String
    /// Whether the step ends by dropping every view and recreating them from schema.sql.
    public let rebuildsViews: Bool
    /// Work SQL cannot do (folding accents), run after `sql` in the same transaction.
    public let fill: (@Sendable (Connection) throws(SQLiteError) -> Void)?

    public init(from: Int, sql: String, rebuildsViews: Bool = false,
                fill: (@Sendable (Connection) throws(SQLiteError) -> Void)? = nil) {
        self.from = from
        self.sql = sql
        self.rebuildsViews = rebuildsViews
        self.fill = fill
    }

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
        // Version 3 names facts as each article names their parties: the article_names table; the fact and
        // mention views that read it come from schema.sql (rebuildsViews).
        Migration(from: 2, sql: """
            CREATE TABLE article_names (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                name       TEXT NOT NULL,
                PRIMARY KEY (article_id, entity_id)
            ) STRICT, WITHOUT ROWID;
            """, rebuildsViews: true),
        // Version 4 names each article's encoding (NULL for articles stored before) and records the other
        // locations of the same bytes, so that a copy is not a second article.
        Migration(from: 3, sql: """
            ALTER TABLE articles ADD COLUMN encoding TEXT CHECK (encoding IN ('UTF-8', 'UTF-16', 'Windows-1252'));
            ALTER TABLE articles ADD COLUMN replaced_bytes INTEGER NOT NULL DEFAULT 0 CHECK (replaced_bytes >= 0);
            CREATE TABLE article_paths (
                path       TEXT PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX article_paths_article ON article_paths(article_id);
            """),
        // Version 5 is for scheduled refreshes: the sources a refresh reads, the size and time of each file when
        // it was read (an unchanged file is skipped unread), and articles whose file vanished kept but marked.
        Migration(from: 4, sql: """
            ALTER TABLE articles ADD COLUMN missing_since TEXT;
            CREATE TABLE file_stamps (
                path       TEXT PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                size       INTEGER NOT NULL CHECK (size >= 0),
                mtime_ns   INTEGER NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX file_stamps_article ON file_stamps(article_id);
            CREATE TABLE sources (
                id            INTEGER PRIMARY KEY,
                name          TEXT NOT NULL UNIQUE,
                location      TEXT NOT NULL UNIQUE,
                kind          TEXT NOT NULL CHECK (kind IN ('folder', 'file', 'web')),
                include       TEXT,
                exclude       TEXT,
                etag          TEXT,
                last_modified TEXT,
                added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                refreshed_at  TEXT
            ) STRICT;
            """),
        // Version 6 is for reports and entity upkeep: each article's web address and byline, folded names stored at ingest (so that reports match "open ai"
        // to "OpenAI" in plain SQL), the log of users' entity changes and the names merged away, the fact views
        // with stable entity keys, sources, sides and the `shared` flag, and the full-text index renamed the
        // way Datasette recognises (content="articles"), rebuilt from the articles.
        Migration(from: 5, sql: """
            ALTER TABLE articles ADD COLUMN url TEXT;
            ALTER TABLE articles ADD COLUMN byline TEXT;
            ALTER TABLE entities ADD COLUMN folded TEXT;
            CREATE INDEX entities_folded ON entities(folded);
            ALTER TABLE aliases ADD COLUMN folded TEXT;
            CREATE INDEX aliases_folded ON aliases(folded);
            ALTER TABLE mentions ADD COLUMN folded TEXT;
            CREATE TABLE entity_changes (
                id        INTEGER PRIMARY KEY,
                at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                who       TEXT NOT NULL,
                action    TEXT NOT NULL CHECK (action IN ('alias', 'merge', 'unmerge', 'rename')),
                entity    TEXT NOT NULL,
                detail    TEXT NOT NULL,
                undo      TEXT,
                undone_by INTEGER REFERENCES entity_changes(id)
            ) STRICT;
            CREATE TABLE entity_merges (
                kind      TEXT NOT NULL,
                name      TEXT NOT NULL,
                into_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                change_id INTEGER NOT NULL REFERENCES entity_changes(id),
                PRIMARY KEY (kind, name)
            ) STRICT, WITHOUT ROWID;
            DROP TRIGGER articles_fts_insert;
            DROP TRIGGER articles_fts_delete;
            DROP TRIGGER articles_fts_update;
            DROP TABLE articles_fts;
            CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, text, content="articles", content_rowid="id",
                tokenize = 'unicode61 remove_diacritics 2'
            );
            INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            """, rebuildsViews: true, fill: { connection throws(SQLiteError) in
                try FoldedNames.fillMissing(connection)
                try FoldedNames.fillSources(connection)
            }),
        // Version 7 gives every report filter its index (docs/benchmarks.md, QueryPlanTests): facts by date,
        // amount and currency, disputes by kind, roles by organisation, articles by name, date and ingest time,
        // and the mention indexes extended to the pair (article, entity) that reports read without touching the
        // rows; the fact views keep `shared` on the article index beside the new amount and currency indexes.
        Migration(from: 6, sql: """
            DROP INDEX mentions_article;
            CREATE INDEX mentions_article ON mentions(article_id, entity_id);
            DROP INDEX mentions_entity;
            CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
            CREATE INDEX articles_name ON articles(name, title);
            CREATE INDEX articles_published ON articles(published);
            CREATE INDEX articles_ingested ON articles(ingested_at);
            CREATE INDEX donations_date ON donations(date);
            CREATE INDEX donations_amount ON donations(amount);
            CREATE INDEX donations_currency ON donations(currency);
            CREATE INDEX contracts_date ON contracts(date);
            CREATE INDEX contracts_amount ON contracts(amount);
            CREATE INDEX contracts_currency ON contracts(currency);
            CREATE INDEX disputes_date ON disputes(date);
            CREATE INDEX disputes_kind ON disputes(kind);
            CREATE INDEX roles_organisation ON roles(organisation_id);
            """, rebuildsViews: true),
        // Version 8 lets reports read articles from indexes only: `url` and `byline`, added after the text, cost a
        // walk through the text's overflow pages when read from the row, for every fact a report lists. The name
        // index covers the article listing in its order; articles_cite covers the fact views' lookup by id, which
        // they name with INDEXED BY (rebuildsViews); dispute_parties_position lists a dispute's parties in order.
        Migration(from: 7, sql: """
            DROP INDEX articles_name;
            CREATE INDEX articles_name ON articles(name, path, title, published, language, url, byline);
            CREATE INDEX articles_cite ON articles(id, name, path, url, byline, title, published);
            CREATE INDEX dispute_parties_position ON dispute_parties(dispute_id, position, role, entity_id);
            """, rebuildsViews: true),
        // Version 9 lets an ingest batch build the full-text index once before COMMIT instead of one FTS5 segment
        // per article (each article's SAVEPOINT made FTS5 flush): the triggers leave the articles above
        // fts_deferred's mark to the writer (WriteBatch), and an update that keeps title and text (re-extraction)
        // leaves the index alone. The index itself is unchanged. Same text as schema.sql (MigrationTests).
        Migration(from: 8, sql: """
            CREATE TABLE fts_deferred (
                after INTEGER NOT NULL                           -- articles with a larger id are indexed at COMMIT
            ) STRICT;
            DROP TRIGGER articles_fts_insert;
            DROP TRIGGER articles_fts_delete;
            DROP TRIGGER articles_fts_update;
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
            WHEN NOT EXISTS (SELECT 1 FROM fts_deferred WHERE new.id > after) BEGIN
                INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
            WHEN NOT EXISTS (SELECT 1 FROM fts_deferred WHERE old.id > after) BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END;
            CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
            WHEN old.title IS NOT new.title OR old.text IS NOT new.text OR old.id IS NOT new.id BEGIN
                INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', old.id, old.title, old.text
                WHERE NOT EXISTS (SELECT 1 FROM fts_deferred WHERE old.id > after);
                INSERT INTO articles_fts(rowid, title, text) SELECT new.id, new.title, new.text
                WHERE NOT EXISTS (SELECT 1 FROM fts_deferred WHERE new.id > after);
            END;
            """),
        // Version 10 keeps each donation and contract once per party, narrow, with the fact view's `shared` stored
        // (party_amounts, kept by triggers), so that the totals reports sum amounts from one covering index instead
        // of reading every fact, its article and its sentence (docs/benchmarks.md). The rows already stored are
        // filled in by the SELECT `kb check` compares the table with. Same text as schema.sql (MigrationTests).
        Migration(from: 9, sql: """
            CREATE TABLE party_amounts (
                role      INTEGER NOT NULL CHECK (role BETWEEN 1 AND 4),  -- 1 donor, 2 recipient, 3 contractor, 4 agency
                fact_id   INTEGER NOT NULL,                  -- donations.id (roles 1 and 2) or contracts.id (3 and 4)
                entity_id INTEGER NOT NULL,
                currency  TEXT,
                date      TEXT,
                amount    REAL,
                shared    INTEGER NOT NULL,                  -- donation_facts.shared or contract_facts.shared
                PRIMARY KEY (role, fact_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX party_amounts_totals ON party_amounts(role, entity_id, currency, date, amount, shared);
            CREATE INDEX party_amounts_shared ON party_amounts(role, fact_id) WHERE shared;
            \(Migration.partyAmountTriggers(table: "donations", party: "donor_id", counterpart: "recipient_id", roles: (1, 2)))
            \(Migration.partyAmountTriggers(table: "contracts", party: "contractor_id", counterpart: "agency_id", roles: (3, 4)))
            INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)

            """ + ConsistencyCheck.expectedPartyAmounts + ";"),
        // Version 11 records a digest of each article's stored facts, so that `kb refresh --reextract` leaves the
        // rows of an article whose facts come out the same alone (at 100,000 articles, deleting and inserting them
        // all again was a third of the run). Articles stored before have none: their next re-extraction writes it.
        Migration(from: 10, sql: "ALTER TABLE articles ADD COLUMN facts_digest TEXT;"),
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

extension Migration {
    /// The triggers that keep `party_amounts` in step with one fact table: `donations` (roles 1 donor, 2 recipient) or
    /// `contracts` (3 contractor, 4 agency); written once for both (schema.sql, plain SQL, holds the two texts).
    static func partyAmountTriggers(table: String, party: String, counterpart: String, roles: (Int, Int)) -> String {
        // The neighbours' `shared` recomputed after a fact of their sentence came, went or changed.
        let recompute = """
            UPDATE party_amounts SET shared = (
                    SELECT \(sharedTest(table))
                    FROM \(table) d WHERE d.id = party_amounts.fact_id)
            """
        return """
        CREATE TRIGGER \(table)_amounts_insert AFTER INSERT ON \(table) BEGIN
            INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
            SELECT r.role, new.id, CASE r.role WHEN \(roles.0) THEN new.\(party) ELSE new.\(counterpart) END, new.currency, new.date, new.amount,
                   s.shared
            FROM (SELECT CASE WHEN new.amount IS NULL
                                OR NOT EXISTS (SELECT 1 FROM \(table) o WHERE o.article_id = new.article_id
                                               AND o.evidence_start = new.evidence_start AND o.id <> new.id
                                               AND +o.amount = new.amount AND +o.currency IS new.currency) THEN 0
                              ELSE lower(new.evidence) NOT LIKE '%each%' AND lower(new.evidence) NOT LIKE '%chacun%' END AS shared) s
            JOIN (SELECT \(roles.0) AS role UNION ALL SELECT \(roles.1) WHERE new.\(counterpart) IS NOT NULL) r;
        END;
        CREATE TRIGGER \(table)_amounts_insert_sentence AFTER INSERT ON \(table)
        WHEN new.amount IS NOT NULL AND EXISTS (SELECT 1 FROM \(table) o WHERE o.article_id = new.article_id
                                                AND o.evidence_start = new.evidence_start AND o.id <> new.id) BEGIN
            \(recompute)
            WHERE role IN (\(roles.0), \(roles.1)) AND fact_id IN (SELECT o.id FROM \(table) o WHERE o.article_id = new.article_id
                                                 AND o.evidence_start = new.evidence_start AND o.id <> new.id);
        END;
        CREATE TRIGGER \(table)_amounts_delete AFTER DELETE ON \(table) BEGIN
            DELETE FROM party_amounts WHERE role IN (\(roles.0), \(roles.1)) AND fact_id = old.id;
        END;
        CREATE TRIGGER \(table)_amounts_delete_sentence AFTER DELETE ON \(table)
        WHEN old.amount IS NOT NULL AND EXISTS (SELECT 1 FROM \(table) o WHERE o.article_id = old.article_id
                                                AND o.evidence_start = old.evidence_start) BEGIN
            \(recompute)
            WHERE role IN (\(roles.0), \(roles.1)) AND fact_id IN (SELECT o.id FROM \(table) o WHERE o.article_id = old.article_id
                                                 AND o.evidence_start = old.evidence_start);
        END;
        CREATE TRIGGER \(table)_amounts_update
        AFTER UPDATE OF id, article_id, \(party), \(counterpart), amount, currency, date, evidence, evidence_start ON \(table) BEGIN
            DELETE FROM party_amounts WHERE role IN (\(roles.0), \(roles.1)) AND fact_id = old.id;
            INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
            SELECT \(roles.0), new.id, new.\(party), new.currency, new.date, new.amount, 0
            UNION ALL
            SELECT \(roles.1), new.id, new.\(counterpart), new.currency, new.date, new.amount, 0 WHERE new.\(counterpart) IS NOT NULL;
            \(recompute)
            WHERE role IN (\(roles.0), \(roles.1)) AND fact_id IN (SELECT o.id FROM \(table) o
                                                 WHERE (o.article_id = old.article_id AND o.evidence_start = old.evidence_start)
                                                    OR (o.article_id = new.article_id AND o.evidence_start = new.evidence_start));
        END;
        """
    }

    /// Whether fact `d` of `table` shares its sentence's amount with another fact of the same amount and currency,
    /// unless the sentence says "each" (the fact views' `shared`); continuation lines indented as the triggers have them.
    static func sharedTest(_ table: String) -> String {
        """
        d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
                       AND EXISTS (SELECT 1 FROM \(table) o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                                   AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        """
    }
}
