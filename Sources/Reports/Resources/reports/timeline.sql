-- title: Timeline
-- description: every fact in date order (donations, contracts, disputes), optionally about one entity
-- table: date who verb whom amount evidence
-- param entity entity: only facts involving this entity (name or alias; case, accents and spaces ignored)
-- param since date: only facts dated on or after this ISO date prefix
-- param until date: only facts dated on or before this ISO date prefix
-- param kind choice(donation|contract|dispute): only facts of this kind
--
-- Facts without a date come last. `who` and `whom` read as a sentence: who gave to / was awarded by / sued whom.
WITH facts AS (
    SELECT 'donation' AS kind, date, donor AS who, 'gave to' AS verb, recipient AS whom, amount, currency,
           article, evidence, source, byline, donor_id AS a, recipient_id AS b, NULL AS dispute_id
      FROM donation_facts
    UNION ALL
    SELECT 'contract', date, contractor, 'contract from', agency, amount, currency, article, evidence, source,
           byline, contractor_id, agency_id, NULL
      FROM contract_facts
    UNION ALL
    SELECT 'dispute', date, coalesce(plaintiffs, parties), kind || CASE WHEN plaintiffs IS NOT NULL THEN ' against' ELSE '' END,
           CASE WHEN plaintiffs IS NOT NULL THEN defendants END, NULL, NULL, article, evidence, source, byline, NULL, NULL, id
      FROM dispute_facts),
wanted AS (
    SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'
    UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%')
SELECT date, kind, who, verb, whom, amount, currency, article, evidence, source, byline
FROM facts
WHERE (coalesce(:entity, '') = '' OR a IN wanted OR b IN wanted
       OR dispute_id IN (SELECT dispute_id FROM dispute_parties WHERE entity_id IN wanted))
  AND (coalesce(:kind, '') = '' OR kind = :kind)
  AND (coalesce(:since, '') = '' OR date >= :since)
  AND (coalesce(:until, '') = '' OR substr(date, 1, length(:until)) <= :until)
ORDER BY date IS NULL, date, article, kind, who
