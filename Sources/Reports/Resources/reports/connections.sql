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
      FROM role_facts WHERE organisation_id IN target),
-- The entities named in the same articles as the entity: each pair once, with the ids of those articles. At
-- 100,000 articles a much-mentioned entity is named with a thousand others in tens of thousands of articles, and
-- building and sorting every one of those edges before the first row took seconds; here they are ids grouped by
-- pair, and each pair's edges are built only when the walk reaches it.
named_with AS MATERIALIZED (
    SELECT m.entity_id AS a, o.entity_id AS b, '[' || group_concat(m.article_id) || ']' AS articles
      FROM mentions m CROSS JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id
      WHERE coalesce(:comentions, '') = '1' AND m.entity_id IN target
      GROUP BY m.entity_id, o.entity_id),
-- `payload` is JSON: a co-mention marker's pairs (marker 2) or a via entity's pair's articles (marker 3), and the
-- edges that a row made from a marker 2 carries (below).
walk(sn, hop, vn, onm, relation, date, article, k0, t1, t2, k3, marker, a, via, okind, okey, amount, currency,
     evidence, source, ekey, payload) AS (
    SELECT s.name, 0, NULL, o.name, h.relation, h.date, h.article, h.a, h.t1, h.t2, NULL, 0, h.a, NULL,
           o.kind, o.kind || ':' || o.folded, h.amount, h.currency, h.evidence, h.source, s.kind || ':' || s.folded, NULL
      FROM hop1 h JOIN entities s ON s.id = h.a JOIN entities o ON o.id = h.b
    UNION ALL
    SELECT s.name, 1, v.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, reach.a, reach.b,
           NULL, NULL, NULL, NULL, NULL, NULL, s.kind || ':' || s.folded, NULL
      FROM (SELECT a, b FROM hop1 UNION SELECT a, b FROM named_with) reach
      JOIN entities s ON s.id = reach.a LEFT JOIN entities v ON v.id = reach.b
      WHERE coalesce(:hops, '') = '2'
    UNION ALL
    -- Co-mentions: one marker (2) per entity name and other name, whose payload lists the pairs of entities so
    -- named ([a, b, [article ids]]: two entities may share a name, and their edges sort together). It sorts where
    -- its edges begin (its date and article are NULL, an edge's article never is).
    SELECT s.name, 0, NULL, o.name, 'named with', NULL, NULL, NULL, NULL, NULL, NULL, 2, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, json_group_array(json_array(n.a, n.b, json(n.articles)))
      FROM named_with n JOIN entities s ON s.id = n.a JOIN entities o ON o.id = n.b
      GROUP BY s.name, o.name
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'gave to', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN donation_facts f ON f.donor_id = r.via JOIN entities o ON o.id = f.recipient_id
      WHERE r.marker = 1 AND f.recipient_id IS NOT NULL AND f.recipient_id NOT IN target AND f.recipient_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'received from', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN donation_facts f ON f.recipient_id = r.via JOIN entities o ON o.id = f.donor_id
      WHERE r.marker = 1 AND f.donor_id NOT IN target AND f.donor_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'contract from', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN contract_facts f ON f.contractor_id = r.via JOIN entities o ON o.id = f.agency_id
      WHERE r.marker = 1 AND f.agency_id IS NOT NULL AND f.agency_id NOT IN target AND f.agency_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'contract to', f.date, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, f.amount, f.currency, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN contract_facts f ON f.agency_id = r.via JOIN entities o ON o.id = f.contractor_id
      WHERE r.marker = 1 AND f.contractor_id NOT IN target AND f.contractor_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, CASE WHEN p.role = 'plaintiff' AND x.role = 'defendant' THEN 'sued'
                WHEN p.role = 'defendant' AND x.role = 'plaintiff' THEN 'sued by'
                ELSE 'dispute with' END || ' (' || d.kind || ')', d.date, a.name, r.via, p.rowid, x.position, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, d.evidence, coalesce(a.url, a.path), r.ekey, NULL
      FROM walk r JOIN dispute_parties p ON p.entity_id = r.via
      JOIN dispute_parties x ON x.dispute_id = p.dispute_id AND x.entity_id <> p.entity_id
      JOIN disputes d ON d.id = p.dispute_id JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
      JOIN entities o ON o.id = x.entity_id
      WHERE r.marker = 1 AND x.entity_id NOT IN target AND x.entity_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, f.title || ' of', NULL, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN role_facts f ON f.person_id = r.via JOIN entities o ON o.id = f.organisation_id
      WHERE r.marker = 1 AND f.organisation_id IS NOT NULL AND f.organisation_id NOT IN target AND f.organisation_id <> r.a
    UNION ALL
    SELECT r.sn, 1, r.vn, o.name, 'has ' || f.title, NULL, f.article, r.via, f.id, NULL, r.a, 0, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, f.evidence, f.source, r.ekey, NULL
      FROM walk r JOIN role_facts f ON f.organisation_id = r.via JOIN entities o ON o.id = f.person_id
      WHERE r.marker = 1 AND f.person_id NOT IN target AND f.person_id <> r.a
    UNION ALL
    -- A co-mention marker leaving the queue becomes one row carrying its edges in order, [date, article, source,
    -- other's kind, other's key, entity's key] each, which the last SELECT unfolds: one step of the walk for all of
    -- them rather than one each. Two articles with the same name, date and address name a pair once, in the first
    -- of them that names both.
    SELECT r.sn, 0, NULL, r.onm, 'named with', NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           (SELECT json_group_array(json_array(date, article, source, okind, okey, ekey)) FROM (
               SELECT DISTINCT a.published AS date, a.name AS article, coalesce(a.url, a.path) AS source, o.kind AS okind,
                      o.kind || ':' || o.folded AS okey, s.kind || ':' || s.folded AS ekey, s.id AS k0, art.value AS t1, o.id AS t2
                 FROM json_each(r.payload) pair CROSS JOIN json_each(pair.value, '$[2]') art
                 CROSS JOIN entities s ON s.id = pair.value ->> 0 CROSS JOIN entities o ON o.id = pair.value ->> 1
                 CROSS JOIN articles a INDEXED BY articles_cite ON a.id = art.value
                 WHERE NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path)
                                     AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = s.id AND y.article_id = b.id)
                                     AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = o.id AND y.article_id = b.id))
                 ORDER BY 1, 2, 7, 8, 9))
      FROM walk r WHERE r.marker = 2
    UNION ALL
    -- A via entity's co-mentions: a marker (3) for each other entity (k0 and t2 name the pair, the payload lists the
    -- articles naming both), which puts the pair's edges in the queue when it leaves it. The pairs come from one
    -- pass over the via entity's articles.
    SELECT r.sn, 1, r.vn, o.name, 'named with', NULL, NULL, r.via, NULL, o.id, r.a, 3, r.a, r.via,
           o.kind, o.kind || ':' || o.folded, NULL, NULL, NULL, NULL, r.ekey, pair.value -> 1
      FROM walk r CROSS JOIN json_each((SELECT json_group_array(json_array(other, json(articles))) FROM (
               SELECT x.entity_id AS other, '[' || group_concat(m.article_id) || ']' AS articles
                 FROM mentions m CROSS JOIN mentions x ON x.article_id = m.article_id AND x.entity_id <> m.entity_id
                 WHERE r.marker = 1 AND m.entity_id = r.via
                 GROUP BY x.entity_id))) pair
      CROSS JOIN entities o ON o.id = pair.value ->> 0
      WHERE r.marker = 1 AND coalesce(:comentions, '') = '1' AND o.id NOT IN target AND o.id <> r.a
    UNION ALL
    SELECT DISTINCT r.sn, 1, r.vn, r.onm, 'named with', a.published, a.name, r.k0, art.value, r.t2, r.k3, 0, r.a, r.via,
           r.okind, r.okey, NULL, NULL, NULL, coalesce(a.url, a.path), r.ekey, NULL
      FROM walk r CROSS JOIN json_each(r.payload) art
      CROSS JOIN articles a INDEXED BY articles_cite ON a.id = art.value
      WHERE r.marker = 3
        AND NOT EXISTS (SELECT 1 FROM articles b INDEXED BY articles_name WHERE b.name = a.name AND b.id < a.id AND b.published IS a.published AND coalesce(b.url, b.path) = coalesce(a.url, a.path)
                          AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = r.k0 AND y.article_id = b.id)
                          AND EXISTS (SELECT 1 FROM mentions y WHERE y.entity_id = r.t2 AND y.article_id = b.id))
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
SELECT w.sn AS entity, w.vn AS via, w.onm AS other, coalesce(w.okind, edge.value ->> 3) AS other_type,
       coalesce(w.okey, edge.value ->> 4) AS other_key, w.relation, w.amount, w.currency, coalesce(w.date, edge.value ->> 0) AS date,
       coalesce(w.article, edge.value ->> 1) AS article, w.evidence, coalesce(w.source, edge.value ->> 2) AS source,
       coalesce(w.ekey, edge.value ->> 5) AS entity_key
-- Read through a subquery that SQLite keeps whole (LIMIT -1): with a join in the query that reads it, SQLite drops
-- the ORDER BY of a subquery in FROM, and the walk's queue would be first in, first out.
FROM (SELECT * FROM walk LIMIT -1) w LEFT JOIN json_each(w.payload) edge
WHERE NOT w.marker
