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
