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
    UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:entity), ' ', '') || '%')
-- Rows come in order without sorting every fact first, so that a page costs what it shows: SQLite merges the
-- arms (ORDER BY on a UNION ALL), each in date order from its table's date index and sorted only within one date
-- (`since` and `until` as a range of that index). With an entity, arms of their own read its facts through the
-- entity indexes and sort those (`+date` keeps them off the date index). `id` last: rows equal in every key come
-- in the order they were stored, as when every fact was sorted at once. Undated facts follow, in a query of their own.
SELECT date, kind, who, verb, whom, amount, currency, article, evidence, source, byline FROM (
    SELECT date, 'donation' AS kind, donor AS who, 'gave to' AS verb, recipient AS whom, amount, currency,
           article, evidence, source, byline, id
      FROM donation_facts
      WHERE coalesce(:entity, '') = ''
        AND (coalesce(:kind, '') = '' OR :kind = 'donation')
        AND date >= coalesce(nullif(:since, ''), '') AND date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    UNION ALL
    SELECT date, 'contract', contractor, 'contract from', agency, amount, currency, article, evidence, source, byline, id
      FROM contract_facts
      WHERE coalesce(:entity, '') = ''
        AND (coalesce(:kind, '') = '' OR :kind = 'contract')
        AND date >= coalesce(nullif(:since, ''), '') AND date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    UNION ALL
    SELECT date, 'dispute', coalesce(plaintiffs, parties), kind || CASE WHEN plaintiffs IS NOT NULL THEN ' against' ELSE '' END,
           CASE WHEN plaintiffs IS NOT NULL THEN defendants END, NULL, NULL, article, evidence, source, byline, id
      FROM dispute_facts
      WHERE coalesce(:entity, '') = ''
        AND (coalesce(:kind, '') = '' OR :kind = 'dispute')
        AND date >= coalesce(nullif(:since, ''), '') AND date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    UNION ALL
    SELECT date, 'donation' AS kind, donor AS who, 'gave to' AS verb, recipient AS whom, amount, currency,
           article, evidence, source, byline, id
      FROM donation_facts
      WHERE coalesce(:entity, '') <> '' AND (donor_id IN wanted OR recipient_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'donation')
        AND +date >= coalesce(nullif(:since, ''), '') AND +date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    UNION ALL
    SELECT date, 'contract', contractor, 'contract from', agency, amount, currency, article, evidence, source, byline, id
      FROM contract_facts
      WHERE coalesce(:entity, '') <> '' AND (contractor_id IN wanted OR agency_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'contract')
        AND +date >= coalesce(nullif(:since, ''), '') AND +date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    UNION ALL
    SELECT date, 'dispute', coalesce(plaintiffs, parties), kind || CASE WHEN plaintiffs IS NOT NULL THEN ' against' ELSE '' END,
           CASE WHEN plaintiffs IS NOT NULL THEN defendants END, NULL, NULL, article, evidence, source, byline, id
      FROM dispute_facts
      WHERE coalesce(:entity, '') <> '' AND id IN (SELECT dispute_id FROM dispute_parties WHERE entity_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'dispute')
        AND +date >= coalesce(nullif(:since, ''), '') AND +date < coalesce(nullif(:until, ''), char(1114111)) || char(1114111)
    ORDER BY 1, 8, 2, 3, 12)
UNION ALL
SELECT date, kind, who, verb, whom, amount, currency, article, evidence, source, byline FROM (
    SELECT date, 'donation' AS kind, donor AS who, 'gave to' AS verb, recipient AS whom, amount, currency,
           article, evidence, source, byline, id
      FROM donation_facts
      WHERE date IS NULL AND coalesce(:since, '') = '' AND coalesce(:until, '') = ''
        AND (coalesce(:entity, '') = '' OR donor_id IN wanted OR recipient_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'donation')
    UNION ALL
    SELECT date, 'contract', contractor, 'contract from', agency, amount, currency, article, evidence, source, byline, id
      FROM contract_facts
      WHERE date IS NULL AND coalesce(:since, '') = '' AND coalesce(:until, '') = ''
        AND (coalesce(:entity, '') = '' OR contractor_id IN wanted OR agency_id IN wanted)
        AND (coalesce(:kind, '') = '' OR :kind = 'contract')
    UNION ALL
    SELECT date, 'dispute', coalesce(plaintiffs, parties), kind || CASE WHEN plaintiffs IS NOT NULL THEN ' against' ELSE '' END,
           CASE WHEN plaintiffs IS NOT NULL THEN defendants END, NULL, NULL, article, evidence, source, byline, id
      FROM dispute_facts
      WHERE date IS NULL AND coalesce(:since, '') = '' AND coalesce(:until, '') = ''
        AND (coalesce(:entity, '') = '' OR id IN (SELECT dispute_id FROM dispute_parties WHERE entity_id IN wanted))
        AND (coalesce(:kind, '') = '' OR :kind = 'dispute')
    ORDER BY 8, 2, 3, 12)
