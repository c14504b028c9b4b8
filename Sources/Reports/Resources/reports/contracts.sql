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
SELECT contractor, agency, amount, currency, date, article, evidence,
       end_date, amount_kind, rule, confidence, contractor_key, agency_key, shared, source, byline
FROM contract_facts
WHERE (coalesce(:contractor, '') = '' OR contractor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:contractor), ' ', '') || '%'))
  AND (coalesce(:agency, '') = '' OR agency_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))
  AND (coalesce(:article, '') = '' OR article_id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND (coalesce(:min_amount, '') = '' OR amount >= CAST(:min_amount AS REAL))
  AND (coalesce(:currency, '') = '' OR currency = upper(:currency))
  AND (coalesce(:since, '') = '' OR date >= :since)
  AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
ORDER BY article, id
