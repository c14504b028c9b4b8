import Foundation

/// The graph as DOT (Graphviz), GraphML (yEd, NetworkX, Gephi) or GEXF (Gephi).
public enum GraphFormat: String, CaseIterable, Sendable {
    case dot, graphml, gexf

    /// `graph` written in this format.
    public func render(_ graph: GraphData) -> String {
        switch self {
        case .dot: GraphFormat.dot(graph)
        case .graphml: GraphFormat.graphml(graph)
        case .gexf: GraphFormat.gexf(graph)
        }
    }

    private static let shapes = ["person": "ellipse", "company": "box", "agency": "house", "fund": "diamond"]

    static func dot(_ graph: GraphData) -> String {
        var out = "digraph kb {\n  graph [overlap=false];\n  node [fontname=\"Helvetica\"];\n"
        for node in graph.nodes {
            out += "  \(dotQuoted(node.key)) [label=\(dotQuoted(node.name)), shape=\(shapes[node.kind] ?? "ellipse"), kind=\(dotQuoted(node.kind))];\n"
        }
        for edge in graph.edges {
            var label = edge.label
            if let amount = edge.amount { label += " " + TableFormatter.grouped(.real(amount)) + (edge.currency.map { " " + $0 } ?? "") }
            if edge.shared { label += " (shared)" }
            if let date = edge.date { label += " " + date }
            out += "  \(dotQuoted(edge.source)) -> \(dotQuoted(edge.target)) [label=\(dotQuoted(label)), kind=\(dotQuoted(edge.kind))];\n"
        }
        return out + "}\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as spaces.
    static func dotQuoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where character.isNewline: out += " "
            default: out.append(character)
            }
        }
        return out + "\""
    }

    static func graphml(_ graph: GraphData) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
              <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="amount" for="edge" attr.name="amount" attr.type="double"/>
              <key id="currency" for="edge" attr.name="currency" attr.type="string"/>
              <key id="date" for="edge" attr.name="date" attr.type="string"/>
              <key id="article" for="edge" attr.name="article" attr.type="string"/>
              <key id="shared" for="edge" attr.name="shared" attr.type="boolean"/>
              <graph id="kb" edgedefault="directed">

            """
        for node in graph.nodes {
            out += "    <node id=\(xml(node.key))><data key=\"label\">\(xmlText(node.name))</data><data key=\"type\">\(xmlText(node.kind))</data></node>\n"
        }
        for (index, edge) in graph.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\(xml(edge.source)) target=\(xml(edge.target))>"
            out += "<data key=\"kind\">\(xmlText(edge.kind))</data><data key=\"relation\">\(xmlText(edge.label))</data>"
            if let amount = edge.amount { out += "<data key=\"amount\">\(CellText.number(amount) ?? "")</data>" }
            if let currency = edge.currency { out += "<data key=\"currency\">\(xmlText(currency))</data>" }
            if let date = edge.date { out += "<data key=\"date\">\(xmlText(date))</data>" }
            out += "<data key=\"article\">\(xmlText(edge.article))</data><data key=\"shared\">\(edge.shared)</data></edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    static func gexf(_ graph: GraphData) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta><creator>kb</creator><description>people, companies, agencies and funds linked by facts</description></meta>
              <graph mode="static" defaultedgetype="directed">
                <attributes class="node">
                  <attribute id="type" title="type" type="string"/>
                </attributes>
                <attributes class="edge">
                  <attribute id="kind" title="kind" type="string"/>
                  <attribute id="amount" title="amount" type="double"/>
                  <attribute id="currency" title="currency" type="string"/>
                  <attribute id="date" title="date" type="string"/>
                  <attribute id="article" title="article" type="string"/>
                  <attribute id="shared" title="shared" type="boolean"/>
                </attributes>
                <nodes>

            """
        for node in graph.nodes {
            out += "      <node id=\(xml(node.key)) label=\(xml(node.name))><attvalues><attvalue for=\"type\" value=\(xml(node.kind))/></attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in graph.edges.enumerated() {
            out += "      <edge id=\"\(index)\" source=\(xml(edge.source)) target=\(xml(edge.target)) label=\(xml(edge.label))><attvalues>"
            out += "<attvalue for=\"kind\" value=\(xml(edge.kind))/>"
            if let amount = edge.amount { out += "<attvalue for=\"amount\" value=\"\(CellText.number(amount) ?? "")\"/>" }
            if let currency = edge.currency { out += "<attvalue for=\"currency\" value=\(xml(currency))/>" }
            if let date = edge.date { out += "<attvalue for=\"date\" value=\(xml(date))/>" }
            out += "<attvalue for=\"article\" value=\(xml(edge.article))/><attvalue for=\"shared\" value=\"\(edge.shared)\"/>"
            out += "</attvalues></edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// An XML attribute value, quoted.
    static func xml(_ text: String) -> String { "\"" + xmlText(text).replacingOccurrences(of: "\"", with: "&quot;") + "\"" }

    /// XML character data: markup escaped, characters XML 1.0 forbids dropped.
    static func xmlText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n", "\r": out += "&#\(scalar.value);"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
