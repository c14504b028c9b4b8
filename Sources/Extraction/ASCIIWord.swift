/// Eight bytes of text read as one integer, to skip runs of plain ASCII without a test per byte.
enum ASCIIWord {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// bytes[k..<k + 8], which must be in bounds, as loaded (the order of the bytes in the integer is the machine's).
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self)
    }

    /// Whether some byte is below 0x20 (a control character, or a line end or tab). May err only towards true.
    @inline(__always)
    static func hasControl(_ word: UInt64) -> Bool { (word &- ones &* 0x20) & ~word & high != 0 }

    /// Whether the normaliser copies the eight bytes as they are after a printable byte: printable ASCII other than
    /// the backquote, spaces single and not last (whether a last space stays depends on what follows it).
    @inline(__always)
    static func isCopied(_ raw: UInt64) -> Bool {
        let word = UInt64(littleEndian: raw)  // the first byte lowest
        // Each of these may err only towards a byte found: the word then goes byte by byte.
        let below = (word &- ones &* 0x20) & ~word & high            // a byte below 0x20
        let above = ((word &+ ones) | word) & high                    // a byte above 0x7E
        let quote = word ^ (ones &* 0x60)
        let backquote = (quote &- ones) & ~quote & high               // a byte equal to 0x60
        guard below | above | backquote == 0 else { return false }
        // The spaces exactly: the high bit of each byte equal to 0x20.
        let x = word ^ (ones &* 0x20)
        let spaces = ~(((x & low7) &+ low7) | x | low7)
        return spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
    }
}

extension ASCIIWord {
    /// Whether `text`'s UTF-8 holds `part`'s as a run of bytes: a cheap test that must pass before a Unicode-aware
    /// search can find an ASCII `part` (each ASCII character is its own bytes in any text).
    static func bytes(of text: String, contain part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                var k = 0
                while k + needle.count <= haystack.count {
                    if haystack[k] == first {
                        var j = 1
                        while j < needle.count, haystack[k + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    k += 1
                }
                return false
            }
        }
    }
}

extension ASCIIWord {
    /// Whether `bytes` holds `target`, eight bytes at a time: `(x - ones) & ~x & high` is non-zero exactly when some
    /// byte of x is zero, and x is the word XOR the target in every byte. A byte-by-byte search of every plain
    /// article for "<" cost more than the HTML test needs.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ target: UInt8) -> Bool {
        let pattern = ones &* UInt64(target)
        var k = 0
        while k + 8 <= bytes.count {
            let x = load(bytes, k) ^ pattern
            if (x &- ones) & ~x & high != 0 { return true }
            k += 8
        }
        while k < bytes.count {
            if bytes[k] == target { return true }
            k += 1
        }
        return false
    }
}
