import KnowledgeBase

/// The mentions report's second half, in Swift because SQLite cannot fold accents: for each entity in each
/// article, one row with its canonical name, then one per other surface form the article used for it.
enum MentionSurfaces {
    /// Takes rows (name, type, article, surface) ordered by article and entity; returns (name, type, article).
    @Sendable
    static func expand(_ table: ResultTable) -> ResultTable {
        guard let name = table.columns.firstIndex(of: "name"), let type = table.columns.firstIndex(of: "type"),
              let article = table.columns.firstIndex(of: "article"),
              let surface = table.columns.firstIndex(of: "surface") else { return table }
        var rows: [[Cell]] = []
        var seen: Set<[String]> = []
        for row in table.rows {
            let entityName = CellText.plain(row[name])
            let key = [CellText.plain(row[article]), CellText.plain(row[type])]
            if seen.insert(key + [NameFolding.fold(entityName)]).inserted {
                rows.append([row[name], row[type], row[article]])
            }
            let form = CellText.plain(row[surface])
            // Only forms that differ beyond case and accents ("Musk" for "Elon Musk", not "ELON MUSK").
            if !form.isEmpty, seen.insert(key + [NameFolding.fold(form)]).inserted {
                rows.append([.text(form), row[type], row[article]])
            }
        }
        return ResultTable(columns: ["name", "type", "article"], rows: rows)
    }
}
