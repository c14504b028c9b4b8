import Foundation

/// Turns the paths given to `kb ingest` into the sorted list of article files to read.
public enum InputFiles {
    /// The file extensions kb reads, lowercase without the dot.
    public static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    /// What a scan found: article files (absolute, sorted, no duplicates), the roots that could be scanned,
    /// and the paths that could not be used.
    public struct Scan: Sendable {
        public var files: [String] = []
        public var roots: [String] = []
        public var failures: [IngestFailure] = []
    }

    /// Scans files and folders (recursively); hidden files and folders are skipped because editors and tools
    /// keep their own files there, and sorting makes runs repeatable.
    public static func scan(_ paths: [String]) -> Scan {
        var scan = Scan()
        var seen: Set<String> = []
        let manager = FileManager.default
        for given in paths {
            let path = absolute(given)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                scan.failures.append(IngestFailure(path: given, reason: "no such file or directory"))
                continue
            }
            var found: [String] = []
            if isDirectory.boolValue {
                found = walk(path)
            } else if isArticle(path) {
                found = [path]
            } else {
                scan.failures.append(IngestFailure(
                    path: given, reason: "not an article file (kb reads .txt, .md, .html and .htm)"))
                continue
            }
            scan.roots.append(path)
            for file in found.sorted() where seen.insert(file).inserted { scan.files.append(file) }
        }
        return scan
    }

    /// Whether the file name has one of the article extensions (any case).
    public static func isArticle(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// Whether `path` lies in `root` (a folder) or is `root` (a file).
    public static func path(_ path: String, isUnder root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The absolute, standardised form of `path`, so that `./a/x.txt` and `a/x.txt` are one article.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (full as NSString).standardizingPath
    }

    private static func walk(_ folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        guard let enumerator = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let item as URL in enumerator {
            guard (try? item.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(item.path.dropFirst(url.path.count))
            if isArticle(item.path) { files.append(folder + (relative.hasPrefix("/") ? "" : "/") + relative) }
        }
        return files
    }
}
