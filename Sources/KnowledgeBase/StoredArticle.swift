import Foundation
import SQLiteDB

/// An article as stored, the input of re-extraction.
struct StoredArticle: Sendable {
    var id: Int64
    var path: String
    var name: String
    var sha256: String
    var title: String?
    var text: String
    var encoding: String?
    var replacedBytes: Int

    static func load(_ ids: [Int64], from connection: Connection) throws(KBError) -> [StoredArticle] {
        let rows = try Database.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT id, path, name, sha256, title, text, encoding, replaced_bytes FROM articles
                WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY id
                """)
        }
        return rows.compactMap { row in
            guard let id = row.int64("id"), let path = row.string("path"), let text = row.string("text") else { return nil }
            return StoredArticle(id: id, path: path, name: row.string("name") ?? "", sha256: row.string("sha256") ?? "",
                                 title: row.string("title"), text: text, encoding: row.string("encoding"),
                                 replacedBytes: Int(row.int64("replaced_bytes") ?? 0))
        }
    }
}
