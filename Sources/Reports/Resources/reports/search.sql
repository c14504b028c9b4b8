-- title: Search
-- description: full-text search of the articles, accent- and case-insensitive, best first, with each article's facts
-- table: article published snippet facts
-- param q search required: words that must all appear (word* for a prefix)
-- param limit integer = 20: at most this many articles
-- param raw choice(0|1) unbound: 1: q is FTS5 syntax ("a phrase", OR, NOT, NEAR, prefix*)
-- style facts list
--
-- The snippet marks the matching words [like this]; facts lists the donations, contracts and disputes the
-- article gave.
SELECT a.name AS article, a.title, a.published,
       snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet,
       (SELECT group_concat(fact, char(31)) FROM (
            SELECT 'donation: ' || donor || ' → ' || coalesce(recipient, '?')
                   || coalesce(' ' || CASE WHEN amount = CAST(amount AS INTEGER) THEN printf('%,d', amount) ELSE amount END
                               || ' ' || currency, '') AS fact
              FROM donation_facts WHERE article_id = a.id
            UNION ALL
            SELECT 'contract: ' || coalesce(agency, '?') || ' → ' || contractor
                   || coalesce(' ' || CASE WHEN amount = CAST(amount AS INTEGER) THEN printf('%,d', amount) ELSE amount END
                               || ' ' || currency, '')
              FROM contract_facts WHERE article_id = a.id
            UNION ALL
            SELECT 'dispute (' || kind || '): ' || parties FROM dispute_facts WHERE article_id = a.id)) AS facts,
       coalesce(a.url, a.path) AS source, a.byline
FROM articles_fts JOIN articles a INDEXED BY articles_cite ON a.id = articles_fts.rowid
WHERE articles_fts MATCH :q
ORDER BY bm25(articles_fts), a.name
LIMIT coalesce(CAST(nullif(:limit, '') AS INTEGER), 20)
