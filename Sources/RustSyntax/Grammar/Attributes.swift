// Attributes (`#[…]`, `#![…]`, doc comments) and token trees (macro and attribute input).

extension Parser {
    /// At an outer attribute: `#[` or an outer doc comment.
    var atOuterAttribute: Bool {
        if at(.pound) { return nth(1) == .openBracket }
        return at(.docComment) && !token().flags.contains(.innerDoc)
    }

    /// At an inner attribute: `#![` or an inner doc comment.
    var atInnerAttribute: Bool {
        if at(.pound) { return nth(1) == .bang && nth(2) == .openBracket }
        return at(.docComment) && token().flags.contains(.innerDoc)
    }

    /// Zero or more outer attributes. An inner attribute found here is an error
    /// (reported and parsed, so the rest still reads well).
    mutating func outerAttributes() {
        while true {
            if atOuterAttribute {
                attribute()
            } else if atInnerAttribute {
                error(at(.docComment) ? "an inner doc comment is not permitted here" : "an inner attribute is not permitted here",
                      label: "not permitted in this context")
                attribute()
            } else {
                return
            }
        }
    }

    /// Zero or more inner attributes (at the start of a file, module, block, impl…).
    mutating func innerAttributes() {
        while atInnerAttribute { attribute() }
    }

    /// One attribute or doc comment.
    mutating func attribute() {
        let marker = start()
        if at(.docComment) {
            bump()
            finish(marker, .attr)
            return
        }
        bump()  // `#`
        eat(.bang)
        if expect(.openBracket) {
            meta()
            expectClosing(.closeBracket)
        }
        finish(marker, .attr)
    }

    /// The inside of an attribute: `path`, `path(tokens)`, `path = expr`, or `unsafe(meta)`.
    mutating func meta() {
        let marker = start()
        if at(.kwUnsafe), nth(1) == .openParen {
            bump()
            bump()
            meta()
            expectClosing(.closeParen)
            finish(marker, .meta)
            return
        }
        if atPathStart {
            path(.module)
        } else {
            errorExpected("attribute path")
        }
        if current.isOpenDelimiter {
            tokenTree()
        } else if at(.eq) {
            bump()
            expression()
        }
        finish(marker, .meta)
    }

    /// Expects a closing delimiter; on anything else reports it and skips to the
    /// delimiter that closes the enclosing group (delimiters are balanced).
    mutating func expectClosing(_ kind: TokenKind) {
        if eat(kind) { return }
        errorExpected(kind.displayName)
        let marker = start()
        var skipped = false
        while !atEnd, !at(kind), !current.isCloseDelimiter {
            skipTokenOrTree()
            skipped = true
        }
        if skipped { finish(marker, .error) }
        eat(kind)
    }

    /// A delimited token tree, kept as nested `tokenTree` nodes. Built with an
    /// explicit stack: nesting depth costs no recursion.
    @discardableResult
    mutating func tokenTree() -> Completed? {
        guard current.isOpenDelimiter else {
            errorExpected("one of `(`, `[`, or `{`")
            return nil
        }
        var open: [Marker] = []
        var last: Completed?
        repeat {
            if current.isOpenDelimiter {
                open.append(start())
                bump()
            } else if current.isCloseDelimiter {
                bump()
                if let marker = open.popLast() { last = finish(marker, .tokenTree) }
            } else if atEnd {
                // Unreachable with balanced delimiters; close what is open.
                while let marker = open.popLast() { last = finish(marker, .tokenTree) }
            } else {
                bump()
            }
        } while !open.isEmpty
        return last
    }
}
