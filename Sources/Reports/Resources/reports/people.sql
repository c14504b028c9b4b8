-- title: People
-- description: people, by number of facts and articles
-- param name entity: name or alias (case, accents and spaces ignored)
-- style aliases list
SELECT e.name AS name,
       (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles,
       (SELECT count(*) FROM donations WHERE donor_id = e.id OR recipient_id = e.id)
       + (SELECT count(*) FROM contracts WHERE contractor_id = e.id OR agency_id = e.id)
       + (SELECT count(*) FROM dispute_parties WHERE entity_id = e.id) AS facts,
       (SELECT group_concat(alias, char(31)) FROM (
            SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
       e.kind || ':' || e.folded AS entity_key
FROM people k JOIN entities e ON e.id = k.id
WHERE (coalesce(:name, '') = '' OR e.id IN (
          SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'
          UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:name), ' ', '') || '%'))
ORDER BY facts DESC, articles DESC, e.name
