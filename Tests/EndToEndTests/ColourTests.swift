import Foundation
import Testing

/// Colour only for a person at a terminal, never with NO_COLOR: kb run under `script`, which gives it a terminal.
@Suite("Colour")
struct ColourTests {
    private func onTerminal(_ command: String, noColor: Bool) throws -> String? {
        guard let script = ExternalTools.which("script"), let kb = KBProcess.binary else { return nil }
        let environment = noColor ? "NO_COLOR=1 " : "NO_COLOR= TERM=xterm "
        let result = try ExternalTools.run(script, ["-qec", environment + "'\(kb)' " + command, "/dev/null"])
        return result.stdout
    }

    @Test("a table on a terminal has a bold header; NO_COLOR and pipes get none")
    func colour() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        guard let coloured = try onTerminal("query stats --db '\(db)'", noColor: false),
              let plain = try onTerminal("query stats --db '\(db)'", noColor: true) else {
            print("note: no `script` command: colour on a terminal not checked")
            return
        }
        #expect(coloured.contains("\u{1B}[1mmeasure"), "\(coloured.debugDescription)")
        #expect(!plain.contains("\u{1B}["), "\(plain.debugDescription)")
        let piped = try KBProcess.run(["query", "stats", "--db", db])
        #expect(!piped.stdout.contains("\u{1B}[") && piped.stdout.hasPrefix("measure"))
    }
}
