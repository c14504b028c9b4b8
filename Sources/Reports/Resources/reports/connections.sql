-- title: Connections
-- description: who is linked to an entity through donations, contracts, disputes and roles, each edge with its evidence
-- table: via other relation amount date article evidence
-- param entity entity required also=name: the entity (name or alias; case, accents and spaces ignored)
-- param comentions choice(0|1): 1 also lists entities named in the same articles (no fact between them)
-- param hops choice(1|2): 2 also lists the connections of its connections (the path goes through `via`)
--
-- An exact name or alias wins over names that merely contain it. Each edge is one fact, read from the entity's
-- side: "gave to", "received from", "contract from", "contract to", "sued", "sued by", "dispute with", roles.
WITH candidates AS (
    -- The key is written out each time, not read from a CTE: a subquery reading a CTE's column runs once per entity.
    SELECT e.id, (e.folded = replace(lower(:entity), ' ', '')
                  OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.folded = replace(lower(:entity), ' ', ''))) AS exact
    FROM entities e
    WHERE e.folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'
       OR e.id IN (SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%')),
target AS (SELECT id FROM candidates WHERE exact OR NOT EXISTS (SELECT 1 FROM candidates WHERE exact)),
-- The entities one edge away, where a second hop starts: each edge below is read only from the entities it starts
-- at, through its table's index.
near AS (
    SELECT recipient_id AS id FROM donations WHERE donor_id IN target AND recipient_id IS NOT NULL
    UNION SELECT donor_id FROM donations WHERE recipient_id IN target
    UNION SELECT agency_id FROM contracts WHERE contractor_id IN target AND agency_id IS NOT NULL
    UNION SELECT contractor_id FROM contracts WHERE agency_id IN target
    UNION SELECT o.entity_id FROM dispute_parties p
          JOIN dispute_parties o ON o.dispute_id = p.dispute_id AND o.entity_id <> p.entity_id
          WHERE p.entity_id IN target
    UNION SELECT organisation_id FROM roles WHERE person_id IN target AND organisation_id IS NOT NULL
    UNION SELECT person_id FROM roles WHERE organisation_id IN target
    UNION SELECT o.entity_id FROM mentions m JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id
          WHERE coalesce(:comentions, '') = '1' AND m.entity_id IN target),
starts AS (SELECT id FROM target UNION SELECT id FROM near WHERE coalesce(:hops, '') = '2'),
edges AS (
    SELECT donor_id AS a, recipient_id AS b, 'gave to' AS relation, amount, currency, date, article, evidence, source
      FROM donation_facts WHERE recipient_id IS NOT NULL AND donor_id IN starts
    UNION ALL
    SELECT recipient_id, donor_id, 'received from', amount, currency, date, article, evidence, source
      FROM donation_facts WHERE recipient_id IN starts
    UNION ALL
    SELECT contractor_id, agency_id, 'contract from', amount, currency, date, article, evidence, source
      FROM contract_facts WHERE agency_id IS NOT NULL AND contractor_id IN starts
    UNION ALL
    SELECT agency_id, contractor_id, 'contract to', amount, currency, date, article, evidence, source
      FROM contract_facts WHERE agency_id IN starts
    UNION ALL
    SELECT p.entity_id, o.entity_id,
           CASE WHEN p.role = 'plaintiff' AND o.role = 'defendant' THEN 'sued'
                WHEN p.role = 'defendant' AND o.role = 'plaintiff' THEN 'sued by'
                ELSE 'dispute with' END || ' (' || d.kind || ')',
           NULL, NULL, d.date, a.name, d.evidence, coalesce(a.url, a.path)
      FROM dispute_parties p JOIN dispute_parties o ON o.dispute_id = p.dispute_id AND o.entity_id <> p.entity_id
      JOIN disputes d ON d.id = p.dispute_id JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
      WHERE p.entity_id IN starts
    UNION ALL
    SELECT person_id, organisation_id, title || ' of', NULL, NULL, NULL, article, evidence, source
      FROM role_facts WHERE organisation_id IS NOT NULL AND person_id IN starts
    UNION ALL
    SELECT organisation_id, person_id, 'has ' || title, NULL, NULL, NULL, article, evidence, source
      FROM role_facts WHERE organisation_id IN starts
    UNION ALL
    SELECT DISTINCT m.entity_id, o.entity_id, 'named with', NULL, NULL, a.published, a.name, NULL, coalesce(a.url, a.path)
      FROM mentions m JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id
      JOIN articles a INDEXED BY articles_cite ON a.id = m.article_id
      WHERE coalesce(:comentions, '') = '1' AND m.entity_id IN starts),
hop1 AS (
    SELECT e.a, NULL AS via, e.b AS other, e.relation, e.amount, e.currency, e.date, e.article, e.evidence, e.source
    FROM edges e WHERE e.a IN (SELECT id FROM target)),
hop2 AS (
    SELECT h.a, h.other AS via, e.b AS other, e.relation, e.amount, e.currency, e.date, e.article, e.evidence, e.source
    FROM (SELECT DISTINCT a, other FROM hop1) h JOIN edges e ON e.a = h.other
    WHERE coalesce(:hops, '') = '2' AND e.b NOT IN (SELECT id FROM target) AND e.b <> h.a)
SELECT s.name AS entity, v.name AS via, o.name AS other, o.kind AS other_type, o.kind || ':' || o.folded AS other_key,
       x.relation, x.amount, x.currency, x.date, x.article, x.evidence, x.source, s.kind || ':' || s.folded AS entity_key
FROM (SELECT * FROM hop1 UNION ALL SELECT * FROM hop2) x
JOIN entities s ON s.id = x.a
JOIN entities o ON o.id = x.other
LEFT JOIN entities v ON v.id = x.via
ORDER BY s.name, x.via IS NOT NULL, v.name, o.name, x.relation, x.date, x.article
