/// A syntax error: reading stops there, since what follows cannot be read reliably.
struct SyntaxError: Error {
    let error: TOMLError
}

/// A position in the text with its line and column, taken when a token
/// starts so that spans never send the source map backwards.
struct Mark {
    let offset: Int
    let line: Int
    let column: Int
}

/// Reads a TOML document: a single pass over the bytes, with recursion only
/// for arrays and inline tables, and that bounded by the nesting limit.
struct Parser {
    let bytes: [UInt8]
    var position: Int
    var sourceMap: SourceMap
    var builder: TableBuilder
    var errors: [TOMLError] = []
    /// Where the first ill-formed UTF-8 sequence starts, if there is one.
    private let invalidUTF8Offset: Int?

    /// Redefinition errors do not stop reading, but after this many a last
    /// error says that reading stopped.
    static let maximumErrorCount = 100

    init(bytes: [UInt8]) {
        self.bytes = bytes
        // A byte-order mark is allowed and ignored, as Cargo and rustc do.
        let contentStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineStarts = [contentStart]
        invalidUTF8Offset = validateUTF8(bytes, from: contentStart, lineStarts: &lineStarts)
        position = contentStart
        sourceMap = SourceMap(bytes: bytes, contentStart: contentStart, lineStarts: lineStarts)
        let rootSpan = TOMLSpan(start: contentStart, end: bytes.count, line: 1, column: 1)
        builder = TableBuilder(rootSpan: rootSpan)
    }

    mutating func parseDocument() -> Result<TOMLDocument, TOMLErrors> {
        if let offset = invalidUTF8Offset {
            let message = "invalid UTF-8 (byte 0x\(hexDigits(UInt32(bytes[offset]), width: 2))): TOML text must be UTF-8"
            return .failure(TOMLErrors([TOMLError(message: message, span: span(at: offset, length: 1))]))
        }
        do {
            try parseStatements()
        } catch {
            errors.append(error.error)
        }
        if errors.isEmpty {
            return .success(TOMLDocument(table: builder.root.frozen()))
        }
        return .failure(TOMLErrors(errors))
    }

    // MARK: - Reading bytes

    /// The byte at the reading position, or `Byte.endOfInput`.
    var current: UInt8 { position < bytes.count ? bytes[position] : Byte.endOfInput }

    var isAtEnd: Bool { position >= bytes.count }

    func byte(at offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : Byte.endOfInput }

    mutating func skipWhitespace() {
        while position < bytes.count && (bytes[position] == Byte.space || bytes[position] == Byte.tab) {
            position += 1
        }
    }

    /// Consumes a line feed or a carriage return and line feed; false if neither is next.
    mutating func consumeNewline() throws(SyntaxError) -> Bool {
        switch current {
        case Byte.lineFeed:
            position += 1
            return true
        case Byte.carriageReturn:
            guard byte(at: position + 1) == Byte.lineFeed else {
                throw error("a carriage return must be followed by a line feed", at: position, length: 1)
            }
            position += 2
            return true
        default:
            return false
        }
    }

    /// Skips a comment from its `#` to the end of the line (the newline is left).
    mutating func skipComment() throws(SyntaxError) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Byte.lineFeed { return }
            if byte == Byte.carriageReturn && self.byte(at: position + 1) == Byte.lineFeed { return }
            if Byte.isForbiddenControl(byte) {
                throw error("\(controlName(byte)) is not allowed in a comment", at: position, length: 1)
            }
            position += 1
        }
    }

    // MARK: - Spans and errors

    mutating func mark() -> Mark {
        let location = sourceMap.location(of: position)
        return Mark(offset: position, line: location.line, column: location.column)
    }

    /// From `mark` to the reading position.
    func span(from mark: Mark) -> TOMLSpan {
        TOMLSpan(start: mark.offset, end: position, line: mark.line, column: mark.column)
    }

    mutating func span(at offset: Int, length: Int) -> TOMLSpan {
        let location = sourceMap.location(of: offset)
        let start = min(offset, bytes.count)
        return TOMLSpan(start: start, end: min(start + length, bytes.count), line: location.line, column: location.column)
    }

    mutating func error(_ message: String, at offset: Int, length: Int) -> SyntaxError {
        SyntaxError(error: TOMLError(message: message, span: span(at: offset, length: length)))
    }

    mutating func error(_ message: String, from mark: Mark) -> SyntaxError {
        SyntaxError(error: TOMLError(message: message, span: span(from: mark)))
    }

    /// "`expectation`, found X", spanning the character at the reading position.
    mutating func unexpected(_ expectation: String) -> SyntaxError {
        let (description, length) = describeCurrent()
        return error("\(expectation), found \(description)", at: position, length: length)
    }

    /// Names the character at the reading position for a message, with its length in bytes.
    func describeCurrent() -> (String, Int) {
        guard position < bytes.count else { return ("the end of the text", 0) }
        let byte = bytes[position]
        switch byte {
        case Byte.lineFeed: return ("the end of the line", 1)
        case Byte.carriageReturn where self.byte(at: position + 1) == Byte.lineFeed: return ("the end of the line", 2)
        case _ where Byte.isForbiddenControl(byte): return (controlName(byte), 1)
        case 0x20..<0x7F: return ("`\(Character(Unicode.Scalar(byte)))`", 1)
        default:
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(position + length, bytes.count)
            return ("`\(String(decoding: bytes[position..<end], as: UTF8.self))`", end - position)
        }
    }

    /// The text between two offsets for a message, shortened if long.
    func excerpt(from start: Int, to end: Int) -> String {
        let limit = 40
        if end - start <= limit { return String(decoding: bytes[start..<end], as: UTF8.self) }
        // Cut at a scalar boundary.
        var cut = start + limit
        while cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return String(decoding: bytes[start..<cut], as: UTF8.self) + "…"
    }

    /// Records a redefinition error; reading goes on unless there are too many.
    mutating func record(_ error: TOMLError?) throws(SyntaxError) {
        guard let error else { return }
        errors.append(error)
        if errors.count >= Parser.maximumErrorCount {
            throw SyntaxError(error: TOMLError(message: "too many errors; stopped reading here", span: error.span))
        }
    }

    var nestingLimitMessage: String {
        "values are nested too deeply (the limit is \(TOMLDocument.maximumNestingDepth) levels)"
    }

    // MARK: - Statements

    mutating func parseStatements() throws(SyntaxError) {
        while true {
            skipWhitespace()
            if isAtEnd { return }
            if try consumeNewline() { continue }
            let what: String
            switch current {
            case Byte.hash:
                what = "comment"
            case Byte.leftBracket:
                try parseHeader()
                what = "the table header"
            case _ where Byte.isBareKeyCharacter(current) || current == Byte.quote || current == Byte.apostrophe:
                try parseKeyValue()
                what = "the value"
            default:
                throw unexpected("expected a key, a table header or a comment")
            }
            try finishLine(after: what)
        }
    }

    /// After a statement: optional whitespace and comment, then a newline or the end.
    mutating func finishLine(after what: String) throws(SyntaxError) {
        skipWhitespace()
        if current == Byte.hash { try skipComment() }
        if isAtEnd { return }
        if try consumeNewline() { return }
        throw unexpected("expected the end of the line after \(what)")
    }

    /// `[key]` or `[[key]]`.
    mutating func parseHeader() throws(SyntaxError) {
        let start = mark()
        let isArrayElement = byte(at: position + 1) == Byte.leftBracket
        position += isArrayElement ? 2 : 1
        let key = try parseKey()
        if isArrayElement {
            guard current == Byte.rightBracket && byte(at: position + 1) == Byte.rightBracket else {
                throw unexpected("expected `]]` to close the array-of-tables header")
            }
            position += 2
        } else {
            guard current == Byte.rightBracket else {
                throw unexpected("expected `]` to close the table header")
            }
            position += 1
        }
        try record(builder.openTable(key, headerSpan: span(from: start), isArrayElement: isArrayElement))
    }

    /// `key = value` in the current table.
    mutating func parseKeyValue() throws(SyntaxError) {
        let (key, value) = try parseKeyAndValue(in: builder.currentTable)
        try record(builder.insert(key, value))
    }

    /// `key = value`, where the key goes in `table`; leaves the position after the value.
    mutating func parseKeyAndValue(in table: TableNode) throws(SyntaxError) -> ([KeyPart], TOMLValue) {
        let key = try parseKey()
        guard current == Byte.equals else {
            throw unexpected("expected `=` after the key `\(displayKey(key))`")
        }
        position += 1
        skipWhitespace()
        // The tables a dotted key creates count towards the nesting limit.
        let valueDepth = table.depth + key.count
        if valueDepth - 1 > TOMLDocument.maximumNestingDepth, let last = key.last {
            throw SyntaxError(error: TOMLError(message: nestingLimitMessage, span: last.span))
        }
        let value = try parseValue(depth: valueDepth)
        return (key, value)
    }

    // MARK: - Keys

    /// A bare, quoted or dotted key, with the whitespace around it.
    mutating func parseKey() throws(SyntaxError) -> [KeyPart] {
        var parts: [KeyPart] = []
        while true {
            skipWhitespace()
            parts.append(try parseKeyPart())
            skipWhitespace()
            guard current == Byte.dot else { return parts }
            position += 1
        }
    }

    mutating func parseKeyPart() throws(SyntaxError) -> KeyPart {
        let start = mark()
        let name: String
        switch current {
        case Byte.quote:
            if byte(at: position + 1) == Byte.quote && byte(at: position + 2) == Byte.quote {
                throw error("a multi-line string cannot be a key", at: position, length: 3)
            }
            name = try parseBasicString()
        case Byte.apostrophe:
            if byte(at: position + 1) == Byte.apostrophe && byte(at: position + 2) == Byte.apostrophe {
                throw error("a multi-line string cannot be a key", at: position, length: 3)
            }
            name = try parseLiteralString()
        default:
            while position < bytes.count && Byte.isBareKeyCharacter(bytes[position]) {
                position += 1
            }
            guard position > start.offset else {
                throw unexpected("expected a key")
            }
            name = String(decoding: bytes[start.offset..<position], as: UTF8.self)
        }
        return KeyPart(name: name, span: span(from: start))
    }

    // MARK: - Values

    /// Any value. `depth` is the nesting level the value will sit at.
    mutating func parseValue(depth: Int) throws(SyntaxError) -> TOMLValue {
        let start = mark()
        switch current {
        case Byte.quote:
            let isMultiline = byte(at: position + 1) == Byte.quote && byte(at: position + 2) == Byte.quote
            let text = isMultiline ? try parseMultilineString(delimiter: Byte.quote) : try parseBasicString()
            return TOMLValue(.string(text), span: span(from: start))
        case Byte.apostrophe:
            let isMultiline = byte(at: position + 1) == Byte.apostrophe && byte(at: position + 2) == Byte.apostrophe
            let text = isMultiline ? try parseMultilineString(delimiter: Byte.apostrophe) : try parseLiteralString()
            return TOMLValue(.string(text), span: span(from: start))
        case Byte.leftBracket:
            return try parseArray(depth: depth, start: start)
        case Byte.leftBrace:
            return try parseInlineTable(depth: depth, start: start)
        case _ where Byte.isDigit(current):
            if startsDate(at: position) { return try parseDateOrDateTime(start: start) }
            if startsTime(at: position) { return try parseLocalTime(start: start) }
            return try parseNumber(start: start)
        case Byte.plus, Byte.minus:
            return try parseNumber(start: start)
        case _ where Byte.isLetter(current):
            return try parseWord(start: start)
        default:
            throw unexpected("expected a value")
        }
    }

    /// `[ value, value, ... ]`, over any number of lines, with comments.
    mutating func parseArray(depth: Int, start: Mark) throws(SyntaxError) -> TOMLValue {
        guard depth <= TOMLDocument.maximumNestingDepth else {
            throw error(nestingLimitMessage, at: position, length: 1)
        }
        position += 1
        var elements: [TOMLValue] = []
        while true {
            try skipArraySpace()
            if current == Byte.rightBracket { break }
            elements.append(try parseValue(depth: depth + 1))
            try skipArraySpace()
            if current == Byte.comma {
                position += 1
                continue
            }
            if current == Byte.rightBracket { break }
            throw unexpected("expected `,` or `]` after an array element")
        }
        position += 1
        return TOMLValue(.array(elements), span: span(from: start))
    }

    /// Whitespace, newlines and comments, which may sit anywhere between array elements.
    mutating func skipArraySpace() throws(SyntaxError) {
        while true {
            skipWhitespace()
            if current == Byte.hash { try skipComment() }
            if !(try consumeNewline()) { return }
        }
    }

    /// `{ key = value, ... }` on one line (multi-line values inside may span lines).
    mutating func parseInlineTable(depth: Int, start: Mark) throws(SyntaxError) -> TOMLValue {
        guard depth <= TOMLDocument.maximumNestingDepth else {
            throw error(nestingLimitMessage, at: position, length: 1)
        }
        position += 1
        let table = TableNode(definition: .inline, span: span(from: start), depth: depth)
        let section = builder.newSection()
        skipWhitespace()
        if current == Byte.rightBrace {
            position += 1
        } else {
            while true {
                let (key, value) = try parseKeyAndValue(in: table)
                try record(TableBuilder.insert(key, value, into: table, section: section))
                skipWhitespace()
                if current == Byte.comma {
                    let comma = position
                    position += 1
                    skipWhitespace()
                    if current == Byte.rightBrace {
                        throw error("an inline table cannot have a trailing comma", at: comma, length: 1)
                    }
                    continue
                }
                if current == Byte.rightBrace {
                    position += 1
                    break
                }
                if current == Byte.lineFeed || current == Byte.carriageReturn || current == Byte.hash {
                    throw unexpected("expected `,` or `}`: an inline table must be closed on the line it starts")
                }
                throw unexpected("expected `,` or `}` after a value in the inline table")
            }
        }
        table.span = span(from: start)
        return TOMLValue(.table(table.frozen()), span: table.span)
    }
}

/// A control character's name for messages: "control character U+0007".
func controlName(_ byte: UInt8) -> String {
    "control character U+\(hexDigits(UInt32(byte), width: 4))"
}
