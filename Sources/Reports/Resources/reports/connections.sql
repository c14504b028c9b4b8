-- title: Connections
-- description: who is linked to an entity through donations, contracts, disputes and roles, each edge with its evidence
-- table: via other relation amount date article evidence
-- param entity entity required also=name: the entity (name or alias; case, accents and spaces ignored)
-- param comentions choice(0|1): 1 also lists entities named in the same articles (no fact between them)
-- param hops choice(1|2): 2 also lists the connections of its connections (the path goes through `via`)
--
-- An exact name or alias wins over names that merely contain it. Each edge is one fact, read from the entity's
-- side: "gave to", "received from", "contract from", "contract to", "sued", "sued by", "dispute with", roles.
WITH RECURSIVE candidates AS (
    -- The key is written out each time, not read from a CTE: a subquery reading a CTE's column runs once per entity.
    SELECT e.id, (e.folded = replace(lower(:entity), ' ', '')
                  OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.folded = replace(lower(:entity), ' ', ''))) AS exact
    FROM entities e
    WHERE e.folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'
       OR e.id IN (SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%')),
target AS (SELECT id FROM candidates WHERE exact OR NOT EXISTS (SELECT 1 FROM candidates WHERE exact)),
-- Rows come in their order without building every edge first, so that a page costs what it shows: `walk` is a
-- recursive query whose queue is kept in the report's order (ORDER BY in a recursive CTE), and SQLite hands each
-- row on as it leaves the queue. It starts with the entity's own edges (`hop1`) and, with hops=2, one marker per
-- entity they reach; a marker leaving the queue puts that entity's edges in it, which sort after it and before the
-- next marker's. The last key columns (the entity an edge starts at, then its fact's place in that entity's index)
-- order rows equal in every column the report sorts on as they came when every edge was built and sorted at once.
hop1 AS MATERIALIZED (
    SELECT donor_id AS a, recipient_id AS b, 'gave to' AS relation, amount, currency, date, article, evidence, source,
           id AS t1, NULL AS t2
      FROM donation_facts WHERE recipient_id IS NOT NULL AND donor_id IN target
    UNION ALL
    SELECT recipient_id, donor_id, 'received from', amount, currency, date, article, evidence, source, id, NULL
      FROM donation_facts WHERE recipient_id IN target
    UNION ALL
    SELECT contractor_id, agency_id, 'contract from', amount, currency, date, article, evidence, source, id, NULL
      FROM contract_facts WHERE agency_id IS NOT NULL AND contractor_id IN target
    UNION ALL
    SELECT agency_id, contractor_id, 'contract to', amount, currency, date, article, evidence, source, id, NULL
      FROM contract_facts WHERE agency_id IN target
    UNION ALL
    SELECT p.entity_id, o.entity_id,
           CASE WHEN p.role = 'plaintiff' AND o.role = 'defendant' THEN 'sued'
                WHEN p.role = 'defendant' AND o.role = 'plaintiff' THEN 'sued by'
                ELSE 'dispute with' END || ' (' || d.kind || ')',
           NULL, NULL, d.date, a.name, d.evidence, coalesce(a.url, a.path), p.rowid, o.position
      FROM dispute_parties p JOIN dispute_parties o ON o.dispute_id = p.dispute_id AND o.entity_id <> p.entity_id
      JOIN disputes d ON d.id = p.dispute_id JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
      WHERE p.entity_id IN target
    UNION ALL
    SELECT person_id, organisation_id, title || ' of', NULL, NULL, NULL, article, evidence, source, id, NULL
      FROM role_facts WHERE organisation_id IS NOT NULL AND person_id IN target
    UNION ALL
    SELECT organisation_id, person_id, 'has ' || title, NULL, NULL, NULL, article, evidence, source, id, NULL
      FROM role_facts WHERE organisation_id IN target
    UNION ALL
    -- Two articles with the same name, date and address name an edge once, the first one (as DISTINCT over those
    -- did): articles without such an earlier twin in one arm, tested once per article (CROSS JOIN keeps the article
    -- before the other mentions), the rare others in a second arm that asks for each edge.
    SELECT DISTINCT m.entity_id, o.entity_id, 'named with', NULL, NULL, a.published, a.name, NULL, coalesce(a.url, a.path),
           m.article_id, o.entity_id
      FROM mentions m CROSS JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
      CROSS JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id
      WHERE coalesce(:comentions, '') = '1' AND m.entity_id IN target
        AND NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path))
    UNION ALL
    SELECT DISTINCT m.entity_id, o.entity_id, 'named with', NULL, NULL, a.published, a.name, NULL, coalesce(a.url, a.path),
           m.article_id, o.entity_id
      FROM mentions m CROSS JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
      CROSS JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id
      WHERE coalesce(:comentions, '') = '1' AND m.entity_id IN target
        AND EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path))
        AND NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path)
                          AND EXISTS (SELECT 1 FROM mentions x WHERE x.entity_id = m.entity_id AND x.article_id = b.id)
                          AND EXISTS (SELECT 1 FROM mentions x WHERE x.entity_id = o.entity_id AND x.article_id = b.id))),
walk(sn, hop, vn, onm, relation, date, article, k0, t1, t2, k3, marker, a, via, okind, okey, amount, currency,
     evidence, source, ekey) AS (
    SELECT s.name, 0, NULL, o.name, h.relation, h.date, h.article, h.a, h.t1, h.t2, NULL, 0, h.a, NULL,
           o.kind, o.kind || ':' || o.folded, h.amount, h.currency, h.evidence, h.source, s.kind || ':' || s.folded
      FROM hop1 h JOIN entities s ON s.id = h.a JOIN entities o ON o.id = h.b
    UNION ALL
    SELECT s.name, 1, v.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, reach.a, reach.b,
           NULL, NULL, NULL, NULL, NULL, NULL, s.kind || ':' || s.folded
      FROM (SELECT DISTINCT a, b FROM hop1) reach JOIN entities s ON s.id = reach.a LEFT JOIN entities v ON v.id = reach.b
      WHERE coalesce(:hops, '') = '2'
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'gave to', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey
      FROM walk r JOIN donation_facts f ON f.donor_id = r.via JOIN entities o ON o.id = f.recipient_id
      WHERE r.marker AND f.recipient_id IS NOT NULL AND f.recipient_id NOT IN target AND f.recipient_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'received from', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey
      FROM walk r JOIN donation_facts f ON f.recipient_id = r.via JOIN entities o ON o.id = f.donor_id
      WHERE r.marker AND f.donor_id NOT IN target AND f.donor_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'contract from', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey
      FROM walk r JOIN contract_facts f ON f.contractor_id = r.via JOIN entities o ON o.id = f.agency_id
      WHERE r.marker AND f.agency_id IS NOT NULL AND f.agency_id NOT IN target AND f.agency_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'contract to', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey
      FROM walk r JOIN contract_facts f ON f.agency_id = r.via JOIN entities o ON o.id = f.contractor_id
      WHERE r.marker AND f.contractor_id NOT IN target AND f.contractor_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, CASE WHEN p.role = 'plaintiff' AND x.role = 'defendant' THEN 'sued'
                WHEN p.role = 'defendant' AND x.role = 'plaintiff' THEN 'sued by'
                ELSE 'dispute with' END || ' (' || d.kind || ')', d.date, a.name, r.via, p.rowid, x.position, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, d.evidence, coalesce(a.url, a.path), r.ekey
      FROM walk r JOIN dispute_parties p ON p.entity_id = r.via
      JOIN dispute_parties x ON x.dispute_id = p.dispute_id AND x.entity_id <> p.entity_id
      JOIN disputes d ON d.id = p.dispute_id JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
      JOIN entities o ON o.id = x.entity_id
      WHERE r.marker AND x.entity_id NOT IN target AND x.entity_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, f.title || ' of', NULL, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, f.evidence, f.source, r.ekey
      FROM walk r JOIN role_facts f ON f.person_id = r.via JOIN entities o ON o.id = f.organisation_id
      WHERE r.marker AND f.organisation_id IS NOT NULL AND f.organisation_id NOT IN target AND f.organisation_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'has ' || f.title, NULL, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, f.evidence, f.source, r.ekey
      FROM walk r JOIN role_facts f ON f.organisation_id = r.via JOIN entities o ON o.id = f.person_id
      WHERE r.marker AND f.person_id NOT IN target AND f.person_id <> r.a
    UNION ALL
    SELECT DISTINCT r.sn, 1, r.vn, o.name, 'named with', a.published, a.name, r.via, m.article_id, x.entity_id, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, NULL, coalesce(a.url, a.path), r.ekey
      FROM walk r CROSS JOIN mentions m ON m.entity_id = r.via
      CROSS JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
      CROSS JOIN mentions x ON x.article_id = m.article_id AND x.entity_id <> m.entity_id
      JOIN entities o ON o.id = x.entity_id
      WHERE r.marker AND coalesce(:comentions, '') = '1' AND x.entity_id NOT IN target AND x.entity_id <> r.a
        AND NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path))
    UNION ALL
    SELECT DISTINCT r.sn, 1, r.vn, o.name, 'named with', a.published, a.name, r.via, m.article_id, x.entity_id, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, NULL, coalesce(a.url, a.path), r.ekey
      FROM walk r CROSS JOIN mentions m ON m.entity_id = r.via
      CROSS JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
      CROSS JOIN mentions x ON x.article_id = m.article_id AND x.entity_id <> m.entity_id
      JOIN entities o ON o.id = x.entity_id
      WHERE r.marker AND coalesce(:comentions, '') = '1' AND x.entity_id NOT IN target AND x.entity_id <> r.a
        AND EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path))
        AND NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path)
                          AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = m.entity_id AND y.article_id = b.id)
                          AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = x.entity_id AND y.article_id = b.id))
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SELECT sn AS entity, vn AS via, onm AS other, okind AS other_type, okey AS other_key, relation, amount, currency, date,
       article, evidence, source, ekey AS entity_key
FROM walk WHERE NOT marker
