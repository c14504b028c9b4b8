import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// The encoding kb chose for a file is named in its row; repaired bytes are warned about, not hidden.
@Suite("Encoding in the article row")
struct EncodingRowTests {
    @Test("UTF-8, Windows-1252 and UTF-8 with a stray byte: each row names its encoding; the stray byte is a warning")
    func encodings() throws {
        let folder = TempFolder()
        folder.write("clean.txt", SampleArticles.contract)
        folder.write("latin.txt", bytes: Array("date 2024-12-01\n\nLe minist".utf8) + [0xE8] + Array("re des Arm".utf8) + [0xE9]
            + Array("es a sign".utf8) + [0xE9] + Array(" un contrat avec Thales.\n".utf8))
        let stray = folder.write("stray.txt", bytes: Array("date 2024-12-01\n\nLe ministère des Armées a signé".utf8) + [0x92]
            + Array(" un contrat avec Thales.\n".utf8))
        let database = try Database(path: folder.database)
        let ingestor = Ingestor(database: database)
        var warned: [String] = []
        ingestor.onWarning = { warned.append($0.description) }
        let summary = try ingestor.ingest([folder.path])
        #expect(summary.new == 3 && summary.failed == 0)
        #expect(warned == ["kb: warning: \(stray): 1 invalid UTF-8 byte sequence replaced with U+FFFD"])
        #expect(summary.warnings.map(\.description) == warned)
        let rows = try database.connection.query("SELECT name, encoding, replaced_bytes FROM articles ORDER BY name")
        #expect(rows.map { [$0.string("name"), $0.string("encoding"), $0.int64("replaced_bytes").map(String.init)] } == [
            ["clean.txt", "UTF-8", "0"], ["latin.txt", "Windows-1252", "0"], ["stray.txt", "UTF-8", "1"],
        ])
        let text = try database.connection.scalar("SELECT text FROM articles WHERE name = 'stray.txt'")?.stringValue ?? ""
        #expect(text.contains("ministère des Armées a signé\u{FFFD} un contrat"))
    }
}
