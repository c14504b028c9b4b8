import Foundation
import SQLiteDB

/// The bare cost of storing articles: read, decode as UTF-8, insert into a table with an FTS5 index kept by a
/// trigger, one transaction per article, WAL and synchronous=NORMAL as kb runs them. No extraction.
enum BaselineBench {
    /// `batch` > 1 stores that many articles per transaction, each in a savepoint (what batching would cost kb).
    static func run(database path: String, paths: [String], batch: Int = 1) throws -> (bytes: Int, seconds: Double) {
        let start = DispatchTime.now()
        let connection = try Connection(path: path)
        try connection.execute("PRAGMA journal_mode=WAL")
        try connection.execute("PRAGMA synchronous=NORMAL")
        try connection.execute("""
            CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, name TEXT NOT NULL, text TEXT NOT NULL) STRICT;
            CREATE VIRTUAL TABLE articles_fts USING fts5(text, content = 'articles', content_rowid = 'id',
                tokenize = 'unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
                INSERT INTO articles_fts(rowid, text) VALUES (new.id, new.text);
            END;
            """)
        let insert = try connection.prepare("INSERT INTO articles(path, name, text) VALUES (?, ?, ?)")
        var bytes = 0
        for (i, file) in try files(paths).enumerated() {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            bytes += data.count
            let text = String(decoding: data, as: UTF8.self)
            if batch <= 1 {
                try connection.transaction {
                    try insert.bind([file, (file as NSString).lastPathComponent, text])
                    while try insert.step() != nil {}
                }
                continue
            }
            if i % batch == 0 { try connection.execute("BEGIN") }
            try connection.execute("SAVEPOINT article")
            try insert.bind([file, (file as NSString).lastPathComponent, text])
            while try insert.step() != nil {}
            try connection.execute("RELEASE article")
            if i % batch == batch - 1 { try connection.execute("COMMIT") }
        }
        if batch > 1, connection.isInTransaction { try connection.execute("COMMIT") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (bytes, seconds)
    }

    /// The files given, a folder standing for the files in it (sorted, not recursive: the generated corpus is flat).
    static func files(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                files += try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
