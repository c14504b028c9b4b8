-- title: Contracts
-- description: which company won which government contract, for how much
-- table: contractor agency amount date article evidence
-- param contractor entity: the contractor (name or alias; case, accents and spaces ignored)
-- param agency entity: the awarding agency (name or alias)
-- param since date: only contracts dated on or after this ISO date prefix (2024, 2024-12)
-- param until date: only contracts dated on or before this ISO date prefix
-- param article contains: only contracts from articles whose file name contains this
-- param min_amount number: only amounts of at least this many currency units
-- param currency text: only this ISO currency (USD, EUR)
-- style shared boolean
--
-- `shared` marks a ceiling one sentence gives several contractors (a multiple-award contract).
--
-- Read article by article in name order (CROSS JOIN keeps SQLite from reordering; `o.name` is `article`), so that
-- the first rows come without building and sorting every fact of the archive. A contractor or agency filter also
-- narrows the articles read to those with its facts. The `+` keeps the other filters off their indexes, which
-- SQLite would otherwise search once per article.
SELECT f.contractor, f.agency, f.amount, f.currency, f.date, f.article, f.evidence, f.end_date, f.amount_kind,
       f.rule, f.confidence, f.contractor_key, f.agency_key, f.shared, f.source, f.byline
FROM articles o CROSS JOIN contract_facts f ON f.article_id = o.id
WHERE (coalesce(:contractor, '') = '' OR (+f.contractor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%')
      AND o.id IN (SELECT article_id FROM contracts WHERE contractor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%'))))
  AND (coalesce(:agency, '') = '' OR (+f.agency_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%')
      AND o.id IN (SELECT article_id FROM contracts WHERE agency_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))))
  AND (coalesce(:article, '') = '' OR o.id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND (coalesce(:min_amount, '') = '' OR +f.amount >= CAST(:min_amount AS REAL))
  AND (coalesce(:currency, '') = '' OR +f.currency = upper(:currency))
  AND (coalesce(:since, '') = '' OR +f.date >= :since)
  AND (coalesce(:until, '') = '' OR +f.date < :until || char(1114111))
ORDER BY o.name, f.id
