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
--
-- Read article by article in name order (CROSS JOIN keeps SQLite from reordering; `o.name` is `article`), so that
-- the first rows come without building and sorting every fact of the archive. A donor or recipient filter also
-- narrows the articles read to those with its facts. The `+` keeps the other filters off their indexes, which
-- SQLite would otherwise search once per article.
SELECT f.donor, f.recipient, f.amount, f.currency, f.date, f.in_kind, f.article, f.evidence, f.amount_kind,
       f.rule, f.confidence, f.donor_kind AS donor_type, f.donor_key, f.recipient_key, f.shared, f.source,
       f.byline
FROM articles o CROSS JOIN donation_facts f ON f.article_id = o.id
WHERE (coalesce(:donor, '') = '' OR (+f.donor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%')
      AND o.id IN (SELECT article_id FROM donations WHERE donor_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:donor), ' ', '') || '%'))))
  AND (coalesce(:recipient, '') = '' OR (+f.recipient_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%')
      AND o.id IN (SELECT article_id FROM donations WHERE recipient_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:recipient), ' ', '') || '%'))))
  AND (coalesce(:article, '') = '' OR o.id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND (coalesce(:min_amount, '') = '' OR +f.amount >= CAST(:min_amount AS REAL))
  AND (coalesce(:currency, '') = '' OR +f.currency = upper(:currency))
  AND (coalesce(:since, '') = '' OR +f.date >= :since)
  AND (coalesce(:until, '') = '' OR +f.date < :until || char(1114111))
ORDER BY o.name, f.id
