import ArgumentParser
import Foundation
import KnowledgeBase

/// `kb backup DEST`: a consistent copy of the database, safe to take while a refresh runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file, consistently, even while a refresh is writing it.",
        discussion: """
            The copy is what the database held at one moment (SQLite's VACUUM INTO in one read transaction), \
            compacted, written beside DEST and renamed into place. DEST must not exist.

            Examples:
              kb backup --db /data/kb.db /backups/kb-$(date +%F).db
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The new file to write.", valueName: "dest"))
    var destination: String

    func run() throws {
        let size = try Backup.copy(database: database.path, to: destination)
        StandardError.line("kb: backed up \(database.path) to \(destination) (\(String(format: "%.1f", Double(size) / 1_048_576)) MB)")
    }
}
