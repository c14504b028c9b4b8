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
    -- `shared` is contract_facts' column written out, its cheap tests first: in a view SQLite computes every term
    -- of an AND, and the two LIKEs over the sentence cost more than the rest; here they run only for the few contracts
    -- that share a sentence's amount with another. The view's inner joins are kept.
    SELECT c.id, c.agency_id, c.article_id, c.currency, c.amount, c.date,
           CASE WHEN c.amount IS NULL
                  OR NOT EXISTS (SELECT 1 FROM contracts o WHERE o.article_id = c.article_id
                                 AND o.evidence_start = c.evidence_start AND o.id <> c.id
                                 AND +o.amount = c.amount AND +o.currency IS c.currency) THEN 0
                ELSE lower(c.evidence) NOT LIKE '%each%' AND lower(c.evidence) NOT LIKE '%chacun%' END AS shared,
           c.evidence
    FROM contracts c
    JOIN articles a INDEXED BY articles_cite ON a.id = c.article_id
    JOIN entities contractor ON contractor.id = c.contractor_id
    WHERE c.agency_id IS NOT NULL
      AND (coalesce(:agency, '') = '' OR c.agency_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:agency), ' ', '') || '%'))
      AND (coalesce(:currency, '') = '' OR c.currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR c.date >= :since)
      AND (coalesce(:until, '') = '' OR c.date < :until || char(1114111))),
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
