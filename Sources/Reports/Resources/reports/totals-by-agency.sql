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
-- `shared` is read once per contract (MATERIALIZED): the view computes it where it is named, and it is named twice.
WITH f AS MATERIALIZED (
    SELECT id, agency_id, article_id, currency, amount, date, shared, evidence FROM contract_facts
    WHERE agency_id IS NOT NULL
      AND (coalesce(:agency, '') = '' OR agency_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))
      AND (coalesce(:currency, '') = '' OR currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR date >= :since)
      AND (coalesce(:until, '') = '' OR date < :until || char(1114111))),
awards AS (
    SELECT agency_id, currency, max(amount) AS amount, min(date) AS date, max(shared) AS shared,
           count(*) AS contractors
    FROM f
    GROUP BY agency_id, article_id, CASE WHEN shared THEN 'shared:' || evidence || amount ELSE 'id:' || id END)
SELECT e.name AS agency, w.currency, sum(w.amount) AS total, count(*) AS awards, sum(w.contractors) AS contracts,
       sum(w.shared) AS shared_awards, min(w.date) AS first, max(w.date) AS last, e.kind || ':' || e.folded AS entity_key
FROM awards w JOIN entities e ON e.id = w.agency_id
GROUP BY e.id, w.currency
ORDER BY coalesce(total, 0) DESC, awards DESC, e.name
LIMIT coalesce(CAST(nullif(:limit, '') AS INTEGER), 20)
