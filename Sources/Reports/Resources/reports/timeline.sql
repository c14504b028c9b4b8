-- title: Timeline
-- description: every fact in date order (donations, contracts, disputes), optionally about one entity
-- table: date who verb whom amount evidence
-- param entity entity: only facts involving this entity (name or alias; case, accents and spaces ignored)
-- param since date: only facts dated on or after this ISO date prefix
-- param until date: only facts dated on or before this ISO date prefix
-- param kind choice(donation|contract|dispute): only facts of this kind
--
-- Facts without a date come last. `who` and `whom` read as a sentence: who gave to / was awarded by / sued whom.
WITH wanted AS (
    SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'
    UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%'),
-- Disputes read once each (MATERIALIZED): the view builds its party lists where they are named, and the arm
-- below names `plaintiffs` three times.
disputed AS MATERIALIZED (
    SELECT date, kind, parties, plaintiffs, defendants, article, evidence, source, byline
      FROM dispute_facts
      WHERE (coalesce(:entity, '') = '' OR id IN (SELECT dispute_id FROM dispute_parties WHERE entity_id IN wanted))
        AND (coalesce(:kind, '') = '' OR :kind = 'dispute')
        AND (coalesce(:since, '') = '' OR date >= :since)
        AND (coalesce(:until, '') = '' OR date < :until || char(1114111)))
SELECT date, kind, who, verb, whom, amount, currency, article, evidence, source, byline FROM (
    -- Each kind of fact filtered on its own, so that each filter given reaches its table's index.
    SELECT 'donation' AS kind, date, donor AS who, 'gave to' AS verb, recipient AS whom, amount, currency,
           article, evidence, source, byline
      FROM donation_facts
      WHERE (coalesce(:entity, '') = '' OR donor_id IN wanted OR recipient_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'donation')
        AND (coalesce(:since, '') = '' OR date >= :since)
        AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
    UNION ALL
    SELECT 'contract', date, contractor, 'contract from', agency, amount, currency, article, evidence, source, byline
      FROM contract_facts
      WHERE (coalesce(:entity, '') = '' OR contractor_id IN wanted OR agency_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'contract')
        AND (coalesce(:since, '') = '' OR date >= :since)
        AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
    UNION ALL
    SELECT 'dispute', date, coalesce(plaintiffs, parties), kind || CASE WHEN plaintiffs IS NOT NULL THEN ' against' ELSE '' END,
           CASE WHEN plaintiffs IS NOT NULL THEN defendants END, NULL, NULL, article, evidence, source, byline
      FROM disputed)
ORDER BY date IS NULL, date, article, kind, who
