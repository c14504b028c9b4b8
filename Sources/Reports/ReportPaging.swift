import SQLiteDB

/// How many rows `kb query` prints by default at a terminal, and the note that says what a run left out. A report that lists
/// a whole table (every mention, every donation) grows with the archive; printing its first rows keeps it quick,
/// and the note tells how to get the rest. Reports that bound their rows themselves (a `limit` parameter) keep it.
public enum ReportPaging {
    /// The rows a listing report prints unless told otherwise.
    public static let defaultLimit = 100

    /// The most rows a run of `report` prints: `requested` (0: every row), else `defaultLimit` for a person at a
    /// `terminal`; nil (every row) with `all`, into a pipe or a file (an export or a script gets the whole report),
    /// and for a report with its own `limit` parameter (`arguments` hands it the request).
    public static func limit(for report: Report, requested: Int?, all: Bool, terminal: Bool) -> Int? {
        if all || ownsLimit(report) { return nil }
        if let requested { return requested > 0 ? requested : nil }
        return terminal ? defaultLimit : nil
    }

    /// `arguments` with `--limit N` or `--all` given to a report's own `limit` parameter when the user did not
    /// set it (`-1`, SQLite's "no limit", for every row); other reports' arguments as they are.
    public static func arguments(_ arguments: [String: String], for report: Report, requested: Int?, all: Bool) -> [String: String] {
        guard ownsLimit(report), arguments["limit"] == nil, all || requested != nil else { return arguments }
        var out = arguments
        out["limit"] = all || requested == 0 ? "-1" : String(requested ?? 0)
        return out
    }

    /// Whether `report` bounds its rows itself with a `limit` parameter (top-donors, search).
    static func ownsLimit(_ report: Report) -> Bool {
        report.parameters.contains { $0.name == "limit" && $0.kind == .integer }
    }

    /// The most rows counted past a page: beyond it the note says "more than" this many, so that a page of a
    /// report that lists the whole archive is not followed by reading the whole archive.
    public static let countCap = 1_000

    /// The line for stderr when `leftOut` rows (at least, when `countCap` was reached) followed the first `shown`.
    public static func notice(report: String, shown: Int, leftOut: Int) -> String {
        let more = leftOut > countCap ? "more than \(countCap)" : "\(leftOut)"
        return "kb: \(report): the first \(shown) rows shown, \(more) more left out; "
            + "--limit N shows N rows, --all (or --limit 0) every row"
    }

    /// How many rows `statement` still gives, its current row (the first one left out) included, counting at most
    /// `countCap + 1`. The rows are stepped, not formatted: a report SQLite sorts has computed them all before its
    /// first row, so the rest come from its sorter.
    static func rowsLeft(in statement: Statement) throws(SQLiteError) -> Int {
        var left = 1
        while left <= countCap, try statement.step() != nil { left += 1 }
        return left
    }
}
