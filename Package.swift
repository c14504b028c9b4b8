// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        // libxml2's HTML and XML parsers, for web pages and RSS/Atom feeds.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "WebSources", dependencies: ["CLibXML2"]),
        .target(
            name: "Extraction",
            resources: [.embedInCode("Resources/gazetteer.tsv"), .embedInCode("Resources/firstnames.txt"),
                        .embedInCode("Resources/lexicon.tsv")]
        ),
        .target(
            name: "KnowledgeBase",
            dependencies: ["SQLiteDB", "Extraction"],
            resources: [.embedInCode("Resources/schema.sql")]
        ),
        // The canned reports are .sql files (Sources/Reports/Resources/reports), compiled into the binary.
        .target(
            name: "Reports",
            dependencies: ["SQLiteDB", "KnowledgeBase"],
            resources: [
                .embedInCode("Resources/reports/donations.sql"),
                .embedInCode("Resources/reports/contracts.sql"),
                .embedInCode("Resources/reports/disputes.sql"),
                .embedInCode("Resources/reports/mentions.sql"),
                .embedInCode("Resources/reports/people.sql"),
                .embedInCode("Resources/reports/companies.sql"),
                .embedInCode("Resources/reports/agencies.sql"),
                .embedInCode("Resources/reports/funds.sql"),
                .embedInCode("Resources/reports/articles.sql"),
                .embedInCode("Resources/reports/profile.sql"),
                .embedInCode("Resources/reports/connections.sql"),
                .embedInCode("Resources/reports/timeline.sql"),
                .embedInCode("Resources/reports/top-donors.sql"),
                .embedInCode("Resources/reports/top-recipients.sql"),
                .embedInCode("Resources/reports/top-contractors.sql"),
                .embedInCode("Resources/reports/totals-by-agency.sql"),
                .embedInCode("Resources/reports/search.sql"),
                .embedInCode("Resources/reports/stats.sql"),
            ]
        ),
        .executableTarget(
            name: "kb",
            dependencies: [
                "KnowledgeBase", "Reports", "Extraction", "WebSources",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (`make fuzz`); built normally it replays corpus or crasher files given as arguments.
        .executableTarget(name: "kb-fuzz", dependencies: ["Extraction"], path: "Fuzz", exclude: ["Corpus", "Crashers"]),
        // Benchmark helpers for scripts/bench.sh: extraction alone, and a bare SQLite + FTS5 store to compare with.
        // The generated benchmark corpus with its planted facts (`make bench-corpus`), a library so tests check it.
        .target(name: "BenchCorpus"),
        .executableTarget(name: "kb-bench", dependencies: ["Extraction", "SQLiteDB", "BenchCorpus"]),
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], resources: [.copy("Fixtures")]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "SQLiteDB"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "KnowledgeBase", "SQLiteDB"]),
        .testTarget(name: "WebSourcesTests", dependencies: ["WebSources"]),
        // The end-to-end tests run the built kb; they use KnowledgeBase only to write fixture databases row by row.
        .testTarget(name: "EndToEndTests", dependencies: ["KnowledgeBase", "SQLiteDB"], exclude: ["Scripts"]),
        .testTarget(name: "BenchCorpusTests", dependencies: ["BenchCorpus", "Extraction"]),
    ],
    swiftLanguageModes: [.v6]
)
