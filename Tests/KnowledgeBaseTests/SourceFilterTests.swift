import KnowledgeBase
import Testing

@Suite("Source filters")
struct SourceFilterTests {
    @Test("globs match the path under the folder, or the file name alone when they have no /")
    func globs() {
        let filter = SourceFilter(include: ["*.html", "notes/*.md"], exclude: ["drafts/*", "old-*"])
        let root = "/data/press"
        #expect(filter.accepts("/data/press/a.html", root: root))
        #expect(filter.accepts("/data/press/2025/05/b.html", root: root))
        #expect(filter.accepts("/data/press/notes/n.md", root: root))
        #expect(!filter.accepts("/data/press/n.md", root: root))
        #expect(!filter.accepts("/data/press/a.txt", root: root))
        #expect(!filter.accepts("/data/press/drafts/c.html", root: root))
        #expect(!filter.accepts("/data/press/2025/old-d.html", root: root))
        #expect(SourceFilter().accepts("/anything.txt", root: root))
        #expect(SourceFilter(exclude: ["*.md"]).accepts("/data/press/x.txt", root: root + "/"))
    }
}
