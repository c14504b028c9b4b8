/// Case- and accent-insensitive keys for matching words: "Ministère" and "ministere" fold alike.
public enum Folding {
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāă", "a"), ("çćč", "c"), ("èéêëēėęě", "e"), ("ìíîïīį", "i"), ("ñńň", "n"),
            ("òóôõöøō", "o"), ("ùúûüūů", "u"), ("ýÿ", "y"), ("śšş", "s"), ("źžż", "z"), ("ďđ", "d"),
            ("ľłĺ", "l"), ("řŕ", "r"), ("ťţ", "t"), ("ğ", "g"),
        ]
        for (letters, base) in groups { for s in letters.unicodeScalars { table[s.value] = base } }
        table[0x0153] = "oe"; table[0x00E6] = "ae"; table[0x00DF] = "ss"
        for quote: UInt32 in [0x2019, 0x2018, 0x02BC] { table[quote] = "'" }
        // "Rueil‐Malmaison" written with a typographic hyphen folds like the ASCII one.
        for hyphen: UInt32 in [0x2010, 0x2011] { table[hyphen] = "-" }
        return table
    }()

    /// Lowercased, accents removed.
    public static func fold(_ text: String) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { ascii = false; break }
        if ascii { return text }
        // ASCII with capitals: lower-cased byte by byte.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let count = text.utf8.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                for (k, byte) in text.utf8.enumerated() { buffer[k] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return count
            }
        }
        if let folded = foldLatin(text) { return folded }
        // UTF-8 bytes, made a String once: appending each letter's fold to a String cost more than the folding.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v))
            } else if v < 0x180 {
                bytes.append(contentsOf: latinFoldBytes[Int(v) - 0x80])
            } else {
                var piece = ""
                slowAppend(scalar, to: &piece)
                bytes.append(contentsOf: piece.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `fold` of text whose scalars are all below U+0180 (accented French words, most non-ASCII tokens), written
    /// straight into the new String with its length worked out first: growing a byte array cost an allocation per
    /// word. Nil for text with another scalar.
    private static func foldLatin(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let folds = latinFoldBytes
            var length = 0, k = 0
            while k < bytes.count {
                let v = UTF8Scalars.next(bytes, &k)
                if v < 0x80 { length += 1 } else if v < 0x180 { length += folds[Int(v) - 0x80].count } else { return nil }
            }
            return String(unsafeUninitializedCapacity: length) { out in
                var k = 0, n = 0
                while k < bytes.count {
                    let v = UTF8Scalars.next(bytes, &k)
                    if v < 0x80 {
                        out[n] = v >= 0x41 && v <= 0x5A ? UInt8(v + 32) : UInt8(v)
                        n += 1
                    } else {
                        for byte in folds[Int(v) - 0x80] {
                            out[n] = byte
                            n += 1
                        }
                    }
                }
                return n
            }
        } ?? nil
    }

    /// `latinFolds` as UTF-8 bytes.
    private static let latinFoldBytes: [[UInt8]] = latinFolds.map { Array($0.utf8) }

    /// The folded form of every scalar from U+0080 to U+017F (Latin-1 and Latin Extended-A), worked out once
    /// by `slowAppend`: looking up a lower-case mapping builds a String per letter.
    private static let latinFolds: [String] = (0x80..<0x180).map { v in
        var out = ""
        slowAppend(Unicode.Scalar(UInt32(v))!, to: &out)
        return out
    }

    static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        if scalar.isASCII {
            let v = scalar.value
            out.unicodeScalars.append((v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 32)! : scalar)
            return
        }
        if scalar.value < 0x180 {
            out += latinFolds[Int(scalar.value) - 0x80]
            return
        }
        slowAppend(scalar, to: &out)
    }

    private static func slowAppend(_ scalar: Unicode.Scalar, to out: inout String) {
        let lower = scalar.properties.lowercaseMapping
        for l in lower.unicodeScalars {
            if let base = latin[l.value] { out += base } else if l.properties.generalCategory != .nonspacingMark {
                out.unicodeScalars.append(l)
            }
        }
    }
}
