/// One step from schema version `from` to `from + 1`; steps run in order inside one transaction each.
public struct Migration: Sendable {
    /// The version this step upgrades from.
    public let from: Int
    /// The statements that take the database to version `from + 1`.
    public let sql: String
    /// Whether the step ends by dropping every view and recreating them from schema.sql.
    public let rebuildsViews: Bool

    public init(from: Int, sql: String, rebuildsViews: Bool = false) {
        self.from = from
        self.sql = sql
        self.rebuildsViews = rebuildsViews
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
