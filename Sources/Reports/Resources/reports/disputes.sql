-- title: Disputes
-- description: who is fighting whom (plaintiffs against defendants): lawsuits, antitrust and regulatory actions, feuds
-- table: parties kind date article evidence
-- param party entity: one party (name or alias; case, accents and spaces ignored)
-- param kind choice(lawsuit|antitrust|regulatory|public_feud|other): the kind of dispute
-- param since date: only disputes dated on or after this ISO date prefix
-- param until date: only disputes dated on or before this ISO date prefix
-- param article contains: only disputes from articles whose file name contains this
-- style parties list
-- style plaintiffs list
-- style defendants list
-- style party_keys list
--
-- parties keeps the article's order; plaintiffs and defendants are empty when the article does not say who sued.
--
-- Read article by article in name order (CROSS JOIN keeps SQLite from reordering), so that the party lists are built
-- for the rows printed, not for every dispute of the archive before a sort. A party filter also narrows the
-- articles read to those with its disputes; the `+` keeps the other filters off their indexes, which SQLite would
-- otherwise search once per article.
SELECT (SELECT group_concat(name, char(31)) FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id ORDER BY p.position)) AS parties,
       d.kind, d.date, a.name AS article, d.evidence, d.rule, d.confidence,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id AND p.role = 'plaintiff' ORDER BY p.position)) AS plaintiffs,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
            WHERE p.dispute_id = d.id AND p.role = 'defendant' ORDER BY p.position)) AS defendants,
       (SELECT group_concat(k, char(31)) FROM (
            SELECT e.kind || ':' || e.folded AS k FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
            WHERE p.dispute_id = d.id ORDER BY p.position)) AS party_keys,
       coalesce(a.url, a.path) AS source, a.byline
FROM articles a CROSS JOIN disputes d ON d.article_id = a.id
WHERE (coalesce(:party, '') = '' OR (+d.id IN (
          SELECT dispute_id FROM dispute_parties WHERE entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:party), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:party), ' ', '') || '%'))
      AND a.id IN (SELECT article_id FROM disputes WHERE id IN (
          SELECT dispute_id FROM dispute_parties WHERE entity_id IN (
              SELECT id FROM entities WHERE folded LIKE '%' || replace(lower(:party), ' ', '') || '%'
              UNION SELECT entity_id FROM aliases WHERE folded LIKE '%' || replace(lower(:party), ' ', '') || '%')))))
  AND (coalesce(:kind, '') = '' OR +d.kind = :kind)
  AND (coalesce(:article, '') = '' OR a.id IN (
          SELECT id FROM articles WHERE name LIKE '%' || :article || '%' ESCAPE '\'))
  AND (coalesce(:since, '') = '' OR +d.date >= :since)
  AND (coalesce(:until, '') = '' OR +d.date < :until || char(1114111))
ORDER BY a.name, d.evidence_start, d.id
