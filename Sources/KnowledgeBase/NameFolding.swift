import Extraction

/// Name comparison the way extraction does it, for modules that read the database without extracting.
public enum NameFolding {
    /// `text` lowercased with accents removed: "Ministère" and "ministere" fold alike.
    public static func fold(_ text: String) -> String {
        Folding.fold(text)
    }
}
