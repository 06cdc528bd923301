import Diagnostics

/// Turns a byte range of UTF-8 source into tokens, dropping whitespace and
/// ordinary comments, and reporting malformed input as diagnostics.
///
/// Where a token ends is decided exactly as rustc decides it: a lexer that
/// disagreed about where a string, character or comment ends could be made to
/// miss a `}` that the compiler sees. Work is on bytes; only non-ASCII
/// identifiers and whitespace decode scalars.
struct Lexer {
    private let text: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var position: Int
    private let edition: Edition
    private(set) var tokens: [Token] = []
    private(set) var diagnostics = DiagnosticSink()
    /// Whitespace or a comment was seen since the last token.
    private var sawSpace = true
    /// Suppresses "unknown token" errors once the input was reported as invalid UTF-8.
    private var invalidUTF8Reported = false

    init(text: UnsafeBufferPointer<UInt8>, range: Range<Int>, edition: Edition) {
        self.text = text
        self.position = max(0, min(range.lowerBound, text.count))
        self.end = max(position, min(range.upperBound, text.count))
        self.edition = edition
        tokens.reserveCapacity((end - position) / 5 + 16)
    }

    /// Lexes the whole range. `allowShebang` strips a `#!` first line (crate files only).
    mutating func run(allowShebang: Bool) {
        if let invalid = CharacterClasses.firstInvalidUTF8(text, position..<end) {
            invalidUTF8Reported = true
            report("source text is not valid UTF-8", at: invalid, invalid + 1, label: "this byte does not begin a valid UTF-8 sequence")
        }
        // A byte-order mark at the very start of the text is not part of the source (rustc strips it).
        if position == 0, byte(0) == 0xEF, byte(1) == 0xBB, byte(2) == 0xBF { position = 3 }
        if allowShebang { skipShebang() }
        while position < end {
            lexOne()
        }
        tokens.append(Token(kind: .eof, flags: sawSpace ? .precededBySpace : [], start: UInt32(end), end: UInt32(end)))
    }

    // MARK: - Reading

    @inline(__always) private func byte(_ offset: Int = 0) -> UInt8 {
        let index = position + offset
        return index < end ? text[index] : 0
    }

    @inline(__always) private func hasByte(_ offset: Int = 0) -> Bool { position + offset < end }

    /// Scalar at `index` (U+FFFD-free: nil for invalid sequences).
    private func scalar(at index: Int) -> (value: UInt32, length: Int)? {
        CharacterClasses.decodeScalar(text, at: index, end: end)
    }

    private func isIdentStart(at index: Int) -> Bool {
        guard index < end else { return false }
        let byte = text[index]
        if byte < 0x80 { return CharacterClasses.isASCIIIdentStart(byte) }
        guard let (value, _) = scalar(at: index) else { return false }
        return CharacterClasses.isXIDStart(value)
    }

    /// Length of the identifier-continue character at `index`, or 0.
    @inline(__always)
    private func identContinueLength(at index: Int) -> Int {
        guard index < end else { return 0 }
        let byte = text[index]
        if byte < 0x80 { return CharacterClasses.isASCIIIdentContinue(byte) ? 1 : 0 }
        guard let (value, length) = scalar(at: index), CharacterClasses.isXIDContinue(value) else { return 0 }
        return length
    }

    /// Index just past the identifier-continue characters starting at `index`.
    @inline(__always)
    private func skipIdentContinue(from index: Int) -> Int {
        var cursor = index
        while cursor < end {
            let byte = text[cursor]
            if byte < 0x80 {
                if CharacterClasses.isASCIIIdentContinue(byte) { cursor += 1; continue }
                break
            }
            let length = identContinueLength(at: cursor)
            if length == 0 { break }
            cursor += length
        }
        return cursor
    }

    // MARK: - Emitting

    @inline(__always)
    private mutating func emit(_ kind: TokenKind, from start: Int, flags: TokenFlags = []) {
        var flags = flags
        if sawSpace { flags.insert(.precededBySpace) }
        if kind.isPunctuation, !sawSpace, let last = tokens.indices.last, tokens[last].kind.isPunctuation {
            tokens[last].flags.insert(.joint)
        }
        tokens.append(Token(kind: kind, flags: flags, start: UInt32(start), end: UInt32(position)))
        sawSpace = false
    }

    private mutating func report(_ message: String, at start: Int, _ stop: Int, label: String? = nil) {
        diagnostics.add(.error(message, at: Span(start: start, end: max(start, stop)), label: label))
    }

    // MARK: - Dispatch

    private mutating func lexOne() {
        let start = position
        let first = text[position]
        switch first {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
            position += 1
            sawSpace = true
        case UInt8(ascii: "/"):
            if byte(1) == UInt8(ascii: "/") {
                lineComment()
            } else if byte(1) == UInt8(ascii: "*") {
                blockComment()
            } else {
                position += 1
                emit(.slash, from: start)
            }
        case UInt8(ascii: "r"):
            if byte(1) == UInt8(ascii: "#"), isIdentStart(at: position + 2) {
                rawIdentifier()
            } else if byte(1) == UInt8(ascii: "#") || byte(1) == UInt8(ascii: "\"") {
                position += 1
                rawString(kind: .rawString, from: start)
            } else {
                identifier()
            }
        case UInt8(ascii: "b"):
            switch byte(1) {
            case UInt8(ascii: "'"):
                position += 2
                quoted(kind: .byte, from: start)
            case UInt8(ascii: "\""):
                position += 2
                quoted(kind: .byteString, from: start)
            case UInt8(ascii: "r") where byte(2) == UInt8(ascii: "\"") || byte(2) == UInt8(ascii: "#"):
                position += 2
                rawString(kind: .rawByteString, from: start)
            default:
                identifier()
            }
        case UInt8(ascii: "c") where edition >= .e2021:
            // C strings exist from 2021 on; before that `c"…"` is an identifier and a string.
            switch byte(1) {
            case UInt8(ascii: "\""):
                position += 2
                quoted(kind: .cString, from: start)
            case UInt8(ascii: "r") where byte(2) == UInt8(ascii: "\"") || byte(2) == UInt8(ascii: "#"):
                position += 2
                rawString(kind: .rawCString, from: start)
            default:
                identifier()
            }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            number()
        case UInt8(ascii: "'"):
            lifetimeOrChar()
        case UInt8(ascii: "\""):
            position += 1
            quoted(kind: .string, from: start)
        case UInt8(ascii: "#") where edition >= .e2024 && (byte(1) == UInt8(ascii: "#") || byte(1) == UInt8(ascii: "\"")):
            reservedGuard()
        default:
            if let kind = Lexer.punctuation[Int(first)] {
                position += 1
                emit(kind, from: start)
            } else if CharacterClasses.isASCIIIdentStart(first) {
                identifier()
            } else if first >= 0x80 {
                nonASCII()
            } else {
                position += 1
                unknownCharacter(from: start)
            }
        }
    }

    /// Single-character punctuation by byte value (slash is handled with comments).
    private static let punctuation: [TokenKind?] = {
        var table = [TokenKind?](repeating: nil, count: 256)
        let pairs: [(Character, TokenKind)] = [
            (";", .semicolon), (",", .comma), (".", .dot), ("(", .openParen), (")", .closeParen),
            ("{", .openBrace), ("}", .closeBrace), ("[", .openBracket), ("]", .closeBracket),
            ("@", .at), ("#", .pound), ("~", .tilde), ("?", .question), (":", .colon), ("$", .dollar),
            ("=", .eq), ("!", .bang), ("<", .lt), (">", .gt), ("-", .minus), ("&", .and), ("|", .or),
            ("+", .plus), ("*", .star), ("^", .caret), ("%", .percent),
        ]
        for (character, kind) in pairs {
            if let ascii = character.asciiValue { table[Int(ascii)] = kind }
        }
        return table
    }()

    private mutating func nonASCII() {
        let start = position
        guard let (value, length) = scalar(at: position) else {
            position += 1
            if !invalidUTF8Reported { report("source text is not valid UTF-8", at: start, position) }
            sawSpace = true
            return
        }
        if CharacterClasses.isUnicodeWhitespace(value) {
            position += length
            sawSpace = true
        } else if CharacterClasses.isXIDStart(value) {
            identifier()
        } else {
            position += length
            unknownCharacter(from: start)
        }
    }

    private mutating func unknownCharacter(from start: Int) {
        let shown = String(decoding: UnsafeBufferPointer(rebasing: text[start..<position]), as: UTF8.self)
        var message = "unknown start of token: "
        if let scalar = shown.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
            message += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
            message += shown
        }
        report(message, at: start, position)
        // Recovery: treat it like whitespace so the rest of the line still lexes.
        sawSpace = true
    }

    // MARK: - Comments

    private mutating func lineComment() {
        let start = position
        // `///` (but not `////`) is an outer doc comment, `//!` an inner one.
        let third = byte(2)
        let isOuterDoc = third == UInt8(ascii: "/") && byte(3) != UInt8(ascii: "/")
        let isInnerDoc = third == UInt8(ascii: "!")
        var cursor = position + 2
        while cursor < end, text[cursor] != 0x0A { cursor += 1 }
        position = cursor
        if isOuterDoc || isInnerDoc {
            checkBareCarriageReturn(in: start..<cursor, what: "doc comment")
            emit(.docComment, from: start, flags: isInnerDoc ? .innerDoc : [])
            sawSpace = true
        } else {
            sawSpace = true
        }
    }

    private mutating func blockComment() {
        let start = position
        // `/**` is an outer doc comment unless it is `/**/` or `/***`; `/*!` is inner.
        let third = byte(2)
        let isOuterDoc = third == UInt8(ascii: "*") && byte(3) != UInt8(ascii: "*") && byte(3) != UInt8(ascii: "/")
        let isInnerDoc = third == UInt8(ascii: "!")
        var depth = 1
        var cursor = position + 2
        while cursor < end {
            let current = text[cursor]
            if current == UInt8(ascii: "/"), cursor + 1 < end, text[cursor + 1] == UInt8(ascii: "*") {
                depth += 1
                cursor += 2
            } else if current == UInt8(ascii: "*"), cursor + 1 < end, text[cursor + 1] == UInt8(ascii: "/") {
                depth -= 1
                cursor += 2
                if depth == 0 { break }
            } else {
                cursor += 1
            }
        }
        position = cursor
        if depth > 0 {
            report(isOuterDoc || isInnerDoc ? "unterminated block doc comment" : "unterminated block comment",
                   at: start, start + 2, label: "the comment starts here and is never closed")
        }
        if isOuterDoc || isInnerDoc {
            checkBareCarriageReturn(in: start..<cursor, what: "doc comment")
            var flags: TokenFlags = [.blockDoc]
            if isInnerDoc { flags.insert(.innerDoc) }
            if depth > 0 { flags.insert(.malformed) }
            emit(.docComment, from: start, flags: flags)
        }
        sawSpace = true
    }

    /// A first line starting with `#!` is a shebang, unless the first token
    /// after `#!` is `[` (then it is an inner attribute). As in rustc, that
    /// token is found by the lexer itself, so whitespace (Unicode too) and
    /// comments are skipped exactly as everywhere else; doc comments count as tokens.
    private mutating func skipShebang() {
        guard byte(0) == UInt8(ascii: "#"), byte(1) == UInt8(ascii: "!") else { return }
        var probe = Lexer(text: text, range: (position + 2)..<end, edition: edition)
        probe.invalidUTF8Reported = true
        // Stop at the first token, or at anything rustc would lex as a token we
        // drop with an error (an unknown character such as U+00A0).
        while probe.position < probe.end, probe.tokens.isEmpty, probe.diagnostics.isEmpty {
            probe.lexOne()
        }
        if probe.diagnostics.isEmpty, probe.tokens.first?.kind == .openBracket { return }
        while position < end, text[position] != 0x0A { position += 1 }
        sawSpace = true
    }

    // MARK: - Identifiers and lifetimes

    private mutating func identifier() {
        let start = position
        position = skipIdentContinue(from: position + identStartLength(at: position))
        let kind = Keywords.lookup(text, start, position, edition: edition) ?? .ident
        emit(kind, from: start)
        checkReservedPrefix(start: start)
    }

    private func identStartLength(at index: Int) -> Int {
        let first = text[index]
        if first < 0x80 { return 1 }
        return scalar(at: index)?.length ?? 1
    }

    /// From 2021 on, an identifier glued to `#`, `"` or `'` is a reserved prefix.
    private mutating func checkReservedPrefix(start: Int) {
        guard edition >= .e2021, hasByte() else { return }
        let next = byte()
        guard next == UInt8(ascii: "#") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") else { return }
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: text[start..<position]), as: UTF8.self)
        diagnostics.add(
            Diagnostic.error("prefix `\(prefix)` is unknown", at: Span(start: start, end: position), label: "unknown prefix")
                .with(note: "prefixed identifiers and literals are reserved since Rust 2021")
                .with(help: "consider inserting whitespace here"))
        if let last = tokens.indices.last { tokens[last].flags.insert(.malformed) }
    }

    private mutating func rawIdentifier() {
        let start = position
        position += 2  // `r#`
        let nameStart = position
        position = skipIdentContinue(from: position + identStartLength(at: position))
        let name = String(decoding: UnsafeBufferPointer(rebasing: text[nameStart..<position]), as: UTF8.self)
        var flags: TokenFlags = [.raw]
        if ["_", "crate", "self", "super", "Self"].contains(name) {
            report("`\(name)` cannot be a raw identifier", at: start, position)
            flags.insert(.malformed)
        }
        emit(.ident, from: start, flags: flags)
    }

    /// `'a` (lifetime or label), `'r#a` (raw lifetime) or `'x'` (character literal).
    private mutating func lifetimeOrChar() {
        let start = position
        position += 1
        // `'x'` with a one-character body (not an escape) is a char; so is anything
        // whose first character cannot start an identifier (or a digit, for errors).
        let firstLength = scalar(at: position)?.length ?? 1
        let secondIsQuote = byte(firstLength) == UInt8(ascii: "'")
        let canBeLifetime: Bool
        if secondIsQuote {
            canBeLifetime = false
        } else {
            canBeLifetime = isIdentStart(at: position) || CharacterClasses.isDigit(byte())
        }
        if !canBeLifetime {
            charBody(from: start, kind: .char)
            return
        }
        // Raw lifetime `'r#name`, from 2021 on.
        if edition >= .e2021, byte() == UInt8(ascii: "r"), byte(1) == UInt8(ascii: "#"), isIdentStart(at: position + 2) {
            position += 2
            let nameStart = position
            position = skipIdentContinue(from: position + identStartLength(at: position))
            var flags: TokenFlags = [.raw]
            let name = String(decoding: UnsafeBufferPointer(rebasing: text[nameStart..<position]), as: UTF8.self)
            if ["_", "crate", "self", "super", "Self"].contains(name) {
                report("`'\(name)` cannot be a raw lifetime", at: start, position)
                flags.insert(.malformed)
            }
            if byte() == UInt8(ascii: "'") {
                // `'r#a'` is not a character literal either.
                position += 1
                report("character literal may only contain one codepoint", at: start, position)
                emit(.char, from: start, flags: .malformed)
                return
            }
            emit(.lifetime, from: start, flags: flags)
            return
        }
        let startsWithDigit = CharacterClasses.isDigit(byte())
        position += identStartLength(at: position)
        position = skipIdentContinue(from: position)
        if byte() == UInt8(ascii: "'") {
            // `'ab'`: a character literal with several characters.
            position += 1
            report("character literal may only contain one codepoint", at: start, position,
                   label: "if you meant to write a string literal, use double quotes")
            emit(.char, from: start, flags: .malformed)
            return
        }
        if startsWithDigit {
            report("lifetimes cannot start with a number", at: start, position)
            emit(.lifetime, from: start, flags: .malformed)
            return
        }
        emit(.lifetime, from: start)
        if edition >= .e2021, byte() == UInt8(ascii: "#") {
            report("prefix `\(String(decoding: UnsafeBufferPointer(rebasing: text[start..<position]), as: UTF8.self))` is unknown",
                   at: start, position, label: "unknown prefix")
        }
    }

    /// The rest of a char or byte literal after its opening quote.
    private mutating func charBody(from start: Int, kind: TokenKind) {
        let contentStart = position
        var terminated = false
        // One character followed by the closing quote (and not an escape).
        if byte() != UInt8(ascii: "\\"), let (_, length) = scalar(at: position), byte(length) == UInt8(ascii: "'") {
            position += length + 1
            terminated = true
        } else {
            while position < end {
                let current = text[position]
                if current == UInt8(ascii: "'") {
                    position += 1
                    terminated = true
                    break
                }
                // Stop at what is probably a comment, or a newline not followed by a quote.
                if current == UInt8(ascii: "/") { break }
                if current == 0x0A, byte(1) != UInt8(ascii: "'") { break }
                if current == UInt8(ascii: "\\") {
                    position += min(2, end - position)
                } else {
                    position += 1
                }
            }
        }
        var flags: TokenFlags = []
        if terminated {
            let contentEnd = position - 1
            if !LiteralValidator.validateQuoted(text, contentStart..<contentEnd, kind: kind, report: { self.report($0, at: $1, $2) }) {
                flags.insert(.malformed)
            }
            if eatSuffix() { flags.insert(.suffixed) }
        } else {
            report(kind == .byte ? "unterminated byte constant" : "unterminated character literal",
                   at: start, position)
            flags.insert(.malformed)
        }
        emit(kind, from: start, flags: flags)
    }

    // MARK: - Strings

    /// A `"…"`-delimited literal (or `b'…'` via `charBody`) after its opening quote.
    private mutating func quoted(kind: TokenKind, from start: Int) {
        if kind == .byte {
            charBody(from: start, kind: .byte)
            return
        }
        let contentStart = position
        var terminated = false
        while position < end {
            let current = text[position]
            position += 1
            if current == UInt8(ascii: "\"") {
                terminated = true
                break
            }
            if current == UInt8(ascii: "\\"), position < end, text[position] == UInt8(ascii: "\\") || text[position] == UInt8(ascii: "\"") {
                position += 1
            }
        }
        var flags: TokenFlags = []
        if terminated {
            if !LiteralValidator.validateQuoted(text, contentStart..<(position - 1), kind: kind, report: { self.report($0, at: $1, $2) }) {
                flags.insert(.malformed)
            }
            if eatSuffix() { flags.insert(.suffixed) }
        } else {
            let what = kind == .byteString ? "byte string" : kind == .cString ? "C string" : "string"
            report("unterminated double quote \(what)", at: start, min(start + (kind == .string ? 1 : 2), end),
                   label: "the literal starts here and never ends")
            flags.insert(.malformed)
        }
        emit(kind, from: start, flags: flags)
    }

    /// A raw string after its `r` / `br` / `cr` prefix: `#`*n, `"`, content, `"`, `#`*n.
    private mutating func rawString(kind: TokenKind, from start: Int) {
        var hashes = 0
        while byte() == UInt8(ascii: "#") {
            hashes += 1
            position += 1
        }
        guard byte() == UInt8(ascii: "\"") else {
            report("found invalid character; only `#` is allowed in raw string delimitation",
                   at: start, min(position + 1, end))
            emit(kind, from: start, flags: .malformed)
            return
        }
        position += 1
        let contentStart = position
        var terminated = false
        while position < end {
            if text[position] == UInt8(ascii: "\"") {
                var count = 0
                while count < hashes, position + 1 + count < end, text[position + 1 + count] == UInt8(ascii: "#") {
                    count += 1
                }
                if count == hashes {
                    let contentEnd = position
                    position += 1 + hashes
                    terminated = true
                    var flags: TokenFlags = []
                    if hashes > 255 {
                        report("too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols",
                               at: start, contentStart)
                        flags.insert(.malformed)
                    }
                    if !LiteralValidator.validateRaw(text, contentStart..<contentEnd, kind: kind, report: { self.report($0, at: $1, $2) }) {
                        flags.insert(.malformed)
                    }
                    if eatSuffix() { flags.insert(.suffixed) }
                    emit(kind, from: start, flags: flags)
                    return
                }
                position += 1 + count
            } else {
                position += 1
            }
        }
        if !terminated {
            var diagnostic = Diagnostic.error("unterminated raw string", at: Span(start: start, end: contentStart),
                                              label: "the literal starts here and never ends")
            if hashes > 0 {
                diagnostic = diagnostic.with(note: "this raw string should be terminated with `\"\(String(repeating: "#", count: hashes))`")
            }
            diagnostics.add(diagnostic)
            emit(kind, from: start, flags: .malformed)
        }
    }

    /// In 2024, `#"…"` and `##` are reserved.
    private mutating func reservedGuard() {
        let start = position
        var hashes = 0
        while byte() == UInt8(ascii: "#") {
            hashes += 1
            position += 1
        }
        if byte() == UInt8(ascii: "\"") {
            diagnostics.add(Diagnostic.error("invalid string literal", at: Span(start: start, end: position + 1), label: "unknown prefix")
                .with(note: "unprefixed guarded string literals are reserved for future use since Rust 2024"))
            // Recover as punctuation followed by the string.
            for index in 0..<hashes {
                let savedPosition = position
                position = start + index + 1
                emit(.pound, from: start + index, flags: .malformed)
                position = savedPosition
            }
            return
        }
        diagnostics.add(Diagnostic.error("reserved multi-hash token is forbidden", at: Span(start: start, end: position))
            .with(note: "sequences of two or more # are reserved for future use since Rust 2024"))
        let stop = position
        for index in 0..<hashes {
            position = start + index + 1
            emit(.pound, from: start + index, flags: .malformed)
        }
        position = stop
    }

    /// Eats a literal suffix (an identifier right after the literal). Returns whether one was present.
    @discardableResult
    private mutating func eatSuffix() -> Bool {
        guard isIdentStart(at: position) else { return false }
        let start = position
        position = skipIdentContinue(from: position + identStartLength(at: position))
        if position - start == 1, text[start] == UInt8(ascii: "_") {
            report("underscore literal suffix is not allowed", at: start, position)
        }
        return true
    }

    private mutating func checkBareCarriageReturn(in range: Range<Int>, what: String) {
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == 0x0D, !(index + 1 < end && text[index + 1] == 0x0A) {
                report("bare CR not allowed in \(what)", at: index, index + 1)
            }
            index += 1
        }
    }

    // MARK: - Numbers

    private mutating func number() {
        let start = position
        // After a lone `.` (a field access), a number is a tuple index: `x.0.1` is
        // `x . 0 . 1`, never the float `0.1`.
        let tupleIndex = isAfterLoneDot()
        var flags: TokenFlags = []
        // The `1` of `x.0.1` continues the split number before the dot.
        if tupleIndex, tokens.count >= 2, tokens[tokens.count - 2].flags.contains(.splitNumber) { flags.insert(.splitNumber) }
        var isFloat = false
        var radix = 10
        if text[position] == UInt8(ascii: "0"), hasByte(1) {
            switch byte(1) {
            case UInt8(ascii: "b"): radix = 2
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "x"): radix = 16
            default: break
            }
        }
        if radix != 10 {
            position += 2
            let digitsStart = position
            let hadDigits = radix == 16 ? eatHexDigits() : eatDecimalDigits()
            if !hadDigits {
                report("no valid digits found for number", at: start, position)
                flags.insert(.malformed)
            } else if radix != 16 {
                // Binary and octal literals lex any decimal digits; reject the ones out of range.
                var index = digitsStart
                while index < position {
                    let digit = text[index]
                    if digit != UInt8(ascii: "_"), Int(digit - UInt8(ascii: "0")) >= radix {
                        report("invalid digit for a base \(radix) literal", at: index, index + 1)
                        flags.insert(.malformed)
                        break
                    }
                    index += 1
                }
            }
        } else {
            _ = eatDecimalDigits()
        }
        // A fraction: `.` not followed by `.`, `_` or an identifier start.
        if !tupleIndex, byte() == UInt8(ascii: "."), byte(1) != UInt8(ascii: "."), !isIdentStart(at: position + 1) {
            isFloat = true
            position += 1
            if CharacterClasses.isDigit(byte()) {
                _ = eatDecimalDigits()
                if byte() == UInt8(ascii: "e") || byte() == UInt8(ascii: "E") {
                    flags.formUnion(exponent(from: start))
                }
            }
        } else if !tupleIndex, radix == 10 || radix == 2 || radix == 8, byte() == UInt8(ascii: "e") || byte() == UInt8(ascii: "E") {
            // An exponent, taken even with no digit after it, as rustc does
            // (for binary and octal this is an error reported below).
            isFloat = true
            flags.formUnion(exponent(from: start))
        }
        if isFloat, radix != 10 {
            report(radix == 16 ? "hexadecimal float literal is not supported" : "\(radix == 2 ? "binary" : "octal") float literal is not supported",
                   at: start, position)
            flags.insert(.malformed)
        }
        if eatSuffix() { flags.insert(.suffixed) }
        if tupleIndex, byte() == UInt8(ascii: "."), CharacterClasses.isDigit(byte(1)) {
            // `x.0.1`: rustc sees the float `0.1`; remember the split for macro matching.
            flags.insert(.splitNumber)
        }
        emit(isFloat ? .float : .integer, from: start, flags: flags)
    }

    /// Eats `e[+-]?digits`; reports an empty exponent.
    private mutating func exponent(from start: Int) -> TokenFlags {
        position += 1
        if byte() == UInt8(ascii: "+") || byte() == UInt8(ascii: "-") { position += 1 }
        if !eatDecimalDigits() {
            report("expected at least one digit in exponent", at: start, position)
            return .malformed
        }
        return []
    }

    /// Eats `[0-9_]*`; returns whether a digit was seen.
    private mutating func eatDecimalDigits() -> Bool {
        var sawDigit = false
        while position < end {
            let current = text[position]
            if CharacterClasses.isDigit(current) {
                sawDigit = true
            } else if current != UInt8(ascii: "_") {
                break
            }
            position += 1
        }
        return sawDigit
    }

    private mutating func eatHexDigits() -> Bool {
        var sawDigit = false
        while position < end {
            let current = text[position]
            if CharacterClasses.isHexDigit(current) {
                sawDigit = true
            } else if current != UInt8(ascii: "_") {
                break
            }
            position += 1
        }
        return sawDigit
    }

    /// The previous token is a `.` that is not part of `..`.
    private func isAfterLoneDot() -> Bool {
        let count = tokens.count
        guard count >= 1, tokens[count - 1].kind == .dot else { return false }
        if count >= 2, tokens[count - 2].kind == .dot, tokens[count - 2].isJoint { return false }
        return true
    }
}
