-- title: Donations
-- description: who gave how much to whom, with the sentence that says so
-- table: donor recipient amount date article evidence
-- param donor entity: the donor (name or alias; case, accents and spaces ignored)
-- param recipient entity: the recipient (name or alias)
-- param since date: only facts dated on or after this ISO date prefix (2024, 2024-12)
-- param until date: only facts dated on or before this ISO date prefix
-- param article contains: only facts from articles whose file name contains this
-- param min_amount number: only amounts of at least this many currency units
-- param currency text: only this ISO currency (USD, EUR)
-- style in_kind boolean
-- style shared boolean
--
-- An empty parameter means "no filter" (Datasette passes '' for a blank field). `shared` marks an amount one
-- sentence gives jointly to or from several parties: summing it per party counts it more than once.
SELECT donor, recipient, amount, currency, date, in_kind, article, evidence,
       amount_kind, rule, confidence, donor_kind AS donor_type, donor_key, recipient_key, shared, source, byline
FROM donation_facts
WHERE (coalesce(:donor, '') = '' OR donor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%'))
  AND (coalesce(:recipient, '') = '' OR recipient_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%'))
  AND (coalesce(:article, '') = '' OR article_id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND (coalesce(:min_amount, '') = '' OR amount >= CAST(:min_amount AS REAL))
  AND (coalesce(:currency, '') = '' OR currency = upper(:currency))
  AND (coalesce(:since, '') = '' OR date >= :since)
  AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
ORDER BY article, id
