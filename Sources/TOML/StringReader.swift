/// The four kinds of string. Text without escapes is copied from the input
/// in one piece; escapes and CRLF newlines are assembled in a byte buffer,
/// so building a string is linear in its length.
extension Parser {
    /// `"..."`: escapes, one line.
    mutating func parseBasicString() throws(SyntaxError) -> String {
        let open = mark()
        position += 1
        var buffer: [UInt8] = []
        var segmentStart = position
        while true {
            let byte = current
            if byte == Byte.quote {
                buffer.append(contentsOf: bytes[segmentStart..<position])
                position += 1
                return String(decoding: buffer, as: UTF8.self)
            }
            if byte == Byte.backslash {
                buffer.append(contentsOf: bytes[segmentStart..<position])
                try readEscape(into: &buffer)
                segmentStart = position
                continue
            }
            try checkStringByte(byte, open: open, isMultiline: false)
            position += 1
        }
    }

    /// `'...'`: no escapes, one line.
    mutating func parseLiteralString() throws(SyntaxError) -> String {
        let open = mark()
        position += 1
        let contentStart = position
        while current != Byte.apostrophe {
            try checkStringByte(current, open: open, isMultiline: false)
            position += 1
        }
        let text = String(decoding: bytes[contentStart..<position], as: UTF8.self)
        position += 1
        return text
    }

    /// `"""..."""` (escapes, line-ending backslashes) or `'''...'''` (no
    /// escapes), as `delimiter` says: any number of lines.
    mutating func parseMultilineString(delimiter: UInt8) throws(SyntaxError) -> String {
        let hasEscapes = delimiter == Byte.quote
        let open = mark()
        position += 3
        skipNewlineAfterOpeningDelimiter()
        var buffer: [UInt8] = []
        var segmentStart = position
        while true {
            let byte = current
            switch byte {
            case delimiter:
                if let contentEnd = try closingDelimiter(delimiter) {
                    buffer.append(contentsOf: bytes[segmentStart..<contentEnd])
                    return String(decoding: buffer, as: UTF8.self)
                }
            case Byte.backslash where hasEscapes:
                buffer.append(contentsOf: bytes[segmentStart..<position])
                if try !skipLineEndingBackslash() {
                    try readEscape(into: &buffer)
                }
                segmentStart = position
            case Byte.carriageReturn where self.byte(at: position + 1) == Byte.lineFeed:
                // CRLF becomes LF, as most TOML readers do.
                buffer.append(contentsOf: bytes[segmentStart..<position])
                buffer.append(Byte.lineFeed)
                position += 2
                segmentStart = position
            default:
                try checkStringByte(byte, open: open, isMultiline: true)
                position += 1
            }
        }
    }

    /// A newline right after `"""` or `'''` is not part of the string.
    private mutating func skipNewlineAfterOpeningDelimiter() {
        if current == Byte.lineFeed {
            position += 1
        } else if current == Byte.carriageReturn && byte(at: position + 1) == Byte.lineFeed {
            position += 2
        }
    }

    /// At a run of quotes (or apostrophes) in a multi-line string: one or two
    /// are text and are skipped (returns nil); three to five close the string,
    /// the extra ones being text, and the offset where the text ends is returned.
    private mutating func closingDelimiter(_ quote: UInt8) throws(SyntaxError) -> Int? {
        var run = 0
        while byte(at: position + run) == quote { run += 1 }
        if run < 3 {
            position += run
            return nil
        }
        if run > 5 {
            throw error("three or more quotes in a row inside a multi-line string must be escaped",
                        at: position, length: run)
        }
        let contentEnd = position + run - 3
        position += run
        return contentEnd
    }

    /// Rejects what may not appear raw in a string: the end of the text, a
    /// newline in a one-line string, a lone carriage return, other control characters.
    private mutating func checkStringByte(_ byte: UInt8, open: Mark, isMultiline: Bool) throws(SyntaxError) {
        if isAtEnd {
            throw SyntaxError(error: TOMLError(
                message: "this string is never closed",
                span: TOMLSpan(start: open.offset, end: open.offset + (isMultiline ? 3 : 1), line: open.line, column: open.column)))
        }
        if byte == Byte.lineFeed && isMultiline { return }
        if byte == Byte.lineFeed || (byte == Byte.carriageReturn && self.byte(at: position + 1) == Byte.lineFeed) {
            throw SyntaxError(error: TOMLError(
                message: "this string is not closed on its line (use `\"\"\"` or `'''` for a multi-line string)",
                span: TOMLSpan(start: open.offset, end: open.offset + 1, line: open.line, column: open.column)))
        }
        if Byte.isForbiddenControl(byte) {
            throw error("\(controlName(byte)) must be escaped in a string", at: position, length: 1)
        }
    }

    /// In a multi-line basic string, at a backslash: if only spaces and tabs
    /// follow it on its line, skips it, the newline, and all whitespace and
    /// newlines after that. False (nothing skipped) for an ordinary escape.
    private mutating func skipLineEndingBackslash() throws(SyntaxError) -> Bool {
        var index = position + 1
        while byte(at: index) == Byte.space || byte(at: index) == Byte.tab { index += 1 }
        let next = byte(at: index)
        let endsLine = next == Byte.lineFeed
            || (next == Byte.carriageReturn && byte(at: index + 1) == Byte.lineFeed)
        if !endsLine {
            if index > position + 1 {
                throw error("a backslash followed by whitespace must end its line", at: position, length: index - position)
            }
            return false
        }
        position = index
        while true {
            skipWhitespace()
            if !(try consumeNewline()) { return true }
        }
    }

    /// An escape sequence, from its backslash; appends what it stands for.
    private mutating func readEscape(into buffer: inout [UInt8]) throws(SyntaxError) {
        let letter = byte(at: position + 1)
        let replacement: UInt8
        switch letter {
        case UInt8(ascii: "b"): replacement = 0x08
        case UInt8(ascii: "t"): replacement = Byte.tab
        case UInt8(ascii: "n"): replacement = Byte.lineFeed
        case UInt8(ascii: "f"): replacement = 0x0C
        case UInt8(ascii: "r"): replacement = Byte.carriageReturn
        case Byte.quote: replacement = Byte.quote
        case Byte.backslash: replacement = Byte.backslash
        case UInt8(ascii: "u"):
            try readUnicodeEscape(digitCount: 4, into: &buffer)
            return
        case UInt8(ascii: "U"):
            try readUnicodeEscape(digitCount: 8, into: &buffer)
            return
        default:
            position += 1
            let (found, length) = describeCurrent()
            throw error("invalid escape: a backslash followed by \(found) (valid escapes are \\b \\t \\n \\f \\r \\\" \\\\ \\uXXXX \\UXXXXXXXX)",
                        at: position - 1, length: length + 1)
        }
        buffer.append(replacement)
        position += 2
    }

    /// `\uXXXX` or `\UXXXXXXXX`: exactly that many hex digits naming a Unicode scalar value.
    private mutating func readUnicodeEscape(digitCount: Int, into buffer: inout [UInt8]) throws(SyntaxError) {
        let escapeStart = position
        let letter = digitCount == 4 ? "u" : "U"
        var value: UInt32 = 0
        for index in (position + 2)..<(position + 2 + digitCount) {
            let byte = self.byte(at: index)
            guard Byte.isHexDigit(byte) else {
                throw error("`\\\(letter)` must be followed by \(digitCount) hexadecimal digits",
                            at: escapeStart, length: index - escapeStart)
            }
            value = value << 4 | UInt32(hexValue(byte))
        }
        position += 2 + digitCount
        guard let scalar = Unicode.Scalar(value) else {
            throw error("`\(excerpt(from: escapeStart, to: position))` is not a Unicode scalar value (surrogates and values above 10FFFF are not)",
                        at: escapeStart, length: position - escapeStart)
        }
        UTF8.encode(scalar) { buffer.append($0) }
    }
}

/// The value of a hexadecimal digit (the caller has checked that it is one).
func hexValue(_ byte: UInt8) -> UInt8 {
    Byte.isDigit(byte) ? byte - Byte.zero : (byte | 0x20) - UInt8(ascii: "a") + 10
}
