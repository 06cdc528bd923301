/// Checks the contents of character, byte and string literals: escapes,
/// characters that must be escaped, ASCII-only and NUL-free rules.
/// rustc rejects these wherever the literal appears, macro input included.
enum LiteralValidator {
    typealias Report = (_ message: String, _ start: Int, _ end: Int) -> Void

    private enum Rules {
        case char, byte, string, byteString, cString

        var asciiOnly: Bool { self == .byte || self == .byteString }
        var allowsUnicodeEscape: Bool { self == .char || self == .string || self == .cString }
        /// `\x` above 0x7F is allowed where the literal denotes bytes.
        var allowsHighHexEscape: Bool { self == .byte || self == .byteString || self == .cString }
        var isSingle: Bool { self == .char || self == .byte }
        var allowsContinuation: Bool { !isSingle }
    }

    /// Validates the content between the quotes of a non-raw literal. Returns false on error.
    static func validateQuoted(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: TokenKind, report: Report) -> Bool {
        let rules: Rules
        switch kind {
        case .char: rules = .char
        case .byte: rules = .byte
        case .string: rules = .string
        case .byteString: rules = .byteString
        case .cString: rules = .cString
        default: return true
        }
        let what = rules == .char ? "character literal" : rules == .byte ? "byte literal" : rules == .string ? "string literal"
            : rules == .byteString ? "byte string literal" : "C string literal"
        var valid = true
        func fail(_ message: String, _ start: Int, _ end: Int) {
            valid = false
            report(message, start, end)
        }
        var index = range.lowerBound
        let end = range.upperBound
        var units = 0
        while index < end {
            let byte = text[index]
            units += 1
            if byte == UInt8(ascii: "\\") {
                index = escape(text, index, end, rules: rules, what: what, fail: fail)
                continue
            }
            if byte >= 0x80 {
                let length = CharacterClasses.decodeScalar(text, at: index, end: end)?.length ?? 1
                if rules.asciiOnly { fail("non-ASCII character in \(what)", index, index + length) }
                index += length
                continue
            }
            switch byte {
            case 0x0D:
                // `\r\n` is a line break (rustc normalizes it away); a lone CR is not allowed.
                if !(index + 1 < end && text[index + 1] == 0x0A) {
                    fail("bare CR not allowed in \(what)", index, index + 1)
                } else if rules.isSingle {
                    fail("character constant must be escaped: `\\r`", index, index + 1)
                }
            case 0x0A, 0x09:
                if rules.isSingle {
                    fail("character constant must be escaped: `\(byte == 0x0A ? "\\n" : "\\t")`", index, index + 1)
                }
            case UInt8(ascii: "'"):
                if rules.isSingle { fail("character constant must be escaped: `\\'`", index, index + 1) }
            case 0:
                if rules == .cString { fail("null characters in C string literals are not supported", index, index + 1) }
            default:
                break
            }
            index += 1
        }
        if rules.isSingle {
            if units == 0 {
                fail("empty \(what)", max(range.lowerBound - 1, 0), range.upperBound + 1)
            } else if units > 1 {
                fail("\(what) may only contain one codepoint", max(range.lowerBound - 1, 0), range.upperBound + 1)
            }
        }
        return valid
    }

    /// Validates one escape starting at the backslash; returns the index after it.
    private static func escape(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, rules: Rules, what: String,
                               fail: (String, Int, Int) -> Void) -> Int {
        var index = start + 1
        guard index < end else {
            fail("unterminated escape in \(what)", start, index)
            return index
        }
        let kind = text[index]
        index += 1
        switch kind {
        case UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"), UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""):
            return index
        case UInt8(ascii: "0"):
            if rules == .cString { fail("null characters in C string literals are not supported", start, index) }
            return index
        case UInt8(ascii: "x"):
            var value = 0
            var digits = 0
            while digits < 2, index < end, CharacterClasses.isHexDigit(text[index]) {
                value = value * 16 + hexValue(text[index])
                index += 1
                digits += 1
            }
            if digits < 2 {
                fail("numeric character escape is too short", start, index)
            } else if value > 0x7F, !rules.allowsHighHexEscape {
                fail("out of range hex escape: must be a character in the range [\\x00-\\x7f]", start, index)
            } else if value == 0, rules == .cString {
                fail("null characters in C string literals are not supported", start, index)
            }
            return index
        case UInt8(ascii: "u"):
            return unicodeEscape(text, start, index, end, rules: rules, what: what, fail: fail)
        case 0x0A where rules.allowsContinuation:
            return skipContinuationWhitespace(text, index, end)
        case 0x0D where rules.allowsContinuation && index < end && text[index] == 0x0A:
            return skipContinuationWhitespace(text, index + 1, end)
        default:
            let length = CharacterClasses.decodeScalar(text, at: index - 1, end: end)?.length ?? 1
            let shown = String(decoding: UnsafeBufferPointer(rebasing: text[(index - 1)..<min(index - 1 + length, end)]), as: UTF8.self)
            fail("unknown character escape: `\(shown.escapedForMessage)`", start, index - 1 + length)
            return index - 1 + length
        }
    }

    /// `\u{…}`: braces, 1–6 hex digits (underscores allowed after the first), a valid scalar.
    private static func unicodeEscape(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ afterU: Int, _ end: Int, rules: Rules, what: String,
                                      fail: (String, Int, Int) -> Void) -> Int {
        var index = afterU
        guard rules.allowsUnicodeEscape else {
            fail("unicode escape in \(what)", start, index)
            // Skip a following `{…}` so one error is reported.
            if index < end, text[index] == UInt8(ascii: "{") {
                while index < end, text[index] != UInt8(ascii: "}"), text[index] != UInt8(ascii: "\"") { index += 1 }
                if index < end, text[index] == UInt8(ascii: "}") { index += 1 }
            }
            return index
        }
        guard index < end, text[index] == UInt8(ascii: "{") else {
            fail("incorrect unicode escape sequence", start, index)
            return index
        }
        index += 1
        if index < end, text[index] == UInt8(ascii: "_") {
            fail("invalid start of unicode escape: `_`", index, index + 1)
        }
        var value: UInt32 = 0
        var digits = 0
        var overlong = false
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "}") { break }
            if byte == UInt8(ascii: "_") {
                index += 1
                continue
            }
            guard CharacterClasses.isHexDigit(byte) else {
                fail("invalid character in unicode escape: `\(String(decoding: [byte], as: UTF8.self).escapedForMessage)`", index, index + 1)
                // Skip to the closing brace if there is one on this escape.
                while index < end, text[index] != UInt8(ascii: "}"), text[index] != UInt8(ascii: "\""), text[index] != UInt8(ascii: "'") { index += 1 }
                if index < end, text[index] == UInt8(ascii: "}") { index += 1 }
                return index
            }
            digits += 1
            if digits > 6 { overlong = true } else { value = value * 16 + UInt32(hexValue(byte)) }
            index += 1
        }
        guard index < end, text[index] == UInt8(ascii: "}") else {
            fail("unterminated unicode escape", start, index)
            return index
        }
        index += 1
        if digits == 0 {
            fail("empty unicode escape", start, index)
        } else if overlong {
            fail("overlong unicode escape", start, index)
        } else if value > 0x10FFFF {
            fail("invalid unicode character escape", start, index)
        } else if (0xD800...0xDFFF).contains(value) {
            fail("invalid unicode character escape: unicode escape must not be a surrogate", start, index)
        } else if value == 0, rules == .cString {
            fail("null characters in C string literals are not supported", start, index)
        }
        return index
    }

    /// After `\` and a line break, whitespace is skipped (string continuation).
    private static func skipContinuationWhitespace(_ text: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end, text[index] == 0x20 || text[index] == 0x09 || text[index] == 0x0A || text[index] == 0x0D {
            index += 1
        }
        return index
    }

    /// Validates the content of a raw literal (no escapes).
    static func validateRaw(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, kind: TokenKind, report: Report) -> Bool {
        var valid = true
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte == 0x0D, !(index + 1 < range.upperBound && text[index + 1] == 0x0A) {
                valid = false
                report("bare CR not allowed in raw string", index, index + 1)
            } else if byte >= 0x80, kind == .rawByteString {
                valid = false
                let length = CharacterClasses.decodeScalar(text, at: index, end: range.upperBound)?.length ?? 1
                report("non-ASCII character in raw byte string literal", index, index + length)
                index += length
                continue
            } else if byte == 0, kind == .rawCString {
                valid = false
                report("null characters in C string literals are not supported", index, index + 1)
            }
            index += 1
        }
        return valid
    }

    private static func hexValue(_ byte: UInt8) -> Int {
        if CharacterClasses.isDigit(byte) { return Int(byte - UInt8(ascii: "0")) }
        return Int((byte | 0x20) - UInt8(ascii: "a")) + 10
    }
}

extension String {
    /// Control characters shown as escapes so messages stay on one line.
    var escapedForMessage: String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
