-- title: Mentions
-- description: which people, companies, agencies and funds each article names (and the other names it uses)
-- param name entity: the entity (name or alias; case, accents and spaces ignored)
-- param type choice(person|company|agency|fund): the entity's kind
-- param article contains: only articles whose file name contains this
--
-- Each entity once per article under the article's name for it, then each other form the article used that
-- differs beyond case, accents and spacing ("Musk" for "Elon Musk", not "ELON MUSK"), first use first.
WITH pairs AS (
    SELECT DISTINCT m.article_id, m.entity_id FROM mentions m),
forms AS (
    SELECT article_id, entity_id, surface, folded, min(start) AS start
    FROM mentions GROUP BY article_id, entity_id, folded),
named AS (
    SELECT p.article_id, p.entity_id, coalesce(n.name, e.name) AS name, e.kind, e.name AS entity, e.folded,
           a.name AS article
    FROM pairs p JOIN entities e ON e.id = p.entity_id JOIN articles a ON a.id = p.article_id
    LEFT JOIN article_names n ON n.article_id = p.article_id AND n.entity_id = p.entity_id
    WHERE (coalesce(:name, '') = '' OR p.entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'))
      AND (coalesce(:type, '') = '' OR e.kind = :type)
      AND (coalesce(:article, '') = '' OR a.name LIKE '%' || :article || '%' ESCAPE '\'))
SELECT name, type, article, entity_key FROM (
    SELECT x.name, x.kind AS type, x.article, x.kind || ':' || x.folded AS entity_key, x.entity, -1 AS start
    FROM named x
    UNION ALL
    SELECT f.surface, x.kind, x.article, x.kind || ':' || x.folded, x.entity, f.start
    FROM named x JOIN forms f ON f.article_id = x.article_id AND f.entity_id = x.entity_id
    -- `+o.entity_id` keeps SQLite on the article index: an entity named in thousands of articles would make the
    -- entity index scan them all for each row.
    WHERE f.folded <> x.folded
      AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = x.article_id AND +o.entity_id = x.entity_id
                      AND o.surface = x.name AND o.folded = f.folded))
ORDER BY article, type, entity, start
