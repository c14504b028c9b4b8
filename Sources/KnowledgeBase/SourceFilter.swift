#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which files of a folder source are read: shell globs matched against the path under the folder
/// (`*` also crosses `/`, so `*.html` matches `2025/a.html`); a file must match an include (when any are given)
/// and no exclude.
public struct SourceFilter: Sendable, Equatable {
    public var include: [String]
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    /// Whether the filter lets every file through.
    public var isEmpty: Bool { include.isEmpty && exclude.isEmpty }

    /// Whether `path` (under `root`) is read.
    public func accepts(_ path: String, root: String) -> Bool {
        if isEmpty { return true }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : (path as String)
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        func matches(_ pattern: String) -> Bool {
            // A pattern without "/" may also name the file alone, as in .gitignore.
            fnmatch(pattern, relative, 0) == 0 || (!pattern.contains("/") && fnmatch(pattern, name, 0) == 0)
        }
        if !include.isEmpty && !include.contains(where: matches) { return false }
        return !exclude.contains(where: matches)
    }
}
