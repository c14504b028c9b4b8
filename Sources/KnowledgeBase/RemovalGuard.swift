import Foundation

/// Refuses a refresh's removals under a root that looks unmounted, unreadable or mostly gone.
public struct RemovalGuard: Sendable {
    /// The largest share (0 to 1) of a root's stored articles one refresh may remove.
    public var maxShare: Double

    public init(maxShare: Double = 0.5) {
        self.maxShare = maxShare
    }

    /// How to override a refusal, appended to every refusal.
    static let override = "if they are really gone, run again with --prune-anyway"

    /// The scanned roots whose vanished files may be marked missing or removed, and one failure for each root refused.
    func check(scan: InputFiles.Scan, known: [String: KnownArticle]) -> (roots: [String], refusals: [IngestFailure]) {
        let present = Set(scan.files)
        var roots: [String] = [], refusals: [IngestFailure] = []
        for root in scan.roots {
            // Articles already marked missing by an earlier refresh are neither stored nor newly gone.
            let stored = known.filter { $0.value.missingSince == nil && scan.covers($0.key, root: root) }.map(\.key)
            let gone = stored.filter { !present.contains($0) }.count
            guard gone > 0 else {
                roots.append(root)
                continue
            }
            let found = scan.files.contains { InputFiles.path($0, isUnder: root) }
            let articles = "\(stored.count) stored article\(stored.count == 1 ? "" : "s")"
            let reason: String
            if scan.failures.contains(where: { $0.path == root }) {
                reason = "the folder could not be read, so none of its \(articles) was marked missing or removed (\(Self.override))"
            } else if !found {
                reason = "the folder is empty (an unmounted disk?), so none of its \(articles) was marked missing or removed "
                    + "(\(Self.override))"
            } else if Double(gone) > maxShare * Double(stored.count) {
                reason = "\(gone) of its \(articles) (\(Self.percent(Double(gone) / Double(stored.count)))) are gone, more than "
                    + "the \(Self.percent(maxShare)) one refresh may take away, so none was marked missing or removed (\(Self.override) "
                    + "or a higher --max-delete-share)"
            } else {
                roots.append(root)
                continue
            }
            refusals.append(IngestFailure(path: root, reason: reason))
        }
        return (roots, refusals)
    }

    /// "50%", "33.3%".
    public static func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }
}
