import KnowledgeBase

/// Reports about entities: who each article names, the entity lists by kind, and one entity's file.
enum EntityReports {
    static let type = ReportParameter("type", .choice(["person", "company", "agency", "fund"]), help: "the entity's kind")

    static let mentions = Report(
        name: "mentions",
        summary: "which people, companies, agencies and funds each article names (and the other names it uses)",
        sql: """
            SELECT coalesce(n.name, e.name) AS name, e.kind AS type, a.name AS article, m.surface AS surface
            FROM mentions m
            JOIN entities e ON e.id = m.entity_id
            JOIN articles a ON a.id = m.article_id
            LEFT JOIN article_names n ON n.article_id = m.article_id AND n.entity_id = m.entity_id
            WHERE (:name IS NULL OR e.name LIKE '%' || :name || '%' ESCAPE '\\' OR m.surface LIKE '%' || :name || '%' ESCAPE '\\')
              AND (:type IS NULL OR e.kind = :type)
              AND (:article IS NULL OR a.name LIKE '%' || :article || '%' ESCAPE '\\')
            ORDER BY a.name, e.kind, e.name, m.start
            """,
        parameters: [
            ReportParameter("name", .contains, help: "entity name or surface form contains this"),
            type,
            FactReports.article,
        ],
        postProcess: MentionSurfaces.expand)

    /// people, companies, agencies or funds: each name with how many articles name it and how many facts cite it.
    static func list(_ name: String, table: String, summary: String) -> Report {
        Report(
            name: name,
            summary: summary,
            sql: """
                SELECT e.name AS name,
                       (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = e.id) AS articles,
                       (SELECT count(*) FROM donations WHERE donor_id = e.id OR recipient_id = e.id)
                       + (SELECT count(*) FROM contracts WHERE contractor_id = e.id OR agency_id = e.id)
                       + (SELECT count(*) FROM dispute_parties WHERE entity_id = e.id) AS facts,
                       (SELECT group_concat(alias, char(31)) FROM (
                            SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases
                FROM \(table) k JOIN entities e ON e.id = k.id
                WHERE (:name IS NULL OR e.name LIKE '%' || :name || '%' ESCAPE '\\'
                       OR EXISTS (SELECT 1 FROM aliases WHERE entity_id = e.id AND alias LIKE '%' || :name || '%' ESCAPE '\\'))
                ORDER BY facts DESC, articles DESC, e.name
                """,
            parameters: [ReportParameter("name", .contains, help: "name or alias contains this")],
            styles: ["aliases": .list])
    }

    static let people = list("people", table: "people", summary: "people, by number of facts and articles")
    static let companies = list("companies", table: "companies", summary: "companies and other organisations, by facts")
    static let agencies = list("agencies", table: "agencies", summary: "government bodies, by number of facts")
    static let funds = list("funds", table: "funds", summary: "campaigns, PACs, parties and inaugural funds, by facts")

    /// Everything about the entities whose name or alias contains `name=`, one relation per row.
    static let entity = Report(
        name: "entity",
        summary: "everything known about one name: aliases, donations, contracts, disputes, roles, articles",
        sql: """
            WITH target AS (
                SELECT id, name, kind FROM entities
                WHERE (name LIKE '%' || :name || '%' ESCAPE '\\'
                       OR id IN (SELECT entity_id FROM aliases WHERE alias LIKE '%' || :name || '%' ESCAPE '\\'))
                  AND (:type IS NULL OR kind = :type))
            SELECT t.name AS entity, t.kind AS type, 'alias' AS relation, a.alias AS other,
                   NULL AS amount, NULL AS currency, NULL AS date, NULL AS article, NULL AS evidence
              FROM target t JOIN aliases a ON a.entity_id = t.id
            UNION ALL
            SELECT t.name, t.kind, 'gave to', r.name, d.amount, d.currency, d.date, ar.name, d.evidence
              FROM target t JOIN donations d ON d.donor_id = t.id JOIN articles ar ON ar.id = d.article_id
              LEFT JOIN entities r ON r.id = d.recipient_id
            UNION ALL
            SELECT t.name, t.kind, 'received from', g.name, d.amount, d.currency, d.date, ar.name, d.evidence
              FROM target t JOIN donations d ON d.recipient_id = t.id JOIN articles ar ON ar.id = d.article_id
              JOIN entities g ON g.id = d.donor_id
            UNION ALL
            SELECT t.name, t.kind, 'contract from', ag.name, c.amount, c.currency, c.date, ar.name, c.evidence
              FROM target t JOIN contracts c ON c.contractor_id = t.id JOIN articles ar ON ar.id = c.article_id
              LEFT JOIN entities ag ON ag.id = c.agency_id
            UNION ALL
            SELECT t.name, t.kind, 'contract to', co.name, c.amount, c.currency, c.date, ar.name, c.evidence
              FROM target t JOIN contracts c ON c.agency_id = t.id JOIN articles ar ON ar.id = c.article_id
              JOIN entities co ON co.id = c.contractor_id
            UNION ALL
            SELECT t.name, t.kind, 'dispute (' || d.kind || ')',
                   (SELECT group_concat(e.name, ', ') FROM dispute_parties o JOIN entities e ON e.id = o.entity_id
                    WHERE o.dispute_id = d.id AND o.entity_id <> t.id),
                   NULL, NULL, d.date, ar.name, d.evidence
              FROM target t JOIN dispute_parties p ON p.entity_id = t.id JOIN disputes d ON d.id = p.dispute_id
              JOIN articles ar ON ar.id = d.article_id
            UNION ALL
            SELECT t.name, t.kind, 'role: ' || r.title, o.name, NULL, NULL, NULL, ar.name, r.evidence
              FROM target t JOIN roles r ON r.person_id = t.id JOIN articles ar ON ar.id = r.article_id
              LEFT JOIN entities o ON o.id = r.organisation_id
            UNION ALL
            SELECT t.name, t.kind, 'mentioned in', NULL, NULL, NULL, ar.published, ar.name, NULL
              FROM target t JOIN articles ar ON ar.id IN (SELECT article_id FROM mentions WHERE entity_id = t.id)
            ORDER BY 1, 3, 7, 8
            """,
        parameters: [
            ReportParameter("name", .contains, help: "name or alias contains this", required: true),
            type,
        ])
}
