-- title: Totals by agency
-- description: what each government body awarded: totals per currency, counts, first and last date
-- table: agency total awards contracts shared_awards first last
-- param agency entity: only this agency (name or alias; case, accents and spaces ignored)
-- param since date: only contracts dated on or after this ISO date prefix
-- param until date: only contracts dated on or before this ISO date prefix
-- param currency text: only this ISO currency (USD, EUR)
-- param limit integer = 20: at most this many rows
--
-- A ceiling one sentence shares between several contractors (a multiple-award contract) is one award and counts
-- once in `total`; `shared_awards` says how many such awards the total holds.
-- The contracts come from party_amounts (schema 10): one narrow row per contract and agency with `shared` stored.
-- A contract that shares nothing is an award of its own: those are summed straight from the covering index, in
-- agency order. The few shared ones (party_amounts_shared) are grouped into awards by article and sentence first.
WITH single AS (
    SELECT entity_id AS agency_id, currency, sum(amount) AS total, count(*) AS awards, count(*) AS contracts,
           0 AS shared_awards, min(date) AS first, max(date) AS last
    FROM party_amounts INDEXED BY party_amounts_totals
    WHERE role = 4 AND NOT shared
      AND (coalesce(:agency, '') = '' OR entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))
      AND (coalesce(:currency, '') = '' OR currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR date >= :since)
      AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
    GROUP BY entity_id, currency),
shared_awards AS (
    SELECT p.entity_id AS agency_id, p.currency, max(p.amount) AS amount, min(p.date) AS date, max(p.shared) AS shared,
           count(*) AS contractors
    FROM party_amounts p INDEXED BY party_amounts_shared JOIN contracts c ON c.id = p.fact_id
    WHERE p.role = 4 AND p.shared
      AND (coalesce(:agency, '') = '' OR p.entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))
      AND (coalesce(:currency, '') = '' OR p.currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR p.date >= :since)
      AND (coalesce(:until, '') = '' OR p.date < :until || char(1114111))
    GROUP BY p.entity_id, c.article_id, c.evidence || p.amount),
t AS (
    SELECT agency_id, currency, sum(total) AS total, sum(awards) AS awards, sum(contracts) AS contracts,
           sum(shared_awards) AS shared_awards, min(first) AS first, max(last) AS last
    FROM (SELECT * FROM single
          UNION ALL
          SELECT agency_id, currency, sum(amount), count(*), sum(contractors), sum(shared), min(date), max(date)
          FROM shared_awards GROUP BY agency_id, currency)
    GROUP BY agency_id, currency)
SELECT e.name AS agency, t.currency AS currency, t.total AS total, t.awards AS awards, t.contracts AS contracts,
       t.shared_awards AS shared_awards, t.first AS first, t.last AS last, e.kind || ':' || e.folded AS entity_key
FROM t JOIN entities e ON e.id = t.agency_id
ORDER BY coalesce(t.total, 0) DESC, t.awards DESC, e.name
LIMIT coalesce(CAST(nullif(:limit, '') AS INTEGER), 20)
