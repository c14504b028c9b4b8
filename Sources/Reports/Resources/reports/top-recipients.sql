-- title: Top recipients
-- description: who received the most: totals per currency, counts, first and last date
-- table: recipient total shared_total facts first last
-- param since date: only facts dated on or after this ISO date prefix
-- param until date: only facts dated on or before this ISO date prefix
-- param currency text: only this ISO currency (USD, EUR)
-- param limit integer = 20: at most this many rows
--
-- One row per recipient and currency, largest total first. `total` sums the amounts that are theirs alone;
-- `shared_total` sums those one sentence gives several parties at once (a joint gift, a multiple-award
-- ceiling), which are not all theirs: adding the two overstates, adding `shared_total` across rows counts it twice.
--
-- `shared` is read once per fact (MATERIALIZED): the view computes it where it is named, and it is named twice.
WITH f AS MATERIALIZED (
    SELECT recipient_id, currency, amount, date, shared FROM donation_facts
    WHERE (coalesce(:currency, '') = '' OR currency = upper(:currency))
      AND (coalesce(:since, '') = '' OR date >= :since)
      AND (coalesce(:until, '') = '' OR date < :until || char(1114111)))
SELECT e.name AS recipient, e.kind AS type, f.currency, sum(CASE WHEN NOT f.shared THEN f.amount END) AS total,
       sum(CASE WHEN f.shared THEN f.amount END) AS shared_total, count(*) AS facts, count(f.amount) AS with_amount,
       min(f.date) AS first, max(f.date) AS last, e.kind || ':' || e.folded AS entity_key
FROM f JOIN entities e ON e.id = f.recipient_id
GROUP BY e.id, f.currency
ORDER BY coalesce(total, 0) + coalesce(shared_total, 0) DESC, facts DESC, e.name
LIMIT coalesce(CAST(nullif(:limit, '') AS INTEGER), 20)
