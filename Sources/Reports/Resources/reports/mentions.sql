-- title: Mentions
-- description: which people, companies, agencies and funds each article names (and the other names it uses)
-- param name entity: the entity (name or alias; case, accents and spaces ignored)
-- param type choice(person|company|agency|fund): the entity's kind
-- param article contains: only articles whose file name contains this
--
-- Each entity once per article under the article's name for it, then each other form the article used that
-- differs beyond case, accents and spacing ("ICE" for "U.S. Immigration and Customs Enforcement", not "ELON
-- MUSK"), first use first. A person's surname or first name alone ("Musk" for "Elon Musk") is part of the name
-- already shown and is not repeated (the people and profile reports list it as an alias).
--
-- Read article by article in name order (CROSS JOIN keeps SQLite from reordering), so that the first rows come
-- without sorting every mention of the archive: `kb query mentions` prints its first page at once. Each mention
-- row gives the entity's row (form 0, from the pair's first mention) and its own form's row (form 1, when it
-- is the form's first use and differs from the name the article gives the entity).
SELECT CASE k.form WHEN 0 THEN coalesce(n.name, e.name) ELSE f.surface END AS name, e.kind AS type, a.name AS article,
       e.kind || ':' || e.folded AS entity_key
FROM articles a
CROSS JOIN mentions f ON f.article_id = a.id
CROSS JOIN entities e ON e.id = f.entity_id
CROSS JOIN (SELECT 0 AS form UNION ALL SELECT 1) k
LEFT JOIN article_names n ON n.article_id = f.article_id AND n.entity_id = f.entity_id
WHERE (coalesce(:name, '') = '' OR (a.id IN (
          SELECT article_id FROM mentions WHERE entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'))
      AND f.entity_id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%')))
  AND (coalesce(:type, '') = '' OR e.kind = :type)
  AND (coalesce(:article, '') = '' OR a.id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND CASE k.form
      WHEN 0 THEN f.id = (SELECT g.id FROM mentions g WHERE g.article_id = f.article_id AND g.entity_id = f.entity_id
                          ORDER BY g.id LIMIT 1)
      ELSE f.folded <> e.folded AND NOT (e.kind = 'person' AND instr(e.folded, f.folded) > 0)
           AND f.id = (SELECT g.id FROM mentions g WHERE g.article_id = f.article_id AND g.entity_id = f.entity_id
                       AND g.folded = f.folded ORDER BY g.start, g.id LIMIT 1)
           AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.article_id = f.article_id AND o.entity_id = f.entity_id
                           AND o.surface = coalesce(n.name, e.name) AND o.folded = f.folded) END
ORDER BY a.name, e.kind, e.name, CASE k.form WHEN 0 THEN -1 ELSE f.start END
