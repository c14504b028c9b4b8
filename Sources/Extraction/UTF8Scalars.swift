/// Unicode scalars read straight from a String's UTF-8 bytes: walking `unicodeScalars` goes through the String's
/// generic index machinery, which cost more than normalising, guessing the language or tokenising themselves.
enum UTF8Scalars {
    /// The scalar value that starts at bytes[k], with k moved past it; the bytes are valid UTF-8 (a String's).
    @inline(__always)
    static func next(_ bytes: UnsafeBufferPointer<UInt8>, _ k: inout Int) -> UInt32 {
        let lead = UInt32(bytes[k])
        if lead < 0x80 {
            k += 1
            return lead
        }
        if lead < 0xE0 {
            defer { k += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { k += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
        }
        defer { k += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12 | UInt32(bytes[k + 2] & 0x3F) << 6
            | UInt32(bytes[k + 3] & 0x3F)
    }

    /// The letters of Latin-1 and Latin Extended-A (U+00C0–U+017F but × and ÷), all alphabetic: told without the
    /// Unicode property look-up, which cost more than the rest of the language guess for French text.
    @inline(__always)
    static func isLatinLetter(_ v: UInt32) -> Bool { v >= 0xC0 && v <= 0x17F && v != 0xD7 && v != 0xF7 }

    /// The UTF-8 offset of each scalar, and the byte count last: offsets[k] is where scalars[k] starts.
    static func byteOffsets(_ scalars: [Unicode.Scalar]) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }

    /// `Tokenizer.string(scalars, range)` for `scalars` read from `text`: the bytes are copied out of the text
    /// rather than encoded again scalar by scalar.
    static func slice(_ text: String, offsets: [Int], _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        let end = utf8.index(utf8.startIndex, offsetBy: offsets[range.upperBound])
        return String(text[start..<end])
    }

    /// `array(text)` and `byteOffsets` of it, in the one decoding pass.
    static func arrayAndOffsets(_ text: String) -> (scalars: [Unicode.Scalar], offsets: [Int]) {
        var text = text
        return text.withUTF8 { bytes in
            // Written straight into both arrays (a scalar per byte at most): appending checked capacity each time.
            var offsets: [Int] = []
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalarBuffer, scalarCount in
                offsets = [Int](unsafeUninitializedCapacity: bytes.count + 1) { offsetBuffer, offsetCount in
                    var k = 0, n = 0
                    while k < bytes.count {
                        // Eight ASCII bytes (most text) are eight scalars, without decoding each.
                        if k + 8 <= bytes.count, ASCIIWord.load(bytes, k) & ASCIIWord.high == 0 {
                            for j in 0..<8 {
                                offsetBuffer[n + j] = k + j
                                scalarBuffer[n + j] = Unicode.Scalar(bytes[k + j])
                            }
                            n += 8
                            k += 8
                            continue
                        }
                        offsetBuffer[n] = k
                        scalarBuffer[n] = Unicode.Scalar(next(bytes, &k))!
                        n += 1
                    }
                    offsetBuffer[n] = k
                    offsetCount = n + 1
                    scalarCount = n
                }
            }
            return (scalars, offsets)
        }
    }

    /// `Array(text.unicodeScalars)`, decoded in one pass.
    static func array(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var k = 0
            while k < bytes.count { out.append(Unicode.Scalar(next(bytes, &k))!) }
            return out
        }
    }
}
