import SQLiteDB

/// The knowledge base as a graph: entities that take part in a fact or role, and one edge per fact.
public struct GraphData: Sendable {
    /// An entity: its stable key ("company:acmecorp"), name and kind.
    public struct Node: Sendable, Equatable {
        public var key: String, name: String, kind: String
    }

    /// A fact between two entities: donation, contract, dispute or role.
    public struct Edge: Sendable, Equatable {
        public var source: String, target: String
        /// donation, contract, dispute, role.
        public var kind: String
        /// "gave to", "awarded", "sued", "CEO of".
        public var label: String
        public var amount: Double?, currency: String?, date: String?, article: String
        /// Whether the amount is shared with other edges of the same sentence (see the `shared` column).
        public var shared: Bool
    }

    public var nodes: [Node]
    public var edges: [Edge]

    /// Reads the graph from `connection`.
    public static func load(from connection: Connection) throws(SQLiteError) -> GraphData {
        let edgeRows = try connection.query("""
            SELECT donor_key AS s, recipient_key AS t, 'donation' AS kind, 'gave to' AS label, amount, currency, date,
                   article, shared FROM donation_facts WHERE recipient_key IS NOT NULL
            UNION ALL
            SELECT agency_key, contractor_key, 'contract', 'awarded', amount, currency, date, article, shared
              FROM contract_facts WHERE agency_key IS NOT NULL
            UNION ALL
            SELECT pk.kind || ':' || pk.folded, ok.kind || ':' || ok.folded, 'dispute',
                   CASE WHEN p.role = 'plaintiff' AND o.role = 'defendant' THEN 'sued' ELSE d.kind END,
                   NULL, NULL, d.date, a.name, 0
              FROM dispute_parties p JOIN dispute_parties o ON o.dispute_id = p.dispute_id
                   AND (p.role = 'plaintiff' AND o.role = 'defendant'
                        OR p.role <> 'plaintiff' AND o.role <> 'plaintiff' AND p.position < o.position
                        OR p.role = 'plaintiff' AND o.role = 'party')
              JOIN disputes d ON d.id = p.dispute_id JOIN articles a ON a.id = d.article_id
              JOIN entities pk ON pk.id = p.entity_id JOIN entities ok ON ok.id = o.entity_id
            UNION ALL
            SELECT person_key, organisation_key, 'role', title || ' of', NULL, NULL, NULL, article, 0
              FROM role_facts WHERE organisation_key IS NOT NULL
            ORDER BY 3, 1, 2, 7, 8
            """)
        let edges = edgeRows.map { row in
            Edge(source: row.string("s") ?? "", target: row.string("t") ?? "", kind: row.string("kind") ?? "",
                 label: row.string("label") ?? "", amount: row.double("amount"), currency: row.string("currency"),
                 date: row.string("date"), article: row.string("article") ?? "", shared: row.bool("shared") ?? false)
        }
        let used = Set(edges.flatMap { [$0.source, $0.target] })
        let nodes = try connection.query("SELECT kind || ':' || folded AS key, name, kind FROM entities ORDER BY kind, name")
            .compactMap { row -> Node? in
                guard let key = row.string("key"), used.contains(key) else { return nil }
                return Node(key: key, name: row.string("name") ?? key, kind: row.string("kind") ?? "")
            }
        // Two entities that fold alike share a key: keep the first, so that ids stay unique.
        var seen: Set<String> = []
        return GraphData(nodes: nodes.filter { seen.insert($0.key).inserted }, edges: edges)
    }
}
