/// The fact reports: donations, contracts, disputes. Their JSON keys are an interface (DESIGN.md): the scorer
/// and users' scripts read donor, recipient, amount, currency, date, in_kind, article, evidence, and so on.
enum FactReports {
    static let since = ReportParameter("since", .date, help: "only facts dated on or after this ISO date prefix (2024, 2024-12)")
    static let until = ReportParameter("until", .date, help: "only facts dated on or before this ISO date prefix")
    static let article = ReportParameter("article", .contains, help: "only facts from articles whose file name contains this")
    static let minAmount = ReportParameter("min_amount", .number, help: "only amounts of at least this many currency units")
    static let currency = ReportParameter("currency", help: "only this ISO currency (USD, EUR)")

    /// Date filters shared by the fact reports: a prefix compare, so that until=2024 keeps 2024-12-18.
    static func dateFilter(_ column: String) -> String {
        """
        (:since IS NULL OR \(column) >= :since)
          AND (:until IS NULL OR substr(\(column), 1, length(:until)) <= :until)
        """
    }

    static let donations = Report(
        name: "donations",
        summary: "who gave how much to whom, with the sentence that says so",
        sql: """
            SELECT donor, recipient, amount, currency, date, in_kind, article, evidence,
                   amount_kind, rule, confidence, donor_kind AS donor_type
            FROM donation_facts
            WHERE (:donor IS NULL OR donor LIKE '%' || :donor || '%' ESCAPE '\\' OR donor_entity LIKE '%' || :donor || '%' ESCAPE '\\')
              AND (:recipient IS NULL OR recipient LIKE '%' || :recipient || '%' ESCAPE '\\' OR recipient_entity LIKE '%' || :recipient || '%' ESCAPE '\\')
              AND (:article IS NULL OR article LIKE '%' || :article || '%' ESCAPE '\\')
              AND (:min_amount IS NULL OR amount >= :min_amount)
              AND (:currency IS NULL OR currency = upper(:currency))
              AND \(dateFilter("date"))
            ORDER BY article, id
            """,
        parameters: [
            ReportParameter("donor", .contains, help: "donor name contains this"),
            ReportParameter("recipient", .contains, help: "recipient name contains this"),
            since, until, article, minAmount, currency,
        ],
        styles: ["in_kind": .boolean])

    static let contracts = Report(
        name: "contracts",
        summary: "which company won which government contract, for how much",
        sql: """
            SELECT contractor, agency, amount, currency, date, article, evidence,
                   end_date, amount_kind, rule, confidence
            FROM contract_facts
            WHERE (:contractor IS NULL OR contractor LIKE '%' || :contractor || '%' ESCAPE '\\' OR contractor_entity LIKE '%' || :contractor || '%' ESCAPE '\\')
              AND (:agency IS NULL OR agency LIKE '%' || :agency || '%' ESCAPE '\\' OR agency_entity LIKE '%' || :agency || '%' ESCAPE '\\')
              AND (:article IS NULL OR article LIKE '%' || :article || '%' ESCAPE '\\')
              AND (:min_amount IS NULL OR amount >= :min_amount)
              AND (:currency IS NULL OR currency = upper(:currency))
              AND \(dateFilter("date"))
            ORDER BY article, id
            """,
        parameters: [
            ReportParameter("contractor", .contains, help: "contractor name contains this"),
            ReportParameter("agency", .contains, help: "agency name contains this"),
            since, until, article, minAmount, currency,
        ])

    static let disputes = Report(
        name: "disputes",
        summary: "who is fighting whom: lawsuits, antitrust and regulatory actions, public feuds",
        sql: """
            SELECT (SELECT group_concat(name, char(31)) FROM (
                        SELECT coalesce(n.name, e.name) AS name FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
                        LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
                        WHERE p.dispute_id = d.id ORDER BY p.position)) AS parties,
                   d.kind, d.date, a.name AS article, d.evidence, d.rule, d.confidence
            FROM disputes d JOIN articles a ON a.id = d.article_id
            WHERE (:party IS NULL OR EXISTS (
                       SELECT 1 FROM dispute_parties p JOIN entities e ON e.id = p.entity_id
                       LEFT JOIN article_names n ON n.article_id = d.article_id AND n.entity_id = p.entity_id
                       WHERE p.dispute_id = d.id AND (e.name LIKE '%' || :party || '%' ESCAPE '\\' OR n.name LIKE '%' || :party || '%' ESCAPE '\\')))
              AND (:kind IS NULL OR d.kind = :kind)
              AND (:article IS NULL OR a.name LIKE '%' || :article || '%' ESCAPE '\\')
              AND \(dateFilter("d.date"))
            ORDER BY a.name, d.evidence_start, d.id
            """,
        parameters: [
            ReportParameter("party", .contains, help: "one party's name contains this"),
            ReportParameter("kind", .choice(["lawsuit", "antitrust", "regulatory", "public_feud", "other"]), help: "the kind of dispute"),
            since, until, article,
        ],
        styles: ["parties": .list])
}
