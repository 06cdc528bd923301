/// Byte- and scalar-level character classes used by the lexer.
enum CharacterClasses {
    /// ASCII bytes that may start an identifier.
    @inline(__always)
    static func isASCIIIdentStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    /// ASCII bytes that may continue an identifier.
    @inline(__always)
    static func isASCIIIdentContinue(_ byte: UInt8) -> Bool {
        isASCIIIdentStart(byte) || isDigit(byte)
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
    }

    /// ASCII whitespace as Rust defines it (Pattern_White_Space restricted to ASCII).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Non-ASCII scalars Rust treats as whitespace: NEL, LRM, RLM, LINE and PARAGRAPH SEPARATOR.
    static func isUnicodeWhitespace(_ scalar: UInt32) -> Bool {
        scalar == 0x85 || scalar == 0x200E || scalar == 0x200F || scalar == 0x2028 || scalar == 0x2029
    }

    /// Unicode XID_Start (identifiers' first character), from the standard library's tables.
    static func isXIDStart(_ scalar: UInt32) -> Bool {
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isXIDStart
    }

    /// Unicode XID_Continue.
    static func isXIDContinue(_ scalar: UInt32) -> Bool {
        guard let value = Unicode.Scalar(scalar) else { return false }
        return value.properties.isXIDContinue
    }

    /// Decodes the UTF-8 scalar starting at `index`; nil for an invalid or truncated sequence.
    static func decodeScalar(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (value: UInt32, length: Int)? {
        guard index < end else { return nil }
        let lead = text[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= end else { return nil }
        var offset = 1
        while offset < length {
            let byte = text[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = (value << 6) | UInt32(byte & 0x3F)
            offset += 1
        }
        // Reject overlong forms, surrogates and values past U+10FFFF.
        switch length {
        case 3 where value < 0x800 || (0xD800...0xDFFF).contains(value): return nil
        case 4 where value < 0x10000 || value > 0x10FFFF: return nil
        default: break
        }
        return (value, length)
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence in `range`, or nil.
    static func firstInvalidUTF8(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            // Skip ASCII eight bytes at a time where alignment allows.
            while index + 8 <= end {
                var word: UInt64 = 0
                withUnsafeMutableBytes(of: &word) { raw in
                    raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[index..<index + 8]))
                }
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < end else { break }
            if text[index] < 0x80 {
                index += 1
                continue
            }
            guard let (_, length) = decodeScalar(text, at: index, end: end) else { return index }
            index += length
        }
        return nil
    }
}
