import Foundation

/// Puts article text in the one form every later step reads: NFC, straight apostrophes, plain spaces,
/// "\n" line ends, no control or zero-width characters, single spaces, at most one blank line.
enum TextNormalizer {
    static func normalize(_ text: String) -> String {
        var text = text
        // Below U+0300 and in General Punctuation and Currency Symbols nothing composes or decomposes: such text
        // (most Latin-script articles) is already NFC and skips Foundation's costly normalisation.
        let alreadyComposed = text.withUTF8 { bytes in
            var k = 0
            while k < bytes.count {
                let v = UTF8Scalars.next(bytes, &k)
                if v >= 0x300 && !(0x2010...0x20CF).contains(v) { return false }
            }
            return true
        }
        var composed = alreadyComposed ? text : text.precomposedStringWithCanonicalMapping
        // UTF-8 bytes, made a String once: appending to a String.UnicodeScalarView copied the whole text
        // on every append, which made long articles quadratic. Scalars are decoded from the bytes directly.
        var out: [UInt8] = []
        out.reserveCapacity(composed.utf8.count)
        var pendingSpace = false
        var newlines = 0
        var lastWasCR = false
        composed.withUTF8 { bytes in
            var k = 0
            while k < bytes.count {
                let start = k
                let value = UTF8Scalars.next(bytes, &k)
                let afterCR = lastWasCR
                lastWasCR = value == 0x0D
                switch value {
                case 0x2019, 0x2018, 0x201B, 0x02BC, 0x02BB, 0x00B4, 0x0060, 0x2032, 0xFF07:
                    flush(&out, &pendingSpace, &newlines)
                    out.append(UInt8(ascii: "'"))
                case 0x000A, 0x000D, 0x2028, 0x2029, 0x0085:
                    if !(value == 0x0A && afterCR) { newlines += 1 }
                    pendingSpace = false
                case 0x0020, 0x0009, 0x00A0, 0x202F, 0x2007, 0x2009, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                     0x2008, 0x200A, 0x205F, 0x3000, 0x000C, 0x000B:
                    if newlines == 0 { pendingSpace = true }
                case 0x200B, 0x200C, 0x200D, 0xFEFF, 0x00AD, 0x2060:
                    continue
                default:
                    if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
                    flush(&out, &pendingSpace, &newlines)
                    // The scalar's own bytes: valid UTF-8 has one encoding per scalar.
                    if k - start == 1 { out.append(bytes[start]) } else { out.append(contentsOf: bytes[start..<k]) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func flush(_ out: inout [UInt8], _ space: inout Bool, _ newlines: inout Int) {
        if newlines > 0 {
            if !out.isEmpty {
                out.append(UInt8(ascii: "\n"))
                if newlines > 1 { out.append(UInt8(ascii: "\n")) }
            }
        } else if space, !out.isEmpty {
            out.append(UInt8(ascii: " "))
        }
        space = false
        newlines = 0
    }
}
