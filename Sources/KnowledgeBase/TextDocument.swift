import Foundation
import SQLiteDB

/// An article that is not a file: a web page or a feed item, already reduced to plain text, kept under its URL.
public struct TextDocument: Sendable, Equatable {
    /// Its URL: the article's path in the database.
    public var location: String
    /// "Title\ndate 2025-03-01\n\nbody…", the form the extractor reads a header from.
    public var text: String

    public init(location: String, text: String) {
        self.location = location
        self.text = text
    }

    /// The name reports cite: the URL's last path segment, or its host ("a.html", "example.org").
    public var name: String {
        let url = URL(string: location)
        let last = url?.path.split(separator: "/").last.map(String.init)
        return last ?? url?.host ?? location
    }
}

extension Ingestor {
    /// Ingests documents fetched from the web: new ones stored, changed ones (by content hash) re-extracted,
    /// the same text read by the same extractor skipped. Nothing is marked missing: a feed shows only its latest items.
    public func ingest(documents: [TextDocument]) throws(KBError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let (extractor, version, known, writer) = try context()
        var locations = ArticleLocations(connection: database.connection)
        var stamps = try Database.sqlite { () throws(SQLiteError) in try FileStampWriter(connection: database.connection) }
        let force = options.force, budget = options.timeBudget
        let prepared = OrderedParallelMap(documents) { document in
            ArticlePreparation.prepare(text: document.text, location: document.location, name: document.name,
                                       known: known[document.location], extractor: extractor, version: version,
                                       force: force, budget: budget)
        }
        defer { prepared.cancel() }
        let batch = WriteBatch(connection: database.connection, entities: writer.entities)
        defer { batch.rollback() }
        for document in documents {
            guard let outcome = prepared.next() else { break }
            summary.read += 1
            try store(outcome, path: document.location, known: known[document.location], stamp: nil, writer: writer,
                      batch: batch, stamps: &stamps, locations: &locations, summary: &summary)
            try batch.commitIfDue()
        }
        try batch.commit()
        try VanishedArticles.markPresent(documents.compactMap { known[$0.location] }, in: database)
        if summary.updated + locations.deletedArticles > 0 {
            try removeOrphanEntities()
            writer.entities.forgetAll()
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }
}
