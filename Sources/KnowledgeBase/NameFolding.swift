import Extraction

/// Name comparison the way extraction does it, for modules that read the database without extracting.
public enum NameFolding {
    /// `text` lowercased with accents removed: "Ministère" and "ministere" fold alike.
    public static func fold(_ text: String) -> String {
        Folding.fold(text)
    }

    /// The key stored in `folded` columns: folded, then only letters and digits, so that "Open AI", "OpenAI" and
    /// "open-ai" meet ("" for a name with neither).
    public static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(Folding.fold(text).unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
