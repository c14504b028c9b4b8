import KnowledgeBase
import SQLiteDB

/// Names given to `entity` parameters: a name no entity or alias contains is an error that suggests the closest
/// known names, rather than an empty result that looks like "no facts".
enum EntityNames {
    /// Throws `unknownName` for the first entity parameter of `report` whose bound key matches nothing.
    static func check(_ report: Report, bindings: [String: SQLiteValue], given: [String: String],
                      on connection: Connection) throws(ReportError) {
        for parameter in report.parameters where parameter.kind == .entity {
            guard case .text(let key)? = bindings[parameter.name] else { continue }
            do {
                let found = try connection.scalar("""
                    SELECT EXISTS (SELECT 1 FROM entities WHERE folded LIKE '%' || ?1 || '%')
                        OR EXISTS (SELECT 1 FROM aliases WHERE folded LIKE '%' || ?1 || '%')
                    """, [key])
                if found?.boolValue == true { continue }
                let names = try connection.query("SELECT name AS n FROM entities UNION SELECT alias FROM aliases")
                    .compactMap { $0.string("n") }
                // A name far longer than any known one has no near neighbour worth the time to measure.
                let closest = key.count > 200 ? [] : ClosestNames.names(to: key, in: names, limit: 3, key: NameFolding.key)
                throw ReportError.unknownName(report: report.name, parameter: parameter.name,
                                              value: given[parameter.name] ?? key, closest: closest)
            } catch let error as ReportError {
                throw error
            } catch let error as SQLiteError {
                throw .database(error)
            } catch {
                preconditionFailure("unexpected error \(error)")
            }
        }
    }
}
