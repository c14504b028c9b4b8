import Foundation
import Testing

/// The crontab line and the systemd ExecStart the README gives for a nightly refresh, run as written
/// (with /data, /var/log and the kb binary moved to a scratch folder).
@Suite("Refresh: the README's cron and systemd commands")
struct ScheduleDocsTests {
    private static func readme() throws -> [String] {
        try String(contentsOfFile: KBProcess.packageRoot + "/README.md", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// Runs `command` through /bin/sh the way cron and systemd would, in a scratch /data with two articles,
    /// its folder added as a source with the README's `kb source add` line.
    private func run(_ command: String, binaryPath: String) throws -> (status: Int32, scratch: Scratch) {
        let scratch = try Scratch()
        _ = try RefreshGuardTests.folder("data/articles", count: 2, in: scratch)
        let binary = try #require(KBProcess.binary)
        let readme = try Self.readme().joined(separator: "\n")
        let add = try #require(readme.range(of: "`kb source add --db /data/kb.db /data/articles`"))
        #expect(!add.isEmpty)
        let added = try KBProcess.run(["source", "add", "--db", scratch.path + "/data/kb.db", scratch.path + "/data/articles"])
        #expect(added.status == 0, "\(added.stderr)")
        let local = command.replacingOccurrences(of: binaryPath, with: binary)
            .replacingOccurrences(of: "/data/", with: scratch.path + "/data/")
            .replacingOccurrences(of: "/var/log/kb.log", with: scratch.path + "/kb.log")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", local]
        try shell.run()
        shell.waitUntilExit()
        let articles = try KBProcess.sql("SELECT count(*) AS n FROM articles", db: scratch.path + "/data/kb.db")
        #expect(articles.first?["n"] as? Int == 2)
        return (shell.terminationStatus, scratch)
    }

    @Test("the crontab line refreshes and logs the date and the summary")
    func cron() throws {
        let line = try #require(try Self.readme().first { $0.hasPrefix("0 3 * * * ") })
        let command = line.split(separator: " ", maxSplits: 5).last.map(String.init) ?? ""
        let (status, scratch) = try run(command.replacingOccurrences(of: "; kb ", with: "; kb-binary "), binaryPath: "kb-binary")
        #expect(status == 0)
        let log = try String(contentsOfFile: scratch.path + "/kb.log", encoding: .utf8).split(separator: "\n")
        #expect(log.count == 2 && log[1].hasPrefix("source articles: 2 new, 0 changed, 0 unchanged, 0 missing, 0 failed (2 files read) in "), "\(log)")
    }

    @Test("the systemd service's ExecStart refreshes quietly; the timer fires nightly")
    func systemd() throws {
        let lines = try Self.readme()
        let exec = try #require(lines.first { $0.hasPrefix("ExecStart=") })
        let (status, _) = try run(String(exec.dropFirst("ExecStart=".count)), binaryPath: "/usr/local/bin/kb")
        #expect(status == 0)
        #expect(lines.contains("OnCalendar=*-*-* 03:00:00") && lines.contains("WantedBy=timers.target"))
    }
}
