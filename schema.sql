-- kb knowledge base schema: the single source of truth (embedded in the binary).
-- Open any kb database with `sqlite3 kb.db` and start with the views:
--   SELECT * FROM donation_facts;  SELECT * FROM contract_facts;  SELECT * FROM dispute_facts;
-- Evidence offsets count Unicode characters, so that
--   substr(articles.text, evidence_start + 1, evidence_end - evidence_start)
-- returns exactly the evidence sentence of a fact.
PRAGMA user_version = 11;

-- One row per ingested file: where it came from, its content hash and its normalised text.
CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    path              TEXT NOT NULL UNIQUE,          -- absolute file path, as found by `kb ingest`
    name              TEXT NOT NULL,                 -- file name, how reports cite the article
    sha256            TEXT NOT NULL,                 -- hash of the raw bytes: same hash, no work
    title             TEXT,
    published         TEXT,                          -- ISO date prefix: 2024, 2024-12, 2024-12-18
    language          TEXT NOT NULL CHECK (language IN ('fr', 'en', 'und')),
    text              TEXT NOT NULL,                 -- normalised text; evidence offsets point here
    extractor_version TEXT NOT NULL,                 -- which rules produced this article's facts
    ingested_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    encoding          TEXT CHECK (encoding IN ('UTF-8', 'UTF-16', 'Windows-1252')),  -- how the bytes were read; NULL before schema 4
    replaced_bytes    INTEGER NOT NULL DEFAULT 0 CHECK (replaced_bytes >= 0),       -- invalid UTF-8 sequences replaced by U+FFFD
    missing_since     TEXT,                          -- when a refresh found its file gone (facts kept); NULL while present
    url               TEXT,                          -- the web address the article gives in its first lines, if any
    byline            TEXT,                          -- its author as its byline says ("By John Smith | ..."), if any
    facts_digest      TEXT                           -- digest of the facts stored from it: a re-extraction finding the
                                                     -- same leaves its rows alone; NULL before schema 11
) STRICT;
CREATE INDEX articles_sha256 ON articles(sha256);
-- Reports read articles through these two indexes, never their rows: `url` and `byline` come after the text in
-- a row (added by ALTER TABLE), so reading them from the row walks the text's overflow pages, several page reads
-- per fact. articles_name: `article` filters and listings in name order; articles_cite: the fact views'
-- article by id (they name it with INDEXED BY, since SQLite otherwise prefers the row).
CREATE INDEX articles_name ON articles(name, path, title, published, language, url, byline);
CREATE INDEX articles_cite ON articles(id, name, path, url, byline, title, published);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_ingested ON articles(ingested_at);  -- `stats`' last ingest, without reading every article

-- Other files with exactly the same bytes as an article (a copy, a second download): one article, its facts
-- counted once; `articles.path` is the first location, these are the others.
CREATE TABLE article_paths (
    path       TEXT PRIMARY KEY,                     -- absolute file path
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX article_paths_article ON article_paths(article_id);

-- The size and modification time each file had when it was last read, so that a refresh skips an unchanged
-- file without reading it; a row goes with its article.
CREATE TABLE file_stamps (
    path       TEXT PRIMARY KEY,                     -- absolute file path (articles.path or article_paths.path)
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    size       INTEGER NOT NULL CHECK (size >= 0),
    mtime_ns   INTEGER NOT NULL                      -- nanoseconds since 1970
) STRICT, WITHOUT ROWID;
CREATE INDEX file_stamps_article ON file_stamps(article_id);

-- What `kb refresh` with no paths reads: folders, files and web addresses the user added with `kb source add`.
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    location      TEXT NOT NULL UNIQUE,              -- absolute path, or an http(s) URL
    kind          TEXT NOT NULL CHECK (kind IN ('folder', 'file', 'web')),
    include       TEXT,                              -- glob patterns, one a line (folders); NULL: every article file
    exclude       TEXT,                              -- glob patterns, one a line
    etag          TEXT,                              -- web: the validators of the last response, for a conditional request
    last_modified TEXT,
    added_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    refreshed_at  TEXT                               -- end of the last refresh that read it
) STRICT;

-- Every entity, whatever its kind; the kind tables below name each one.
CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'company', 'agency', 'fund')),
    name TEXT NOT NULL,                              -- canonical (fullest) name
    folded TEXT,                                     -- name lowercased, accents and non-alphanumerics removed ("openai")
    UNIQUE (kind, name)
) STRICT;
CREATE INDEX entities_folded ON entities(folded);

-- Named individuals.
CREATE TABLE people (
    id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE
) STRICT;

-- Businesses and every other non-government organisation (media, NGOs, unions, law firms).
CREATE TABLE companies (
    id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE
) STRICT;

-- Government bodies of any country: ministries, departments, regulators, armed forces.
CREATE TABLE agencies (
    id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE
) STRICT;

-- Political recipients: campaigns, PACs, parties, inaugural funds, presidential libraries.
CREATE TABLE funds (
    id   INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    name TEXT NOT NULL UNIQUE
) STRICT;

-- Other names of an entity ("Musk", "DHS", "ministère de la Défense"); users add their own.
CREATE TABLE aliases (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias      TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('gazetteer', 'article', 'user')),
    folded     TEXT,                                 -- the alias folded like entities.folded
    UNIQUE (entity_id, alias)
) STRICT;
CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE);
CREATE INDEX aliases_folded ON aliases(folded);

-- Where an article names an entity (first occurrence per article and surface form).
CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    surface    TEXT NOT NULL,                        -- the words as written
    start      INTEGER NOT NULL CHECK (start >= 0),
    end        INTEGER NOT NULL CHECK (end > start),
    folded     TEXT                                  -- the surface folded like entities.folded
) STRICT;
CREATE INDEX mentions_article ON mentions(article_id, entity_id);

-- How each article names each entity when that differs from the entity's name ("Uber Technologies" for "Uber"):
-- the fact views show facts under the source's own name; `*_entity` columns keep the shared one.
CREATE TABLE article_names (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity_id, article_id);

-- Money given to a political recipient or called a gift by the article.
CREATE TABLE donations (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    donor_id       INTEGER NOT NULL REFERENCES entities(id),
    recipient_id   INTEGER REFERENCES entities(id),  -- NULL when the article does not say
    amount         REAL,                             -- currency units; NULL when not stated
    currency       TEXT CHECK (currency IS NULL OR length(currency) = 3),
    amount_kind    TEXT CHECK (amount_kind IN ('exact', 'up_to', 'at_least', 'about')),
    date           TEXT,                             -- ISO prefix
    in_kind        INTEGER NOT NULL DEFAULT 0 CHECK (in_kind IN (0, 1)),
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    rule           TEXT NOT NULL,                    -- the extraction rule that produced the row
    confidence     REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    CHECK (evidence_end > evidence_start)
) STRICT;
CREATE INDEX donations_article ON donations(article_id);
CREATE INDEX donations_donor ON donations(donor_id);
CREATE INDEX donations_recipient ON donations(recipient_id);
CREATE INDEX donations_date ON donations(date);
CREATE INDEX donations_amount ON donations(amount);
CREATE INDEX donations_currency ON donations(currency);

-- Contracts, orders, renewals and purchases by a government body.
CREATE TABLE contracts (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    contractor_id  INTEGER NOT NULL REFERENCES entities(id),
    agency_id      INTEGER REFERENCES entities(id),  -- NULL when the article does not say
    amount         REAL,
    currency       TEXT CHECK (currency IS NULL OR length(currency) = 3),
    amount_kind    TEXT CHECK (amount_kind IN ('exact', 'up_to', 'at_least', 'about')),
    date           TEXT,                             -- award date, ISO prefix
    end_date       TEXT,                             -- "jusqu'à 2027"
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    rule           TEXT NOT NULL,
    confidence     REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    CHECK (evidence_end > evidence_start)
) STRICT;
CREATE INDEX contracts_article ON contracts(article_id);
CREATE INDEX contracts_contractor ON contracts(contractor_id);
CREATE INDEX contracts_agency ON contracts(agency_id);
CREATE INDEX contracts_date ON contracts(date);
CREATE INDEX contracts_amount ON contracts(amount);
CREATE INDEX contracts_currency ON contracts(currency);

-- Every donation and contract once per party it names, with what the totals reports add up: the amount, its
-- currency and date, and the fact view's `shared`. top-donors, top-recipients, top-contractors and
-- totals-by-agency read these narrow rows through party_amounts_totals instead of each fact's row, its article
-- and its sentence (at 100,000 articles that was 200-700 ms a report, docs/benchmarks.md). Kept by the triggers
-- below, never written by kb itself; `kb check` compares it with the facts.
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
-- The few facts that share their sentence's amount, which totals-by-agency groups into awards.
CREATE INDEX party_amounts_shared ON party_amounts(role, fact_id) WHERE shared;
-- A fact's `shared` depends on the other facts of its sentence (same article and evidence_start): an insert or a
-- delete recomputes theirs in a trigger of its own, which runs only when the sentence holds another fact (most
-- hold one); an update (a merge moves a fact to another entity) recomputes both sentences.
CREATE TRIGGER donations_amounts_insert AFTER INSERT ON donations BEGIN
    INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
    SELECT r.role, new.id, CASE r.role WHEN 1 THEN new.donor_id ELSE new.recipient_id END, new.currency, new.date, new.amount,
           s.shared
    FROM (SELECT CASE WHEN new.amount IS NULL
                        OR NOT EXISTS (SELECT 1 FROM donations o WHERE o.article_id = new.article_id
                                       AND o.evidence_start = new.evidence_start AND o.id <> new.id
                                       AND +o.amount = new.amount AND +o.currency IS new.currency) THEN 0
                      ELSE lower(new.evidence) NOT LIKE '%each%' AND lower(new.evidence) NOT LIKE '%chacun%' END AS shared) s
    JOIN (SELECT 1 AS role UNION ALL SELECT 2 WHERE new.recipient_id IS NOT NULL) r;
END;
CREATE TRIGGER donations_amounts_insert_sentence AFTER INSERT ON donations
WHEN new.amount IS NOT NULL AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = new.article_id
                                        AND o.evidence_start = new.evidence_start AND o.id <> new.id) BEGIN
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM donations d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (1, 2) AND fact_id IN (SELECT o.id FROM donations o WHERE o.article_id = new.article_id
                                         AND o.evidence_start = new.evidence_start AND o.id <> new.id);
END;
CREATE TRIGGER donations_amounts_delete AFTER DELETE ON donations BEGIN
    DELETE FROM party_amounts WHERE role IN (1, 2) AND fact_id = old.id;
END;
CREATE TRIGGER donations_amounts_delete_sentence AFTER DELETE ON donations
WHEN old.amount IS NOT NULL AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = old.article_id
                                        AND o.evidence_start = old.evidence_start) BEGIN
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM donations d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (1, 2) AND fact_id IN (SELECT o.id FROM donations o WHERE o.article_id = old.article_id
                                         AND o.evidence_start = old.evidence_start);
END;
CREATE TRIGGER donations_amounts_update
AFTER UPDATE OF id, article_id, donor_id, recipient_id, amount, currency, date, evidence, evidence_start ON donations BEGIN
    DELETE FROM party_amounts WHERE role IN (1, 2) AND fact_id = old.id;
    INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
    SELECT 1, new.id, new.donor_id, new.currency, new.date, new.amount, 0
    UNION ALL
    SELECT 2, new.id, new.recipient_id, new.currency, new.date, new.amount, 0 WHERE new.recipient_id IS NOT NULL;
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM donations d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (1, 2) AND fact_id IN (SELECT o.id FROM donations o
                                         WHERE (o.article_id = old.article_id AND o.evidence_start = old.evidence_start)
                                            OR (o.article_id = new.article_id AND o.evidence_start = new.evidence_start));
END;
CREATE TRIGGER contracts_amounts_insert AFTER INSERT ON contracts BEGIN
    INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
    SELECT r.role, new.id, CASE r.role WHEN 3 THEN new.contractor_id ELSE new.agency_id END, new.currency, new.date, new.amount,
           s.shared
    FROM (SELECT CASE WHEN new.amount IS NULL
                        OR NOT EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = new.article_id
                                       AND o.evidence_start = new.evidence_start AND o.id <> new.id
                                       AND +o.amount = new.amount AND +o.currency IS new.currency) THEN 0
                      ELSE lower(new.evidence) NOT LIKE '%each%' AND lower(new.evidence) NOT LIKE '%chacun%' END AS shared) s
    JOIN (SELECT 3 AS role UNION ALL SELECT 4 WHERE new.agency_id IS NOT NULL) r;
END;
CREATE TRIGGER contracts_amounts_insert_sentence AFTER INSERT ON contracts
WHEN new.amount IS NOT NULL AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = new.article_id
                                        AND o.evidence_start = new.evidence_start AND o.id <> new.id) BEGIN
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM contracts d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (3, 4) AND fact_id IN (SELECT o.id FROM contracts o WHERE o.article_id = new.article_id
                                         AND o.evidence_start = new.evidence_start AND o.id <> new.id);
END;
CREATE TRIGGER contracts_amounts_delete AFTER DELETE ON contracts BEGIN
    DELETE FROM party_amounts WHERE role IN (3, 4) AND fact_id = old.id;
END;
CREATE TRIGGER contracts_amounts_delete_sentence AFTER DELETE ON contracts
WHEN old.amount IS NOT NULL AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = old.article_id
                                        AND o.evidence_start = old.evidence_start) BEGIN
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM contracts d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (3, 4) AND fact_id IN (SELECT o.id FROM contracts o WHERE o.article_id = old.article_id
                                         AND o.evidence_start = old.evidence_start);
END;
CREATE TRIGGER contracts_amounts_update
AFTER UPDATE OF id, article_id, contractor_id, agency_id, amount, currency, date, evidence, evidence_start ON contracts BEGIN
    DELETE FROM party_amounts WHERE role IN (3, 4) AND fact_id = old.id;
    INSERT INTO party_amounts(role, fact_id, entity_id, currency, date, amount, shared)
    SELECT 3, new.id, new.contractor_id, new.currency, new.date, new.amount, 0
    UNION ALL
    SELECT 4, new.id, new.agency_id, new.currency, new.date, new.amount, 0 WHERE new.agency_id IS NOT NULL;
    UPDATE party_amounts SET shared = (
        SELECT d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
               AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                           AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)
        FROM contracts d WHERE d.id = party_amounts.fact_id)
    WHERE role IN (3, 4) AND fact_id IN (SELECT o.id FROM contracts o
                                         WHERE (o.article_id = old.article_id AND o.evidence_start = old.evidence_start)
                                            OR (o.article_id = new.article_id AND o.evidence_start = new.evidence_start));
END;

-- Conflicts between named parties: lawsuits, antitrust and regulatory actions, public feuds.
CREATE TABLE disputes (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('lawsuit', 'antitrust', 'regulatory', 'public_feud', 'other')),
    date           TEXT,
    evidence       TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    rule           TEXT NOT NULL,
    confidence     REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    CHECK (evidence_end > evidence_start)
) STRICT;
CREATE INDEX disputes_article ON disputes(article_id);
CREATE INDEX disputes_date ON disputes(date);
CREATE INDEX disputes_kind ON disputes(kind);

-- The parties of a dispute, in the order the article names them.
CREATE TABLE dispute_parties (
    dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    role       TEXT NOT NULL CHECK (role IN ('plaintiff', 'defendant', 'party')),
    position   INTEGER NOT NULL,
    PRIMARY KEY (dispute_id, entity_id)
) STRICT;
CREATE INDEX dispute_parties_entity ON dispute_parties(entity_id);
-- A dispute's parties in the article's order without a sort, and without reading the rows: the fact view and the
-- reports list them for every dispute.
CREATE INDEX dispute_parties_position ON dispute_parties(dispute_id, position, role, entity_id);

-- Who holds which title where ("Sam Altman, PDG d'OpenAI").
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
CREATE INDEX roles_organisation ON roles(organisation_id);

-- Full-text search over articles, accent- and case-insensitive: WHERE articles_fts MATCH 'ministere'.
-- content="articles" is written with double quotes because that is how Datasette recognises an external-content
-- index of the articles table (and then offers ?_search= on it).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content="articles", content_rowid="id",
    tokenize = 'unicode61 remove_diacritics 2'
);
-- The index is kept by these triggers, except for the articles an ingest batch adds: while a batch is open (never
-- in a committed database), fts_deferred holds the largest article id before it, the triggers leave every article
-- above it alone, and the writer indexes them all with one INSERT … SELECT before COMMIT. FTS5 writes a new index
-- segment at every savepoint, and the writer opens one per article, so indexing row by row built the index one
-- segment per article (docs/benchmarks.md). An update that leaves title and text as they were (re-extraction)
-- leaves the index alone.
CREATE TABLE fts_deferred (
    after INTEGER NOT NULL                           -- articles with a larger id are indexed at COMMIT
) STRICT;
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

-- Every change a user made to entities (kb entity alias|merge|unmerge|rename), readable: who, what, when.
-- `undo` holds what kb needs to take a merge back (JSON); `undone_by` points at the unmerge that did.
CREATE TABLE entity_changes (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    who       TEXT NOT NULL,                         -- the user who ran kb
    action    TEXT NOT NULL CHECK (action IN ('alias', 'merge', 'unmerge', 'rename')),
    entity    TEXT NOT NULL,                         -- "company: Acme Corp"
    detail    TEXT NOT NULL,                         -- "merged into company: Acme Corporation"
    undo      TEXT,
    undone_by INTEGER REFERENCES entity_changes(id)
) STRICT;

-- Names merged into another entity: the next ingests file what they find under that name to `into_id`.
CREATE TABLE entity_merges (
    kind      TEXT NOT NULL,
    name      TEXT NOT NULL,
    into_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    change_id INTEGER NOT NULL REFERENCES entity_changes(id),
    PRIMARY KEY (kind, name)
) STRICT, WITHOUT ROWID;

-- Donations with names instead of ids, one row per source article. `shared` is 1 when the same sentence gives
-- the same amount to or from several parties at once ("X and Y gave $1 million", not "each gave"): a total over
-- parties would count that amount once per party. `*_key` are stable entity ids ("company:acmecorp"). The `+` keeps
-- SQLite on the article's index for `shared`: the amount and currency indexes hold thousands of equal values.
CREATE VIEW donation_facts AS
SELECT d.id, coalesce(dn.name, donor.name) AS donor, donor.kind AS donor_kind,
       coalesce(rn.name, recipient.name) AS recipient,
       d.amount, d.currency, d.amount_kind, d.date, d.in_kind,
       a.name AS article, d.evidence, d.rule, d.confidence,
       donor.name AS donor_entity, recipient.name AS recipient_entity,
       donor.kind || ':' || donor.folded AS donor_key, recipient.kind || ':' || recipient.folded AS recipient_key,
       (d.amount IS NOT NULL AND lower(d.evidence) NOT LIKE '%each%' AND lower(d.evidence) NOT LIKE '%chacun%'
        AND EXISTS (SELECT 1 FROM donations o WHERE o.article_id = d.article_id AND o.evidence_start = d.evidence_start
                    AND o.id <> d.id AND +o.amount = d.amount AND +o.currency IS d.currency)) AS shared,
       coalesce(a.url, a.path) AS source, a.byline, d.article_id, d.donor_id, d.recipient_id
FROM donations d
JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
JOIN entities donor ON donor.id = d.donor_id
LEFT JOIN entities recipient ON recipient.id = d.recipient_id
LEFT JOIN article_names dn ON dn.article_id = d.article_id AND dn.entity_id = d.donor_id
LEFT JOIN article_names rn ON rn.article_id = d.article_id AND rn.entity_id = d.recipient_id;

-- Contracts with names instead of ids, one row per source article. `shared` is 1 for a ceiling one sentence
-- gives several contractors at once (a multiple-award contract): each has a share of it, not all of it.
CREATE VIEW contract_facts AS
SELECT c.id, coalesce(cn.name, contractor.name) AS contractor, coalesce(an.name, agency.name) AS agency,
       c.amount, c.currency, c.amount_kind, c.date, c.end_date,
       a.name AS article, c.evidence, c.rule, c.confidence,
       contractor.name AS contractor_entity, agency.name AS agency_entity,
       contractor.kind || ':' || contractor.folded AS contractor_key, agency.kind || ':' || agency.folded AS agency_key,
       (c.amount IS NOT NULL AND lower(c.evidence) NOT LIKE '%each%' AND lower(c.evidence) NOT LIKE '%chacun%'
        AND EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = c.article_id AND o.evidence_start = c.evidence_start
                    AND o.id <> c.id AND +o.amount = c.amount AND +o.currency IS c.currency)) AS shared,
       coalesce(a.url, a.path) AS source, a.byline, c.article_id, c.contractor_id, c.agency_id
FROM contracts c
JOIN articles a INDEXED BY articles_cite ON a.id = c.article_id
JOIN entities contractor ON contractor.id = c.contractor_id
LEFT JOIN entities agency ON agency.id = c.agency_id
LEFT JOIN article_names cn ON cn.article_id = c.article_id AND cn.entity_id = c.contractor_id
LEFT JOIN article_names an ON an.article_id = c.article_id AND an.entity_id = c.agency_id;

-- Disputes with their parties joined by " | ", one row per source article; plaintiffs and defendants apart
-- when the article says who sued whom.
CREATE VIEW dispute_facts AS
SELECT d.id, d.kind, d.date,
       (SELECT group_concat(name, ' | ') FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id ORDER BY p.position)) AS parties,
       a.name AS article, d.evidence, d.rule, d.confidence,
       (SELECT group_concat(name, ' | ') FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id AND p.role = 'plaintiff' ORDER BY p.position)) AS plaintiffs,
       (SELECT group_concat(name, ' | ') FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id AND p.role = 'defendant' ORDER BY p.position)) AS defendants,
       coalesce(a.url, a.path) AS source, a.byline, d.article_id
FROM disputes d
JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id;

-- The same donation reported by several articles is one fact: its sources counted and listed.
CREATE VIEW donations_merged AS
SELECT donor_entity AS donor, recipient_entity AS recipient, amount, currency, in_kind, min(date) AS date,
       count(*) AS sources, group_concat(article, ', ') AS articles
FROM donation_facts
GROUP BY donor_entity, recipient_entity, amount, currency, in_kind;

-- Which entities each article names, with their kind.
CREATE VIEW mention_facts AS
SELECT DISTINCT coalesce(n.name, e.name) AS name, e.kind, a.name AS article, e.name AS entity,
       e.kind || ':' || e.folded AS entity_key, e.id AS entity_id, a.id AS article_id
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
LEFT JOIN article_names n ON n.article_id = m.article_id AND n.entity_id = m.entity_id;

-- Roles with names instead of ids.
CREATE VIEW role_facts AS
SELECT p.name AS person, r.title, o.name AS organisation, a.name AS article, r.evidence,
       r.id, p.kind || ':' || p.folded AS person_key, o.kind || ':' || o.folded AS organisation_key,
       coalesce(a.url, a.path) AS source, a.byline, r.article_id, r.person_id, r.organisation_id
FROM roles r
JOIN articles a INDEXED BY articles_cite ON a.id = r.article_id
JOIN entities p ON p.id = r.person_id
LEFT JOIN entities o ON o.id = r.organisation_id;
