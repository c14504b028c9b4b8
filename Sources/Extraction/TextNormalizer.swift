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
                // Eight ASCII bytes at a time: nothing below U+0080 composes.
                if k + 8 <= bytes.count, ASCIIWord.load(bytes, k) & ASCIIWord.high == 0 {
                    k += 8
                    continue
                }
                let v = UTF8Scalars.next(bytes, &k)
                if v >= 0x300 && !(0x2010...0x20CF).contains(v) { return false }
            }
            return true
        }
        var composed = alreadyComposed ? text : text.precomposedStringWithCanonicalMapping
        // The output is never longer than the input: each space, line end or quote gives at most its own bytes.
        let capacity = composed.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity + 1) { out -> String in
            let (count, isPrefix) = composed.withUTF8 { bytes in
                let count = write(bytes, into: out)
                return (count, count == 0 || memcmp(bytes.baseAddress!, out.baseAddress!, count) == 0)
            }
            // Most articles come out as the start of their own text (only the last line end dropped): that part of the
            // text is copied as it is. A String made from written bytes validates them as UTF-8, a pass over the
            // whole article that cost more than writing it.
            if isPrefix, let prefix = String(composed.utf8.prefix(count)) { return prefix }
            return String(unsafeUninitializedCapacity: count) { target in
                _ = target.initialize(from: UnsafeBufferPointer(rebasing: out[0..<count]))
                return count
            }
        }
    }

    /// The normalised text's UTF-8 bytes, written once into `out` (which holds at least as many bytes as `bytes`),
    /// and how many: appending to a String.UnicodeScalarView copied the whole text on every append (quadratic),
    /// and appending to an array checked its uniqueness at every byte.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        // The state is local to this function, not captured from outside it: kept in registers.
        var pendingSpace = false
        var newlines = 0
        var lastWasCR = false
        var n = 0
        func flush() {
            if newlines > 0 {
                if n > 0 {
                    out[n] = UInt8(ascii: "\n")
                    n += 1
                    if newlines > 1 { out[n] = UInt8(ascii: "\n"); n += 1 }
                }
            } else if pendingSpace, n > 0 {
                out[n] = UInt8(ascii: " ")
                n += 1
            }
            pendingSpace = false
            newlines = 0
        }
        var k = 0
        while k < bytes.count {
            // Printable ASCII other than the backquote (most of the text) is copied as it is.
            let byte = bytes[k]
            if byte > 0x20 && byte < 0x7F && byte != 0x60 {
                if pendingSpace || newlines > 0 { flush() }
                out[n] = byte
                n += 1
                k += 1
                lastWasCR = false
                // The text goes on eight bytes at a time while they are copied as they are (no space is
                // pending now); the output never runs ahead of the input, so the eight bytes fit.
                while k + 8 <= bytes.count {
                    let word = ASCIIWord.load(bytes, k)
                    guard ASCIIWord.isCopied(word) else { break }
                    UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: word, as: UInt64.self)
                    n += 8
                    k += 8
                }
                continue
            }
            let start = k
            let value = UTF8Scalars.next(bytes, &k)
            let afterCR = lastWasCR
            lastWasCR = value == 0x0D
            switch value {
            case 0x2019, 0x2018, 0x201B, 0x02BC, 0x02BB, 0x00B4, 0x0060, 0x2032, 0xFF07:
                flush()
                out[n] = UInt8(ascii: "'")
                n += 1
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
                flush()
                // The scalar's own bytes: valid UTF-8 has one encoding per scalar.
                for j in start..<k {
                    out[n] = bytes[j]
                    n += 1
                }
            }
        }
        return n
    }
}
