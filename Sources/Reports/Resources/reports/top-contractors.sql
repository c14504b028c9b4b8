-- title: Top contractors
-- description: who won the most in contracts: totals per currency, counts, first and last date
-- table: contractor total shared_total facts first last
-- param since date: only facts dated on or after this ISO date prefix
-- param until date: only facts dated on or before this ISO date prefix
-- param currency text: only this ISO currency (USD, EUR)
-- param limit integer = 20: at most this many rows
--
-- One row per contractor and currency, largest total first. `total` sums the amounts that are theirs alone;
-- `shared_total` sums those one sentence gives several parties at once (a joint gift, a multiple-award
-- ceiling), which are not all theirs: adding the two overstates, adding `shared_total` across rows counts it twice.
--
-- The amounts come from party_amounts (schema 10): one narrow row per fact and party, `shared` stored, read
-- through its covering index in entity order, so that the totals are summed before any name is joined.
WITH t AS (
    SELECT entity_id, currency, sum(CASE WHEN NOT shared THEN amount END) AS total,
           sum(CASE WHEN shared THEN amount END) AS shared_total, count(*) AS facts, count(amount) AS with_amount,
           min(date) AS first, max(date) AS last
    FROM party_amounts INDEXED BY party_amounts_totals
    WHERE role = 3
      AND (coalesce(:currency, '') = '' OR currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR date >= :since)
      AND (coalesce(:until, '') = '' OR date < :until || char(1114111))
    GROUP BY entity_id, currency)
SELECT e.name AS contractor, e.kind AS type, t.currency AS currency, t.total AS total, t.shared_total AS shared_total,
       t.facts AS facts, t.with_amount AS with_amount, t.first AS first, t.last AS last,
       e.kind || ':' || e.folded AS entity_key
FROM t JOIN entities e ON e.id = t.entity_id
ORDER BY coalesce(t.total, 0) + coalesce(t.shared_total, 0) DESC, t.facts DESC, e.name
LIMIT coalesce(CAST(nullif(:limit, '') AS INTEGER), 20)
