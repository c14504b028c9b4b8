#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `errno` value with the system's text for it.
public struct SystemError: Error, Sendable, Equatable {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// "Permission denied", as strerror says it.
    public var text: String { String(cString: strerror(code)) }
}

/// Which file a path leads to: device and inode, the same however many links lead there.
struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

/// Walks folders depth-first in byte order of names: hidden entries skipped, symbolic links resolved as the
/// filesystem does (against the link's own folder), links leading outside the allowed roots refused unless
/// `followLinks`, cycles detected, and every path it cannot use reported as a failure.
struct FolderWalker {
    /// Lists a folder's entry names as raw bytes (names need not be UTF-8).
    typealias Lister = (String) -> Result<[[UInt8]], SystemError>

    var followLinks: Bool
    /// The real paths (links resolved) of the roots the user named.
    var allowed: [String]
    /// How folders are listed; tests replace it to simulate errors root cannot meet.
    var openFolder: Lister = FolderWalker.systemOpen
    /// Article files found, in walk order, each file once whatever the paths leading to it.
    private(set) var files: [(path: String, id: FileID, stamp: FileStamp)] = []
    /// Paths that could not be used.
    private(set) var failures: [IngestFailure] = []
    private var visitedFolders: Set<FileID> = []
    private var seenFiles: Set<FileID> = []
    /// The folders being walked, from the root down, by identity: meeting one again is a loop.
    private var ancestors: [FileID: String] = [:]

    init(followLinks: Bool, allowed: [String]) {
        self.followLinks = followLinks
        self.allowed = allowed
    }

    /// Walks the folder at `path` (a logical path: the one shown and stored).
    mutating func walk(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return fail(path, "cannot read the folder: \(SystemError(errno).text)") }
        visit(path, id: FileID(info))
    }

    /// Records one article file found under `path`, once per identity.
    mutating func add(_ path: String, _ info: stat) {
        if seenFiles.insert(FileID(info)).inserted { files.append((path, FileID(info), FileStamp(info))) }
    }

    private mutating func visit(_ folder: String, id: FileID) {
        if let back = ancestors[id] { return fail(folder, "symbolic link loop (leads back to \(back))") }
        guard visitedFolders.insert(id).inserted else { return }  // reached before through another path
        let names: [[UInt8]]
        switch openFolder(folder) {
        case .failure(let error): return fail(folder, "cannot read the folder: \(error.text)")
        case .success(let listed): names = listed
        }
        ancestors[id] = folder
        defer { ancestors[id] = nil }
        for raw in names.sorted(by: { $0.lexicographicallyPrecedes($1) }) where raw.first != UInt8(ascii: ".") {
            entry(raw, in: folder)
        }
    }

    private mutating func entry(_ raw: [UInt8], in folder: String) {
        let rawPath = Array(folder.utf8) + [UInt8(ascii: "/")] + raw
        var info = stat()
        let found = (rawPath + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &info) }
        }
        guard found == 0 else { return }  // gone since the listing
        let kind = info.st_mode & S_IFMT
        guard let name = String(validating: raw, as: UTF8.self) else {
            if kind == S_IFDIR || kind == S_IFLNK || InputFiles.isArticle(String(decoding: raw, as: UTF8.self)) {
                fail(PathText.escaped(rawPath), "the file name is not valid UTF-8; rename it to ingest it")
            }
            return
        }
        let path = folder + "/" + name
        switch kind {
        case S_IFDIR: visit(path, id: FileID(info))
        case S_IFREG: if InputFiles.isArticle(name) { add(path, info) }
        case S_IFLNK: link(path, name: name)
        default: break
        }
    }

    /// A symbolic link: resolved by the system, checked against the roots, then walked or added.
    private mutating func link(_ path: String, name: String) {
        guard let real = PathText.realPath(path) else {
            let code = errno
            return fail(path, "broken symbolic link (\(code == ENOENT ? "no such file or directory" : SystemError(code).text))")
        }
        var info = stat()
        guard stat(real, &info) == 0 else { return fail(path, "broken symbolic link (\(SystemError(errno).text))") }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFDIR || (kind == S_IFREG && InputFiles.isArticle(name)) else { return }
        if !followLinks && !allowed.contains(where: { InputFiles.path(real, isUnder: $0) }) {
            return fail(path, "symbolic link to \(real) leads outside the folders given (use --follow-links to follow it)")
        }
        if kind == S_IFDIR { visit(path, id: FileID(info)) } else { add(path, info) }
    }

    private mutating func fail(_ path: String, _ reason: String) {
        failures.append(IngestFailure(path: path, reason: reason))
    }

    /// Lists `path` with opendir/readdir.
    static func systemOpen(_ path: String) -> Result<[[UInt8]], SystemError> {
        guard let dir = opendir(path) else { return .failure(SystemError(errno)) }
        defer { closedir(dir) }
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return .success(names)
    }
}
