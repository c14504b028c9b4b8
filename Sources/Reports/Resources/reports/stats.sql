-- title: Stats
-- description: counts of everything stored, the newest article and the database's size
--
-- One row per measure, so that every format reads it the same way.
SELECT 'articles' AS measure, (SELECT count(*) FROM articles) AS value
UNION ALL SELECT 'entities', (SELECT count(*) FROM entities)
UNION ALL SELECT 'people', (SELECT count(*) FROM people)
UNION ALL SELECT 'companies', (SELECT count(*) FROM companies)
UNION ALL SELECT 'agencies', (SELECT count(*) FROM agencies)
UNION ALL SELECT 'funds', (SELECT count(*) FROM funds)
UNION ALL SELECT 'aliases', (SELECT count(*) FROM aliases)
UNION ALL SELECT 'mentions', (SELECT count(*) FROM mentions)
UNION ALL SELECT 'donations', (SELECT count(*) FROM donations)
UNION ALL SELECT 'contracts', (SELECT count(*) FROM contracts)
UNION ALL SELECT 'disputes', (SELECT count(*) FROM disputes)
UNION ALL SELECT 'roles', (SELECT count(*) FROM roles)
UNION ALL SELECT 'entity changes', (SELECT count(*) FROM entity_changes)
UNION ALL SELECT 'newest article', (SELECT name || ' (' || published || ')' FROM articles
                                    WHERE published IS NOT NULL ORDER BY published DESC, name LIMIT 1)
UNION ALL SELECT 'last ingest', (SELECT max(ingested_at) FROM articles)
UNION ALL SELECT 'database bytes', (SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size())
