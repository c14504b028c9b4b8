-- title: Articles
-- description: the ingested articles with their metadata and how many facts each gave
-- table: name title published donations contracts disputes
-- param name contains: file name or title contains this
-- param language choice(fr|en|und): the article's language
-- param since date: only articles published on or after this ISO date prefix
SELECT a.name, a.path, a.title, a.published, a.language, a.url, a.byline,
       (SELECT count(*) FROM donations WHERE article_id = a.id) AS donations,
       (SELECT count(*) FROM contracts WHERE article_id = a.id) AS contracts,
       (SELECT count(*) FROM disputes WHERE article_id = a.id) AS disputes,
       (SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = a.id) AS entities
FROM articles a
WHERE (coalesce(:name, '') = '' OR a.id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :name || '%' ESCAPE '\' OR title LIKE '%' || :name || '%' ESCAPE '\'))
  AND (coalesce(:language, '') = '' OR a.language = :language)
  AND (coalesce(:since, '') = '' OR a.published >= :since)
ORDER BY a.name, a.path
