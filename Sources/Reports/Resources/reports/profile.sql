-- title: Profile
-- description: everything about one person, company, agency or fund: aliases, roles, money, disputes, company kept
-- table: relation other amount date article evidence
-- also: entity
-- param entity entity required also=name: the entity (name or alias; case, accents and spaces ignored)
-- param type choice(person|company|agency|fund): only entities of this kind
-- style shared boolean
--
-- An exact name or alias wins over names that merely contain it ("Musk" is Elon Musk when he is known as
-- "Musk"). One row per fact, each with its article and source; totals per currency after each kind of money,
-- amounts shared with other parties (`shared`) summed apart, since this entity had only a part of them.
WITH candidates AS (
    -- The key is written out each time, not read from a CTE: a subquery reading a CTE's column runs once per entity.
    SELECT e.id, (e.folded = replace(lower(:entity), ' ', '')
                  OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND a.folded = replace(lower(:entity), ' ', ''))) AS exact
    FROM entities e
    WHERE (e.folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'
           OR e.id IN (SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'))
      AND (coalesce(:type, '') = '' OR e.kind = :type)),
target AS (
    SELECT e.id, e.name, e.kind, e.kind || ':' || e.folded AS key FROM entities e
    WHERE e.id IN (SELECT id FROM candidates WHERE exact OR NOT EXISTS (SELECT 1 FROM candidates WHERE exact))),
lines AS (
    SELECT t.key, t.name, t.kind, 1 AS section, 'alias' AS relation, a.alias AS other, NULL AS other_key,
           NULL AS amount, NULL AS currency, NULL AS shared, NULL AS date, NULL AS article, NULL AS evidence, a.source
      FROM target t JOIN aliases a ON a.entity_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 2, 'role: ' || r.title, r.organisation, r.organisation_key, NULL, NULL, NULL, NULL,
           r.article, r.evidence, r.source
      FROM target t JOIN role_facts r ON r.person_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 2, 'has ' || r.title, r.person, r.person_key, NULL, NULL, NULL, NULL,
           r.article, r.evidence, r.source
      FROM target t JOIN role_facts r ON r.organisation_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 3, 'gave to', d.recipient, d.recipient_key, d.amount, d.currency, d.shared, d.date,
           d.article, d.evidence, d.source
      FROM target t JOIN donation_facts d ON d.donor_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 4, 'total given' || CASE WHEN d.shared THEN ' (shared)' ELSE '' END, NULL, NULL,
           sum(d.amount), d.currency, d.shared, min(d.date) || '..' || max(d.date), NULL, count(*) || ' donations', NULL
      FROM target t JOIN donation_facts d ON d.donor_id = t.id WHERE d.amount IS NOT NULL
      GROUP BY t.id, d.currency, d.shared
    UNION ALL
    SELECT t.key, t.name, t.kind, 5, 'received from', d.donor, d.donor_key, d.amount, d.currency, d.shared, d.date,
           d.article, d.evidence, d.source
      FROM target t JOIN donation_facts d ON d.recipient_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 6, 'total received' || CASE WHEN d.shared THEN ' (shared)' ELSE '' END, NULL, NULL,
           sum(d.amount), d.currency, d.shared, min(d.date) || '..' || max(d.date), NULL, count(*) || ' donations', NULL
      FROM target t JOIN donation_facts d ON d.recipient_id = t.id WHERE d.amount IS NOT NULL
      GROUP BY t.id, d.currency, d.shared
    UNION ALL
    SELECT t.key, t.name, t.kind, 7, 'contract from', c.agency, c.agency_key, c.amount, c.currency, c.shared, c.date,
           c.article, c.evidence, c.source
      FROM target t JOIN contract_facts c ON c.contractor_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 8, 'total won' || CASE WHEN c.shared THEN ' (shared)' ELSE '' END, NULL, NULL,
           sum(c.amount), c.currency, c.shared, min(c.date) || '..' || max(c.date), NULL, count(*) || ' contracts', NULL
      FROM target t JOIN contract_facts c ON c.contractor_id = t.id WHERE c.amount IS NOT NULL
      GROUP BY t.id, c.currency, c.shared
    UNION ALL
    SELECT t.key, t.name, t.kind, 9, 'contract to', c.contractor, c.contractor_key, c.amount, c.currency, c.shared,
           c.date, c.article, c.evidence, c.source
      FROM target t JOIN contract_facts c ON c.agency_id = t.id
    UNION ALL
    SELECT t.key, t.name, t.kind, 10, 'total awarded', NULL, NULL, sum(amount), currency, NULL,
           min(date) || '..' || max(date), NULL, count(*) || ' contracts', NULL
      FROM target t JOIN (
          -- a ceiling shared by several contractors is one award: counted once
          SELECT agency_id, amount, currency, min(date) AS date FROM contract_facts
          WHERE amount IS NOT NULL AND agency_id IN (SELECT id FROM target)
          GROUP BY agency_id, article_id, CASE WHEN shared THEN 'shared:' || evidence ELSE 'id:' || id END, amount, currency
      ) c ON c.agency_id = t.id
      GROUP BY t.id, c.currency
    UNION ALL
    SELECT t.key, t.name, t.kind, 11,
           'dispute (' || d.kind || ')' || CASE p.role WHEN 'plaintiff' THEN ' against' WHEN 'defendant' THEN ' by' ELSE ' with' END,
           (SELECT group_concat(e.name, ' | ') FROM dispute_parties o JOIN entities e ON e.id = o.entity_id
            WHERE o.dispute_id = d.id AND o.entity_id <> t.id
              AND (p.role = 'party' OR o.role <> p.role)),
           NULL, NULL, NULL, NULL, d.date, a.name, d.evidence, coalesce(a.url, a.path)
      FROM target t JOIN dispute_parties p ON p.entity_id = t.id JOIN disputes d ON d.id = p.dispute_id
      JOIN articles a INDEXED BY articles_cite ON a.id = d.article_id
    UNION ALL
    SELECT key, name, kind, 12, 'mentioned with', other, other_key, NULL, NULL, NULL, NULL, NULL,
           together || ' articles', NULL FROM (
        SELECT t.key, t.name, t.kind, e.name AS other, e.kind || ':' || e.folded AS other_key,
               count(DISTINCT m.article_id) AS together,
               row_number() OVER (PARTITION BY t.id ORDER BY count(DISTINCT m.article_id) DESC, e.name) AS rank
        FROM target t JOIN mentions mine ON mine.entity_id = t.id
        JOIN mentions m ON m.article_id = mine.article_id AND m.entity_id <> t.id
        JOIN entities e ON e.id = m.entity_id
        GROUP BY t.id, e.id)
      WHERE rank <= 10
    UNION ALL
    SELECT t.key, t.name, t.kind, 13, 'article', a.title, NULL, NULL, NULL, NULL, a.published, a.name, NULL, coalesce(a.url, a.path)
      FROM target t JOIN articles a INDEXED BY articles_cite ON a.id IN (SELECT article_id FROM mentions WHERE entity_id = t.id))
SELECT name AS entity, kind AS type, key AS entity_key, relation, other, other_key, amount, currency, shared, date,
       article, evidence, source
FROM lines
ORDER BY name, kind, section, date, article, other, amount IS NULL, amount DESC
