import Foundation
import SQLiteDB
#if canImport(Glibc)
import Glibc
#endif

/// A place `kb refresh` reads without being told: a folder (recursive, filtered by globs), one article file, or
/// a web address (an RSS or Atom feed, or a page).
public struct Source: Sendable, Equatable {
    /// What a source's location is.
    public enum Kind: String, Sendable {
        case folder, file, web
    }

    public var id: Int64
    /// The short name the user refers to it by ("press", "lemonde.fr").
    public var name: String
    /// An absolute path, or an http(s) URL.
    public var location: String
    public var kind: Kind
    public var filter: SourceFilter
    /// The validators of the last web response, sent back so that an unchanged feed costs a 304.
    public var etag: String?
    public var lastModified: String?
    /// When a refresh last read it (UTC, ISO 8601), or nil.
    public var refreshedAt: String?

    /// Whether `text` is a web address kb fetches.
    public static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}

extension Database {
    /// Every source, by name.
    public func sources() throws(KBError) -> [Source] {
        let rows = try Self.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT id, name, location, kind, include, exclude, etag, last_modified, refreshed_at FROM sources ORDER BY name
                """)
        }
        return rows.compactMap { row in
            guard let id = row.int64("id"), let name = row.string("name"), let location = row.string("location"),
                  let kind = row.string("kind").flatMap(Source.Kind.init(rawValue:)) else { return nil }
            let lines = { (column: String) in row.string(column).map { $0.split(separator: "\n").map(String.init) } ?? [] }
            return Source(id: id, name: name, location: location, kind: kind,
                          filter: SourceFilter(include: lines("include"), exclude: lines("exclude")),
                          etag: row.string("etag"), lastModified: row.string("last_modified"),
                          refreshedAt: row.string("refreshed_at"))
        }
    }

    /// Adds a source: a folder or article file that exists now, or an http(s) URL; the name defaults to the
    /// folder's or file's name, or the web host. Refuses a second source of the same name or location.
    @discardableResult
    public func addSource(location given: String, name: String?, filter: SourceFilter = SourceFilter()) throws(KBError) -> Source {
        let location: String, kind: Source.Kind
        if Source.isWebAddress(given) {
            guard let url = URL(string: given), let host = url.host, !host.isEmpty else {
                throw .invalidSource("\(given) is not a web address kb can fetch")
            }
            guard filter.isEmpty else { throw .invalidSource("--include and --exclude apply to folders, not to \(given)") }
            (location, kind) = (url.absoluteString, .web)
        } else {
            location = InputFiles.absolute(given)
            var info = stat()
            guard stat(location, &info) == 0 else {
                throw .invalidSource("\(given): \(SystemError(errno).text); a source must exist when it is added")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                kind = .folder
            } else if info.st_mode & S_IFMT == S_IFREG && InputFiles.isArticle(location) {
                guard filter.isEmpty else { throw .invalidSource("--include and --exclude apply to folders, not to \(given)") }
                kind = .file
            } else {
                throw .invalidSource("\(given) is neither a folder nor an article file (.txt, .md, .html, .htm)")
            }
        }
        for pattern in filter.include + filter.exclude where pattern.isEmpty || pattern.contains("\n") {
            throw .invalidSource("a glob must be one non-empty line")
        }
        let chosen = name ?? (kind == .web ? URL(string: location)?.host ?? location
                                           : (location as NSString).lastPathComponent)
        guard !chosen.isEmpty, !chosen.contains("\n") else { throw .invalidSource("a source name must be one non-empty line") }
        for existing in try sources() {
            if existing.name == chosen {
                throw .invalidSource("there is already a source named '\(chosen)' (\(existing.location)); choose another with --name")
            }
            if existing.location == location {
                throw .invalidSource("\(location) is already the source '\(existing.name)'")
            }
        }
        let joined = { (patterns: [String]) in patterns.isEmpty ? nil : patterns.joined(separator: "\n") }
        let id = try transaction { () throws(KBError) -> Int64 in
            try Self.sqlite { () throws(SQLiteError) -> Int64 in
                try connection.run("INSERT INTO sources(name, location, kind, include, exclude) VALUES (?, ?, ?, ?, ?)",
                                   [chosen, location, kind.rawValue, joined(filter.include), joined(filter.exclude)])
                return connection.lastInsertRowID
            }
        }
        return Source(id: id, name: chosen, location: location, kind: kind, filter: filter)
    }

    /// Removes the source named `name`; its articles and facts stay (a later `kb refresh PATH --prune` or a
    /// source added again takes them up). Returns the source removed.
    @discardableResult
    public func removeSource(named name: String) throws(KBError) -> Source {
        guard let source = try sources().first(where: { $0.name == name }) else {
            throw .invalidSource("no source named '\(name)' (see `kb source list`)")
        }
        try transaction { () throws(KBError) in
            try Self.sqlite { () throws(SQLiteError) in try connection.run("DELETE FROM sources WHERE id = ?", [source.id]) }
        }
        return source
    }

    /// Records that `source` was read now, with the web validators of its last response.
    public func sourceRefreshed(_ source: Source, etag: String? = nil, lastModified: String? = nil) throws(KBError) {
        try transaction { () throws(KBError) in
            try Self.sqlite { () throws(SQLiteError) in
                try connection.run("""
                    UPDATE sources SET etag = ?, last_modified = ?, refreshed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                    WHERE id = ?
                    """, [etag, lastModified, source.id])
            }
        }
    }

    /// How many stored articles lie under `source` (folders and files), and how many of them are marked missing.
    public func articleCounts(of source: Source) throws(KBError) -> (articles: Int, missing: Int) {
        let prefix = source.location.hasSuffix("/") ? source.location : source.location + "/"
        let row = try Self.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT count(*) AS articles, count(missing_since) AS missing FROM articles
                WHERE path = ? OR substr(path, 1, length(?)) = ?
                """, [source.location, prefix, prefix]).first
        }
        return (row?.int("articles") ?? 0, row?.int("missing") ?? 0)
    }
}
