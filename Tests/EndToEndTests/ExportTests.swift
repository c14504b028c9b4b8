import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `kb export`: graph files that XML parsers and Graphviz read, FollowTheMoney entities the followthemoney
/// package validates, and a Datasette metadata file the real datasette serves.
@Suite("Exports")
struct ExportTests {
    private func fixture() throws -> (Scratch, String) {
        let scratch = try Scratch()
        return (scratch, try ReportFixture.make(in: scratch))
    }

    /// Element names of a well-formed XML document, or the parser's error.
    private final class Elements: NSObject, XMLParserDelegate {
        var names: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            names.append(name)
        }
    }

    private func parse(_ text: String) throws -> [String] {
        let parser = XMLParser(data: Data(text.utf8))
        let elements = Elements()
        parser.delegate = elements
        guard parser.parse() else { throw Failure("not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")") }
        return elements.names
    }

    @Test("GEXF and GraphML are well-formed XML with every node and edge; DOT renders where Graphviz is installed")
    func graphs() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let gexf = try KBProcess.run(["export", "graph", "--format", "gexf", "--db", db])
        #expect(gexf.status == 0, "\(gexf.stderr)")
        let gexfElements = try parse(gexf.stdout)
        // 13 entities all take part in a fact or role; 4 donations + 3 contracts + 1 dispute + 1 role.
        #expect(gexfElements.filter { $0 == "node" }.count == 13)
        #expect(gexfElements.filter { $0 == "edge" }.count == 9)
        #expect(gexf.stdout.contains("<node id=\"agency:ministeredesarmees\" label=\"Ministère des Armées\">"))
        #expect(gexf.stdout.contains("source=\"person:elonmusk\" target=\"company:openai\" label=\"sued\""))

        let graphml = try KBProcess.run(["export", "graph", "--format", "graphml", "--db", db, "-o", scratch.path + "/kb.graphml"])
        #expect(graphml.status == 0 && graphml.stdout.isEmpty)
        let graphmlElements = try parse(try String(contentsOfFile: scratch.path + "/kb.graphml", encoding: .utf8))
        #expect(graphmlElements.filter { $0 == "node" }.count == 13 && graphmlElements.filter { $0 == "edge" }.count == 9)

        let dot = try KBProcess.run(["export", "graph", "--format", "dot", "--db", db])
        #expect(dot.stdout.hasPrefix("digraph kb {\n"))
        #expect(dot.stdout.contains("\"agency:departmentofdefense\" -> \"company:amazon\" [label=\"awarded 9,000,000,000 USD (shared) 2025-03\", kind=\"contract\"];"))
        guard let graphviz = ExternalTools.which("dot") else {
            print("note: Graphviz (dot) is not installed: the DOT export was not rendered")
            return
        }
        try dot.stdout.write(toFile: scratch.path + "/kb.dot", atomically: true, encoding: .utf8)
        let svg = try ExternalTools.run(graphviz, ["-Tsvg", scratch.path + "/kb.dot"])
        #expect(svg.status == 0 && svg.stdout.contains("<svg"), "\(svg.stderr)")
    }

    @Test("FollowTheMoney export: stable ids, and valid for the followthemoney package when it is installed")
    func followTheMoney() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let first = try KBProcess.run(["export", "ftm", "--db", db])
        let second = try KBProcess.run(["export", "ftm", "--db", db])
        #expect(first.status == 0 && first.stdout == second.stdout)
        let lines = first.stdout.split(separator: "\n")
        let schemas = lines.compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["schema"] as? String
        }
        // 13 entities; 4 payments; the shared ceiling is one contract with two awards, Thales's another;
        // the lawsuit a case with two parties; Sam Altman's role an employment.
        #expect(schemas.filter { ["Person", "Company", "PublicBody", "Organization"].contains($0) }.count == 13)
        #expect(schemas.filter { $0 == "Payment" }.count == 4)
        #expect(schemas.filter { $0 == "Contract" }.count == 2 && schemas.filter { $0 == "ContractAward" }.count == 3)
        #expect(schemas.filter { $0 == "CourtCase" }.count == 1 && schemas.filter { $0 == "CourtCaseParty" }.count == 2)
        #expect(schemas.filter { $0 == "Employment" }.count == 1)
        #expect(lines.count == schemas.count && lines.count == 26)

        guard ExternalTools.python(has: "followthemoney"), let python = ExternalTools.which("python3") else {
            print("note: python3 with followthemoney is not installed (pip install followthemoney): FtM not validated")
            return
        }
        let file = scratch.path + "/kb.ftm.json"
        try first.stdout.write(toFile: file, atomically: true, encoding: .utf8)
        let validation = try ExternalTools.run(python, [KBProcess.packageRoot + "/Tests/EndToEndTests/Scripts/validate_ftm.py", file])
        #expect(validation.status == 0 && validation.stdout == "ok 26 entities\n", "\(validation.stdout)\(validation.stderr)")
    }

    @Test("Datasette: the canned donations query gives kb's rows, and ?_search= finds only matching articles")
    func datasette() throws {
        let (scratch, db) = try fixture()
        defer { withExtendedLifetime(scratch) {} }
        let metadata = scratch.path + "/metadata.json"
        let export = try KBProcess.run(["export", "datasette", "--db", db, "-o", metadata])
        #expect(export.status == 0, "\(export.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metadata))) as? [String: Any]
        let queries = ((object?["databases"] as? [String: Any])?["kb"] as? [String: Any])?["queries"] as? [String: Any]
        #expect(queries?.keys.sorted().contains("top-donors") == true && queries?.count == 18)

        guard let datasette = ExternalTools.which("datasette") else {
            print("note: datasette is not installed (pip install datasette): the Datasette export was not served")
            return
        }
        let served = try ExternalTools.run(datasette, [db, "-m", metadata, "--get", "/kb/donations.json?_shape=array"])
        #expect(served.status == 0, "\(served.stderr)")
        let ours = try KBProcess.run(["query", "donations", "--db", db, "--format", "json"])
        #expect(try normalised(served.stdout) == normalised(ours.stdout))

        // A blank field is '' in Datasette: no filter. A filled one filters as in kb.
        let blank = try ExternalTools.run(datasette, [db, "-m", metadata, "--get",
            "/kb/donations.json?_shape=array&donor=&recipient=&since=&until=&article=&min_amount=&currency="])
        #expect(try KBProcess.jsonArray(blank.stdout).count == 4)
        let filtered = try ExternalTools.run(datasette, [db, "-m", metadata, "--get",
            "/kb/contracts.json?_shape=array&agency=Pentagon&min_amount=1000000"])
        #expect(try KBProcess.jsonArray(filtered.stdout).map { $0["contractor"] as? String } == ["Amazon", "Google"])

        // Every report runs in Datasette with its fields left blank ('') and gives as many rows as in kb.
        let required = ["profile": "entity=acme", "connections": "entity=acme", "search": "q=contract"]
        for (name, query) in queries ?? [:] {
            let parameters = ((query as? [String: Any])?["params"] as? [String]) ?? []
            let given = required[name].map { [$0] } ?? []
            let blanks = parameters.filter { parameter in !given.contains { $0.hasPrefix(parameter + "=") } }.map { $0 + "=" }
            let served = try ExternalTools.run(datasette, [db, "-m", metadata, "--get",
                "/kb/\(name).json?" + (given + blanks + ["_shape=array"]).joined(separator: "&")])
            let ours = try KBProcess.run(["query", name] + given + ["--db", db, "--format", "json"])
            #expect(try KBProcess.jsonArray(served.stdout).count == KBProcess.jsonArray(ours.stdout).count,
                    "\(name): \(served.stdout.prefix(300))\(served.stderr.suffix(300))")
        }

        let search = try ExternalTools.run(datasette, [db, "--get", "/kb/articles.json?_search=ministere&_shape=array"])
        #expect(try KBProcess.jsonArray(search.stdout).map { $0["name"] as? String } == ["b.txt"], "\(search.stdout)\(search.stderr)")
    }

    /// Rows with Datasette's and kb's spellings of the same values made equal: booleans as 0/1, numbers as doubles.
    private func normalised(_ json: String) throws -> [[String: String]] {
        try KBProcess.jsonArray(json).map { row in
            row.mapValues { value in
                if let number = value as? NSNumber { return String(number.doubleValue) }
                return value is NSNull ? "null" : "\(value)"
            }
        }
    }
}
