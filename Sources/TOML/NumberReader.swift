/// Integers, floats, booleans and the special floats. An unquoted value is
/// read as one word (letters, digits and `_ + - .`) and then checked as a
/// whole, so `1.2.3` or `truex` is one error about that word.
extension Parser {
    /// `true`, `false`, `inf`, `nan`, or an unquoted word that is no value.
    mutating func parseWord(start: Mark) throws(SyntaxError) -> TOMLValue {
        let end = endOfWord(from: position)
        let word = bytes[position..<end]
        let kind: TOMLValue.Kind
        if word.elementsEqual("true".utf8) {
            kind = .boolean(true)
        } else if word.elementsEqual("false".utf8) {
            kind = .boolean(false)
        } else if word.elementsEqual("inf".utf8) {
            kind = .float(.infinity)
        } else if word.elementsEqual("nan".utf8) {
            kind = .float(.nan)
        } else {
            throw error("expected a value, found `\(excerpt(from: position, to: end))` (strings must be quoted; booleans are `true` and `false`)",
                        at: position, length: end - position)
        }
        position = end
        return TOMLValue(kind, span: span(from: start))
    }

    /// The end of the word of value characters starting at `start`.
    func endOfWord(from start: Int) -> Int {
        var end = start
        while end < bytes.count && Byte.isValueWordCharacter(bytes[end]) { end += 1 }
        return end
    }

    /// A decimal, hexadecimal, octal or binary integer, or a float, with an optional sign.
    mutating func parseNumber(start: Mark) throws(SyntaxError) -> TOMLValue {
        let end = endOfWord(from: position)
        let kind = try numberKind(from: position, to: end)
        position = end
        return TOMLValue(kind, span: span(from: start))
    }

    private mutating func numberKind(from start: Int, to end: Int) throws(SyntaxError) -> TOMLValue.Kind {
        var index = start
        let hasSign = bytes[index] == Byte.plus || bytes[index] == Byte.minus
        let isNegative = bytes[index] == Byte.minus
        if hasSign { index += 1 }
        let unsigned = bytes[index..<end]
        if unsigned.elementsEqual("inf".utf8) { return .float(isNegative ? -.infinity : .infinity) }
        if unsigned.elementsEqual("nan".utf8) { return .float(isNegative ? -.nan : .nan) }

        if index + 1 < end && bytes[index] == Byte.zero, let radix = Radix(prefix: bytes[index + 1]) {
            if hasSign {
                throw error("\(radix == .octal ? "an" : "a") \(radix.name) integer cannot have a sign", at: start, length: 1)
            }
            return .integer(try radixInteger(from: start, to: end, radix: radix))
        }

        // Decimal: an integer part, then an optional fraction and exponent.
        let integerEnd = try digitRun(from: index, to: end, radix: .decimal, numberStart: start)
        if bytes[index] == Byte.zero && integerEnd > index + 1 {
            throw error("a number cannot have leading zeros: `\(excerpt(from: start, to: end))`", at: start, length: end - start)
        }
        var cursor = integerEnd
        var isFloat = false
        if cursor < end && bytes[cursor] == Byte.dot {
            isFloat = true
            guard cursor + 1 < end && Byte.isDigit(bytes[cursor + 1]) else {
                throw error("a decimal point must be followed by a digit: `\(excerpt(from: start, to: end))`", at: start, length: end - start)
            }
            cursor = try digitRun(from: cursor + 1, to: end, radix: .decimal, numberStart: start)
        }
        if cursor < end && (bytes[cursor] | 0x20) == UInt8(ascii: "e") {
            isFloat = true
            cursor += 1
            if cursor < end && (bytes[cursor] == Byte.plus || bytes[cursor] == Byte.minus) { cursor += 1 }
            guard cursor < end && Byte.isDigit(bytes[cursor]) else {
                throw error("an exponent must have digits: `\(excerpt(from: start, to: end))`", at: start, length: end - start)
            }
            cursor = try digitRun(from: cursor, to: end, radix: .decimal, numberStart: start)
        }
        guard cursor == end else {
            throw error("invalid number `\(excerpt(from: start, to: end))`", at: start, length: end - start)
        }

        if isFloat {
            let digits = bytes[start..<end].filter { $0 != Byte.underscore }
            guard let value = Double(String(decoding: digits, as: UTF8.self)) else {
                throw error("invalid float `\(excerpt(from: start, to: end))`", at: start, length: end - start)
            }
            return .float(value)
        }
        var magnitude: UInt64 = 0
        for byte in bytes[index..<integerEnd] where byte != Byte.underscore {
            guard let next = accumulate(magnitude, digit: byte - Byte.zero, radix: 10) else {
                throw tooLarge(from: start, to: end)
            }
            magnitude = next
        }
        // Int64.min has no positive counterpart, so the limit depends on the sign.
        let limit = isNegative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        guard magnitude <= limit else { throw tooLarge(from: start, to: end) }
        return .integer(isNegative ? Int64(bitPattern: 0 &- magnitude) : Int64(bitPattern: magnitude))
    }

    /// `0x…`, `0o…` or `0b…`, at most Int64.max.
    private mutating func radixInteger(from start: Int, to end: Int, radix: Radix) throws(SyntaxError) -> Int64 {
        let digitsStart = start + 2
        guard digitsStart < end && radix.isDigit(bytes[digitsStart]) else {
            throw error("expected \(radix.name) digits after `0\(radix.prefixLetter)`", at: start, length: end - start)
        }
        let digitsEnd = try digitRun(from: digitsStart, to: end, radix: radix, numberStart: start)
        guard digitsEnd == end else {
            throw error("invalid \(radix.name) integer `\(excerpt(from: start, to: end))`", at: start, length: end - start)
        }
        var magnitude: UInt64 = 0
        for byte in bytes[digitsStart..<digitsEnd] where byte != Byte.underscore {
            guard let next = accumulate(magnitude, digit: hexValue(byte), radix: radix.base), next <= UInt64(Int64.max) else {
                throw tooLarge(from: start, to: end)
            }
            magnitude = next
        }
        return Int64(bitPattern: magnitude)
    }

    /// Digits of `radix`, with single underscores between digits; returns the
    /// end of the run (the first byte that is neither). A digit must come first.
    private mutating func digitRun(from start: Int, to end: Int, radix: Radix, numberStart: Int) throws(SyntaxError) -> Int {
        guard start < end && radix.isDigit(bytes[start]) else {
            throw error("invalid number `\(excerpt(from: numberStart, to: end))`", at: numberStart, length: end - numberStart)
        }
        var index = start + 1
        while index < end {
            let byte = bytes[index]
            if radix.isDigit(byte) {
                index += 1
            } else if byte == Byte.underscore {
                guard index + 1 < end && radix.isDigit(bytes[index + 1]) else {
                    throw error("an underscore in a number must sit between two digits", at: index, length: 1)
                }
                index += 2
            } else {
                break
            }
        }
        return index
    }

    private mutating func tooLarge(from start: Int, to end: Int) -> SyntaxError {
        error("`\(excerpt(from: start, to: end))` does not fit in a 64-bit signed integer", at: start, length: end - start)
    }
}

/// `magnitude * radix + digit`, or nil on overflow.
private func accumulate(_ magnitude: UInt64, digit: UInt8, radix: UInt64) -> UInt64? {
    let (shifted, overflowed) = magnitude.multipliedReportingOverflow(by: radix)
    let (sum, carried) = shifted.addingReportingOverflow(UInt64(digit))
    return overflowed || carried ? nil : sum
}

enum Radix {
    case binary, octal, decimal, hexadecimal

    /// The radix of a `0x`, `0o` or `0b` prefix (lower case only).
    init?(prefix letter: UInt8) {
        switch letter {
        case UInt8(ascii: "x"): self = .hexadecimal
        case UInt8(ascii: "o"): self = .octal
        case UInt8(ascii: "b"): self = .binary
        default: return nil
        }
    }

    var base: UInt64 {
        switch self {
        case .binary: 2
        case .octal: 8
        case .decimal: 10
        case .hexadecimal: 16
        }
    }

    var name: String {
        switch self {
        case .binary: "binary"
        case .octal: "octal"
        case .decimal: "decimal"
        case .hexadecimal: "hexadecimal"
        }
    }

    var prefixLetter: String {
        switch self {
        case .binary: "b"
        case .octal: "o"
        case .decimal: ""
        case .hexadecimal: "x"
        }
    }

    func isDigit(_ byte: UInt8) -> Bool {
        switch self {
        case .binary: byte == 0x30 || byte == 0x31
        case .octal: byte >= 0x30 && byte <= 0x37
        case .decimal: Byte.isDigit(byte)
        case .hexadecimal: Byte.isHexDigit(byte)
        }
    }
}
