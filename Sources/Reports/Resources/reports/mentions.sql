-- title: Mentions
-- description: which people, companies, agencies and funds each article names (and the other names it uses)
-- param name entity: the entity (name or alias; case, accents and spaces ignored)
-- param type choice(person|company|agency|fund): the entity's kind
-- param article contains: only articles whose file name contains this
--
-- Each entity once per article under the article's name for it, then each other form the article used that
-- differs beyond case, accents and spacing ("Musk" for "Elon Musk", not "ELON MUSK"), first use first.
WITH pairs AS (
    SELECT DISTINCT m.article_id, m.entity_id FROM mentions m
    WHERE (coalesce(:name, '') = '' OR m.entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'))
      AND (coalesce(:type, '') = '' OR m.entity_id IN (SELECT id FROM entities WHERE kind = :type))
      AND (coalesce(:article, '') = '' OR m.article_id IN (
              SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))),
named AS (
    SELECT p.article_id, p.entity_id, coalesce(n.name, e.name) AS name, e.kind, e.name AS entity, e.folded,
           a.name AS article
    FROM pairs p JOIN entities e ON e.id = p.entity_id JOIN articles a ON a.id = p.article_id
    LEFT JOIN article_names n ON n.article_id = p.article_id AND n.entity_id = p.entity_id)
SELECT name, type, article, entity_key FROM (
    SELECT x.name, x.kind AS type, x.article, x.kind || ':' || x.folded AS entity_key, x.entity, -1 AS start
    FROM named x
    UNION ALL
    -- Each other form once, at its first use (the surface of the row with the smallest start).
    SELECT f.surface, x.kind, x.article, x.kind || ':' || x.folded, x.entity, min(f.start)
    FROM named x JOIN mentions f ON f.article_id = x.article_id AND f.entity_id = x.entity_id
    WHERE f.folded <> x.folded
      AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = x.article_id AND o.entity_id = x.entity_id
                      AND o.surface = x.name AND o.folded = f.folded)
    GROUP BY x.article_id, x.entity_id, f.folded)
ORDER BY article, type, entity, start
