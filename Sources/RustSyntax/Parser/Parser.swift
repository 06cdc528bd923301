import Diagnostics

/// A recursive-descent parser over a token array that appends nodes in
/// post-order as they complete.
///
/// Grammar rules live in `Grammar/` as extensions, one file per syntactic
/// family. Every loop in a rule either consumes a token or stops, so parsing
/// always terminates; recursion is bounded by `maxDepth`.
struct Parser {
    let tokens: [Token]
    let source: UnsafeBufferPointer<UInt8>
    let edition: Edition
    /// Index of the token after the last one this parser may consume.
    let end: Int
    /// For each opening delimiter token, the index of its closing delimiter.
    let matchingDelimiter: [Int32]
    private(set) var position: Int
    var nodes: [RawNode] = []
    var diagnostics = DiagnosticSink()

    /// Grammar recursion depth and its limit (see `enter()`).
    private var depth = 0
    /// Counted in grammar entries (an expression, type, pattern, block or
    /// item), so one level of source nesting can cost two (a block holds a
    /// statement's expression). 512 entries keep every construct at least
    /// 256 levels deep, matching the bracket limit, on a small stack.
    static let maxDepth = 512
    private var depthErrorReported = false
    /// `$crate` is a path segment only in macro expansions.
    var allowsDollarCrate = false
    /// Position of the last error, to report at most one error per token.
    private var lastErrorPosition = -1

    init(tokens: [Token], source: UnsafeBufferPointer<UInt8>, edition: Edition, matchingDelimiter: [Int32],
         range: Range<Int>? = nil) {
        self.tokens = tokens
        self.source = source
        self.edition = edition
        self.matchingDelimiter = matchingDelimiter
        let eofIndex = max(0, tokens.count - 1)
        self.position = range?.lowerBound ?? 0
        self.end = min(range?.upperBound ?? eofIndex, eofIndex)
        nodes.reserveCapacity(tokens.count / 2 + 8)
    }

    // MARK: - Looking at tokens

    /// Kind of the token `offset` ahead, `.eof` past the end.
    @inline(__always)
    func nth(_ offset: Int) -> TokenKind {
        let index = position + offset
        return index < end ? tokens[index].kind : .eof
    }

    @inline(__always) var current: TokenKind { nth(0) }
    @inline(__always) func at(_ kind: TokenKind) -> Bool { nth(0) == kind }
    @inline(__always) var atEnd: Bool { position >= end }

    /// The token `offset` ahead is glued to the next one (`:` of `::`).
    @inline(__always)
    func isJoint(_ offset: Int) -> Bool {
        let index = position + offset
        return index < end && tokens[index].flags.contains(.joint)
    }

    /// Two glued punctuation tokens starting `offset` ahead.
    @inline(__always)
    func at(_ first: TokenKind, _ second: TokenKind, offset: Int = 0) -> Bool {
        nth(offset) == first && isJoint(offset) && nth(offset + 1) == second
    }

    /// Three glued punctuation tokens.
    @inline(__always)
    func at(_ first: TokenKind, _ second: TokenKind, _ third: TokenKind) -> Bool {
        nth(0) == first && isJoint(0) && nth(1) == second && isJoint(1) && nth(2) == third
    }

    @inline(__always) func atPathSeparator(_ offset: Int = 0) -> Bool { at(.colon, .colon, offset: offset) }
    @inline(__always) var atArrow: Bool { at(.minus, .gt) }
    @inline(__always) var atFatArrow: Bool { at(.eq, .gt) }
    @inline(__always) var atDotDot: Bool { at(.dot, .dot) }

    func token(_ offset: Int = 0) -> Token {
        let index = position + offset
        return index < end ? tokens[index] : tokens[end < tokens.count ? end : tokens.count - 1]
    }

    /// An identifier (not raw) spelled `word`, `offset` tokens ahead: contextual keywords.
    func atContextual(_ word: StaticString, _ offset: Int = 0) -> Bool {
        let index = position + offset
        guard index < end else { return false }
        let token = tokens[index]
        guard token.kind == .ident, !token.flags.contains(.raw) else { return false }
        let length = Int(token.end - token.start)
        guard length == word.utf8CodeUnitCount else { return false }
        let bytes = word.utf8Start
        var cursor = 0
        while cursor < length {
            if source[Int(token.start) + cursor] != bytes[cursor] { return false }
            cursor += 1
        }
        return true
    }

    /// Source text of a token, for messages.
    func text(of token: Token) -> String {
        let start = max(0, min(Int(token.start), source.count))
        let stop = max(start, min(Int(token.end), source.count))
        return String(decoding: UnsafeBufferPointer(rebasing: source[start..<stop]), as: UTF8.self)
    }

    // MARK: - Consuming

    @inline(__always)
    mutating func bump() {
        if position < end { position += 1 }
    }

    mutating func bump(_ count: Int) {
        position = min(end, position + count)
    }

    @discardableResult
    mutating func eat(_ kind: TokenKind) -> Bool {
        guard at(kind) else { return false }
        // rustc glues `::` first, so a colon glued to another is not a single `:`.
        if kind == .colon, atPathSeparator() { return false }
        bump()
        return true
    }

    /// Consumes `kind` or reports that it is missing (without consuming anything).
    @discardableResult
    mutating func expect(_ kind: TokenKind) -> Bool {
        if eat(kind) { return true }
        errorExpected(kind.displayName)
        return false
    }

    /// Consumes a glued two-token operator such as `::` or `=>`.
    @discardableResult
    mutating func expect(_ first: TokenKind, _ second: TokenKind) -> Bool {
        if at(first, second) {
            bump(2)
            return true
        }
        errorExpected("`\(first.fixedText ?? "")\(second.fixedText ?? "")`")
        return false
    }

    // MARK: - Lists

    /// Parses `element` repeatedly, separated by commas, up to `closing` (which
    /// is not consumed). Always makes progress: an element that consumes
    /// nothing is skipped as an error. Returns the number of elements and
    /// whether a comma ended the list (`(a,)` is a tuple, `(a)` is not).
    @discardableResult
    mutating func commaSeparated(until closing: TokenKind, _ element: (inout Parser) -> Void) -> (count: Int, trailingComma: Bool) {
        var count = 0
        var trailingComma = false
        while !at(closing), !atEnd {
            let before = position
            element(&self)
            count += 1
            trailingComma = false
            if !at(closing) {
                guard eat(.comma) else {
                    errorExpected("`,` or \(closing.displayName)")
                    break
                }
                trailingComma = true
            }
            if position == before { skipAsError() }
        }
        return (count, trailingComma)
    }

    // MARK: - Building nodes

    struct Marker {
        let node: Int
        let token: Int
    }

    struct Completed {
        let index: Int
        let kind: SyntaxKind
    }

    @inline(__always)
    func start() -> Marker { Marker(node: nodes.count, token: position) }

    @discardableResult
    @inline(__always)
    mutating func finish(_ marker: Marker, _ kind: SyntaxKind) -> Completed {
        nodes.append(RawNode(kind: kind, firstDescendant: UInt32(marker.node), firstToken: UInt32(marker.token),
                             endToken: UInt32(position)))
        return Completed(index: nodes.count - 1, kind: kind)
    }

    /// A marker starting where `completed` starts, to wrap it in a new parent
    /// (`a` becomes the left operand of `a + b`).
    @inline(__always)
    func precede(_ completed: Completed) -> Marker {
        let node = nodes[completed.index]
        return Marker(node: Int(node.firstDescendant), token: Int(node.firstToken))
    }

    /// Changes the kind of a completed node (a path that turned out to be a macro call).
    mutating func retag(_ completed: Completed, _ kind: SyntaxKind) -> Completed {
        nodes[completed.index].kind = kind
        return Completed(index: completed.index, kind: kind)
    }

    /// Extends a just-completed node backwards to start at `marker`, so nodes
    /// parsed before it (outer attributes) become its first children.
    mutating func extend(_ completed: Completed, toStartAt marker: Marker) {
        guard completed.index == nodes.count - 1 else { return }
        nodes[completed.index].firstDescendant = UInt32(min(Int(nodes[completed.index].firstDescendant), marker.node))
        nodes[completed.index].firstToken = UInt32(min(Int(nodes[completed.index].firstToken), marker.token))
    }

    // MARK: - Errors

    /// Describes the current token for "found …".
    func describeCurrent() -> String {
        let kind = current
        if kind == .eof { return "end of input" }
        let token = self.token()
        let spelled = text(of: token).escapedForMessage
        if kind.isKeyword, kind != .underscore { return "keyword `\(spelled)`" }
        if kind == .docComment { return "doc comment" }
        if kind.isLiteral { return "`\(spelled.count > 40 ? String(spelled.prefix(37)) + "..." : spelled)`" }
        return "`\(spelled)`"
    }

    /// Span of the current token (a zero-width span at the end for `.eof`).
    func currentSpan() -> Span {
        let token = self.token()
        return Span(start: Int(token.start), end: Int(token.end))
    }

    /// Reports an error at the current token, at most once per token position.
    mutating func error(_ message: String, label: String? = nil) {
        guard lastErrorPosition != position else { return }
        lastErrorPosition = position
        diagnostics.add(.error(message, at: currentSpan(), label: label))
    }

    mutating func error(_ message: String, at span: Span, label: String? = nil) {
        diagnostics.add(.error(message, at: span, label: label))
    }

    /// Reports a fully built diagnostic (one with several labels or notes).
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.add(diagnostic)
    }

    /// "expected X, found Y".
    mutating func errorExpected(_ what: String) {
        error("expected \(what), found \(describeCurrent())", label: "expected \(what)")
    }

    /// Wraps the current token (a whole token tree if it opens one) in an error node.
    mutating func skipAsError() {
        guard !atEnd else { return }
        let marker = start()
        skipTokenOrTree()
        finish(marker, .error)
    }

    /// Consumes one token, or a whole delimited group when at an opening delimiter.
    mutating func skipTokenOrTree() {
        guard !atEnd else { return }
        if current.isOpenDelimiter, position < matchingDelimiter.count {
            let close = Int(matchingDelimiter[position])
            if close > position, close < end {
                position = close + 1
                return
            }
        }
        bump()
    }

    // MARK: - Recursion bound

    /// Enters one level of grammar recursion. Returns false past the limit,
    /// after reporting it once and skipping the current token or group, so a
    /// rule can bail out; each caller must `leave()` only when this returns true.
    mutating func enter() -> Bool {
        if depth >= Parser.maxDepth {
            if !depthErrorReported {
                depthErrorReported = true
                diagnostics.add(
                    Diagnostic.error("this code is nested too deeply to be checked", at: currentSpan(),
                                     label: "nesting passes \(Parser.maxDepth) levels here")
                        .with(help: "split the expression, type or pattern into smaller pieces with `let` bindings or type aliases"))
            }
            skipAsError()
            return false
        }
        depth += 1
        return true
    }

    mutating func leave() { depth -= 1 }
}
