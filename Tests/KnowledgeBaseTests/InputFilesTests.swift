import Foundation
@testable import KnowledgeBase
import Testing

/// How folders are walked: symbolic links as the filesystem resolves them, never outside the named roots
/// unless asked, cycles detected, and every path skipped said once.
@Suite("Input files")
struct InputFilesTests {
    /// root/ with a good article, next to outside/ with a file that must never be read.
    private func layout() -> (TempFolder, root: String) {
        let folder = TempFolder()
        folder.write("root/good.txt", SampleArticles.donation)
        folder.write("root/sub/other.txt", SampleArticles.contract)
        folder.write("outside/secret.txt", SampleArticles.dispute)
        return (folder, folder.path + "/root")
    }

    private func link(_ path: String, to target: String) {
        #expect(symlink(target, path) == 0)
    }

    @Test("a relative link is resolved against its own folder; one leading outside the roots is refused")
    func relativeLinkOutside() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        link(root + "/sub/escape", to: "../../outside")
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == [
            "kb: error: \(root)/sub/escape: symbolic link to \(folder.path)/outside leads outside the folders given "
                + "(use --follow-links to follow it)",
        ])
    }

    @Test("a link to a parent folder is a cycle, reported once, and nothing above the root is read")
    func parentLinkCycle() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        link(root + "/sub/up", to: "..")
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == [
            "kb: error: \(root)/sub/up: symbolic link loop (leads back to \(root))",
        ])
    }

    @Test("links inside the roots are followed; a file reached twice is read once")
    func linksInsideFollowed() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        folder.write("root/archive/2024/old.txt", SampleArticles.dispute)
        link(root + "/latest", to: "archive/2024")
        link(root + "/same.txt", to: "good.txt")
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/archive/2024/old.txt", root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.isEmpty)
    }

    @Test("--follow-links follows links out of the roots, still detecting cycles")
    func followLinks() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        link(root + "/sub/escape", to: "../../outside")
        link(folder.path + "/outside/back", to: "../root")
        let scan = InputFiles.scan([root], followLinks: true)
        #expect(scan.files == [root + "/good.txt", root + "/sub/escape/secret.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == [
            "kb: error: \(root)/sub/escape/back: symbolic link loop (leads back to \(root))",
        ])
    }

    @Test("a broken link is reported")
    func brokenLink() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        link(root + "/gone.txt", to: "nowhere.txt")
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == ["kb: error: \(root)/gone.txt: broken symbolic link (no such file or directory)"])
    }

    @Test("a named root that is itself a link is followed")
    func namedLink() {
        let (folder, _) = layout()
        defer { withExtendedLifetime(folder) {} }
        link(folder.path + "/alias", to: "root")
        let scan = InputFiles.scan([folder.path + "/alias"])
        #expect(scan.files == [folder.path + "/alias/good.txt", folder.path + "/alias/sub/other.txt"])
        #expect(scan.failures.isEmpty)
        #expect(scan.roots == [folder.path + "/alias"])
    }

    @Test("a file name that is not UTF-8 is reported, not skipped silently")
    func nonUTF8Name() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        let name = Array((root + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == [
            "kb: error: \(root)/caf\\xE9.txt: the file name is not valid UTF-8; rename it to ingest it",
        ])
    }

    @Test("a named path that cannot exist as text says why")
    func namedReplacementCharacter() {
        let scan = InputFiles.scan(["caf\u{FFFD}.txt"])
        #expect(scan.failures.map(\.reason) == [
            "no such file or directory (if the name has bytes that are not UTF-8, rename the file)",
        ])
    }

    @Test("an unreadable folder is reported (skipped when running as root, who reads everything)",
          .enabled(if: getuid() != 0))
    func unreadableFolder() throws {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        folder.write("root/locked/hidden.txt", SampleArticles.dispute)
        chmod(root + "/locked", 0)
        defer { chmod(root + "/locked", 0o755) }
        let scan = InputFiles.scan([root])
        #expect(scan.files == [root + "/good.txt", root + "/sub/other.txt"])
        #expect(scan.failures.map(\.description) == ["kb: error: \(root)/locked: cannot read the folder: Permission denied"])
    }

    @Test("a folder that cannot be listed is reported through the same path as permission errors")
    func listingFailure() {
        let (folder, root) = layout()
        defer { withExtendedLifetime(folder) {} }
        var walker = FolderWalker(followLinks: false, allowed: [root])
        walker.openFolder = { path in path.hasSuffix("/sub") ? .failure(SystemError(EACCES)) : FolderWalker.systemOpen(path) }
        walker.walk(root)
        #expect(walker.files.map(\.path) == [root + "/good.txt"])
        #expect(walker.failures.map(\.description) == ["kb: error: \(root)/sub: cannot read the folder: Permission denied"])
    }
}
