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
        let folded = Folding.fold(text)
        // Most names fold to ASCII, whose letters and digits are known without Unicode property look-ups.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: folded.utf8.filter { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) },
                          as: UTF8.self)
        }
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
