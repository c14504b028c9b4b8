import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        /// Each file's size and modification time as the scan found them.
        public var stamps: [String: FileStamp] = [:]
        /// The filter the scan applied to files under the roots (files given by name pass it).
        public var filter = SourceFilter()

        /// Whether `path` (a stored article, say) is one this scan would have looked at under `root`.
        func covers(_ path: String, root: String) -> Bool {
            InputFiles.path(path, isUnder: root) && (path == root || filter.accepts(path, root: root))
        }
    }

    /// Scans files and folders (recursively); hidden files and folders are skipped because editors and tools
    /// keep their own files there, and sorting makes runs repeatable. Links inside folders are followed while
    /// they stay within the paths given (anywhere with `followLinks`); each file is found once.
    public static func scan(_ paths: [String], followLinks: Bool = false, filter: SourceFilter = SourceFilter()) -> Scan {
        var scan = Scan()
        scan.filter = filter
        var roots: [(given: String, path: String, isFolder: Bool)] = []
        for given in paths {
            let path = absolute(given)
            var info = stat()
            guard stat(path, &info) == 0 else {
                let code = errno
                var reason = code == ENOENT ? "no such file or directory" : "cannot read it: \(SystemError(code).text)"
                if code == ENOENT && given.contains("\u{FFFD}") {
                    reason += " (if the name has bytes that are not UTF-8, rename the file)"
                }
                scan.failures.append(IngestFailure(path: given, reason: reason))
                continue
            }
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            if !isFolder && !isArticle(path) {
                scan.failures.append(IngestFailure(
                    path: given, reason: "not an article file (kb reads .txt, .md, .html and .htm)"))
                continue
            }
            roots.append((given, path, isFolder))
        }
        var walker = FolderWalker(followLinks: followLinks, allowed: roots.compactMap { PathText.realPath($0.path) })
        var seen: Set<String> = []
        for root in roots {
            let before = walker.files.count
            if root.isFolder {
                walker.walk(root.path)
            } else {
                var info = stat()
                if stat(root.path, &info) == 0 { walker.add(root.path, info) }
            }
            scan.roots.append(root.path)
            for file in walker.files[before...].sorted(by: { $0.path < $1.path })
            where (!root.isFolder || filter.accepts(file.path, root: root.path)) && seen.insert(file.path).inserted {
                scan.files.append(file.path)
                scan.stamps[file.path] = file.stamp
            }
        }
        scan.failures += walker.failures
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
}
