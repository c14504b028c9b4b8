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
        // Most names fold to ASCII, whose letters and digits are known without Unicode property look-ups: one pass,
        // left for the Unicode one at the first other byte.
        var kept: [UInt8] = []
        kept.reserveCapacity(folded.utf8.count)
        for byte in folded.utf8 {
            if byte >= 0x80 { return unicodeKey(folded) }
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) { kept.append(byte) }
        }
        return String(decoding: kept, as: UTF8.self)
    }

    private static func unicodeKey(_ folded: String) -> String {
        String(String.UnicodeScalarView(folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
