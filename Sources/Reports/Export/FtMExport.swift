import Foundation
import KnowledgeBase
import SQLiteDB

/// FollowTheMoney entities as JSON lines (https://followthemoney.tech), for Aleph and every FtM tool: Person,
/// Company, PublicBody and Organization for entities; Payment for donations; Contract and ContractAward for
/// contracts (the sentence's ceiling is one Contract, each contractor an award); CourtCase and CourtCaseParty for
/// lawsuits and other actions, Event for public feuds; Employment for roles. Ids are hashes of what identifies
/// each thing (an entity's key; a fact's parties, amount, article and place in it), so they stay the same
/// from one export to the next.
public enum FtMExport {
    /// Every entity and fact of the database, one JSON object per line, entities first; `emit` gets each line.
    public static func write(from connection: Connection, emit: (String) -> Void) throws(SQLiteError) {
        try withoutActuallyEscaping(emit) { emit throws(SQLiteError) in
            // The same fact read twice from one sentence has the same id: written once.
            var written: Set<String> = []
            try write(from: connection, unique: { (text: String) in
                let id = String(text.dropFirst(8).prefix(43))  // {"id": "kb-…"
                if written.insert(id).inserted { emit(text) }
            })
        }
    }

    private static func write(from connection: Connection, unique emit: (String) -> Void) throws(SQLiteError) {
        var known: Set<String> = []
        for row in try connection.query("""
            SELECT e.kind || ':' || e.folded AS key, e.name, e.kind,
                   (SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases
            FROM entities e ORDER BY key, e.id
            """) {
            guard let key = row.string("key"), known.insert(key).inserted else { continue }
            let schema = ["person": "Person", "company": "Company", "agency": "PublicBody"][row.string("kind") ?? ""] ?? "Organization"
            var properties: [String: [String]] = ["name": [row.string("name") ?? key]]
            let aliases = (row.string("aliases") ?? "").split(separator: "\u{1F}").map(String.init)
            if !aliases.isEmpty { properties["alias"] = aliases }
            emit(line(id: id(key), schema: schema, properties))
        }
        for row in try connection.query("""
            SELECT donor_key, recipient_key, amount, currency, date, article, evidence, source, id,
                   (SELECT evidence_start FROM donations WHERE id = f.id) AS start
            FROM donation_facts f WHERE recipient_key IS NOT NULL ORDER BY article, start, id
            """) {
            let key = fact("donation", row, ["donor_key", "recipient_key", "amount", "currency", "date", "article", "start"])
            var properties = common(row)
            properties["payer"] = [id(row.string("donor_key") ?? "")]
            properties["beneficiary"] = [id(row.string("recipient_key") ?? "")]
            money(row, into: &properties)
            emit(line(id: key, schema: "Payment", properties))
        }
        var contracts: Set<String> = []
        for row in try connection.query("""
            SELECT contractor_key, agency_key, amount, currency, date, article, evidence, source, shared, id,
                   (SELECT evidence_start FROM contracts WHERE id = f.id) AS start
            FROM contract_facts f ORDER BY article, start, id
            """) {
            // A shared ceiling is one contract with several awards; otherwise each award has its own contract.
            let contractKey = row.bool("shared") == true
                ? fact("contract", row, ["agency_key", "amount", "currency", "article", "start"])
                : fact("contract", row, ["agency_key", "contractor_key", "amount", "currency", "date", "article", "start"])
            if contracts.insert(contractKey).inserted {
                var properties = common(row)
                properties["title"] = [String((row.string("evidence") ?? "").prefix(200))]
                if let agency = row.string("agency_key") { properties["authority"] = [id(agency)] }
                if let date = row.string("date") { properties["contractDate"] = [date] }
                properties["date"] = nil
                thing(&properties)
                money(row, into: &properties)
                emit(line(id: contractKey, schema: "Contract", properties))
            }
            var award = common(row)
            award["supplier"] = [id(row.string("contractor_key") ?? "")]
            award["contract"] = [contractKey]
            if row.bool("shared") != true { money(row, into: &award) }
            emit(line(id: fact("award", row, ["contractor_key", "agency_key", "amount", "currency", "date", "article", "start"]),
                      schema: "ContractAward", award))
        }
        try disputes(from: connection, emit: emit)
        for row in try connection.query("""
            SELECT person_key, organisation_key, title, article, evidence, source, id,
                   (SELECT evidence_start FROM roles WHERE id = f.id) AS start
            FROM role_facts f WHERE organisation_key IS NOT NULL AND person_key LIKE 'person:%' ORDER BY article, start, id
            """) {
            var properties = common(row)
            properties["employee"] = [id(row.string("person_key") ?? "")]
            properties["employer"] = [id(row.string("organisation_key") ?? "")]
            properties["role"] = [row.string("title") ?? ""]
            emit(line(id: fact("role", row, ["person_key", "organisation_key", "title", "article", "start"]),
                      schema: "Employment", properties))
        }
    }

    private static func disputes(from connection: Connection, emit: (String) -> Void) throws(SQLiteError) {
        // Several disputes can come from one sentence: their parties tell them apart.
        for row in try connection.query("""
            SELECT d.id, d.kind, d.date, d.evidence, d.evidence_start AS start, a.name AS article, a.path AS source,
                   (SELECT group_concat(e.kind || ':' || e.folded || char(30) || p.role || char(30) || e.name, char(31))
                    FROM (SELECT * FROM dispute_parties WHERE dispute_id = d.id ORDER BY position) p
                    JOIN entities e ON e.id = p.entity_id) AS parties
            FROM disputes d JOIN articles a ON a.id = d.article_id ORDER BY a.name, d.evidence_start, d.id
            """) {
            let parties = (row.string("parties") ?? "").split(separator: "\u{1F}").map { $0.split(separator: "\u{1E}").map(String.init) }
                .filter { $0.count == 3 }
            let kind = row.string("kind") ?? "other"
            let caseKey = id(["dispute", kind, CellTextValue.text(row["date"]), CellTextValue.text(row["article"]),
                              CellTextValue.text(row["start"])].joined(separator: "|") + "|" + parties.map { $0[0] + ":" + $0[1] }.joined(separator: ","))
            var properties = common(row)
            properties["name"] = ["\(kind.replacingOccurrences(of: "_", with: " ")): " + parties.map { $0[2] }.joined(separator: " / ")]
            properties["date"] = nil
            if kind == "public_feud" {
                if let date = row.string("date") { properties["date"] = [date] }
                properties["involved"] = parties.map { id($0[0]) }
                emit(line(id: caseKey, schema: "Event", properties))
                continue
            }
            thing(&properties)
            properties["category"] = [kind]
            if let date = row.string("date") { properties["fileDate"] = [date] }
            emit(line(id: caseKey, schema: "CourtCase", properties))
            for party in parties {
                var link: [String: [String]] = ["case": [caseKey], "party": [id(party[0])], "role": [party[1]]]
                link["sourceUrl"] = properties["sourceUrl"]
                emit(line(id: id(caseKey + "|" + party[0]), schema: "CourtCaseParty", link))
            }
        }
    }

    /// The FtM id of a key: "kb-" and 40 hex digits of its SHA-256.
    public static func id(_ key: String) -> String {
        "kb-" + String(SHA256.hex(Array(key.utf8)).prefix(40))
    }

    /// The id of a fact, from the values of `columns` in `row`.
    private static func fact(_ kind: String, _ row: Row, _ columns: [String]) -> String {
        id(kind + "|" + columns.map { CellTextValue.text(row[$0]) }.joined(separator: "|"))
    }

    /// Evidence, article and source, which every fact carries.
    private static func common(_ row: Row) -> [String: [String]] {
        var properties: [String: [String]] = [:]
        if let evidence = row.string("evidence") { properties["description"] = [evidence] }
        if let article = row.string("article") { properties["recordId"] = [article] }
        // sourceUrl takes web addresses only; the article is named by recordId (kb stores no URL of its own).
        if let source = row.string("source"), source.hasPrefix("http://") || source.hasPrefix("https://") {
            properties["sourceUrl"] = [source]
        }
        if let date = row.string("date") { properties["date"] = [date] }
        return properties
    }

    /// Contract and CourtCase are things, not intervals: their article goes in notes, not recordId.
    private static func thing(_ properties: inout [String: [String]]) {
        if let article = properties.removeValue(forKey: "recordId") { properties["notes"] = article.map { "article: " + $0 } }
    }

    private static func money(_ row: Row, into properties: inout [String: [String]]) {
        if let amount = row.double("amount"), let text = CellText.number(amount) { properties["amount"] = [text] }
        if let currency = row.string("currency") { properties["currency"] = [currency.lowercased()] }
    }

    /// One entity as a JSON line; properties in name order, so that the output is the same on every run.
    private static func line(id: String, schema: String, _ properties: [String: [String]]) -> String {
        let members = properties.keys.sorted().map { key in
            JSONFormatter.string(key) + ": [" + properties[key]!.map(JSONFormatter.string).joined(separator: ", ") + "]"
        }
        return "{\"id\": \(JSONFormatter.string(id)), \"schema\": \(JSONFormatter.string(schema)), \"properties\": {"
            + members.joined(separator: ", ") + "}}\n"
    }
}

/// SQLite values as the text that goes into a fact's id.
enum CellTextValue {
    static func text(_ value: SQLiteValue) -> String {
        switch value {
        case .null: ""
        case .integer(let number): String(number)
        case .real(let number): CellText.number(number) ?? ""
        case .text(let text): text
        case .blob(let bytes): CellText.hex(bytes)
        }
    }
}
