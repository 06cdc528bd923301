import Diagnostics

// Patterns: bindings, literals, ranges, references, tuples, slices, structs,
// paths, or-patterns, boxes, macros and const blocks.

extension Parser {
    /// A pattern where `A | B` alternatives are allowed at the top (`let`, `match`,
    /// `if let`, parameters); a leading `|` is accepted too.
    @discardableResult
    mutating func pattern() -> Completed? {
        guard enter() else { return nil }
        defer { leave() }
        let marker = start()
        let leadingBar = at(.or) && !at(.or, .or)
        if leadingBar { bump() }
        guard let first = patternNoAlternatives() else {
            if leadingBar { return finish(marker, .orPat) }
            return nil
        }
        if atPatternAlternative {
            while atPatternAlternative {
                bump()
                patternNoAlternatives()
            }
            return finish(marker, .orPat)
        }
        if leadingBar { return finish(marker, .orPat) }
        return first
    }

    /// `|` separating alternatives (not `||`, and not the `|` closing closure parameters).
    private var atPatternAlternative: Bool { at(.or) && !at(.or, .or) && !at(.or, .eq) }

    /// A pattern without top-level alternatives (closure parameters, `@` subpatterns).
    @discardableResult
    mutating func patternNoAlternatives() -> Completed? {
        guard enter() else { return nil }
        defer { leave() }
        let marker = start()
        switch current {
        case .underscore:
            bump()
            return finish(marker, .wildcardPat)
        case .dot where atDotDot:
            // `..` alone is a rest pattern; `..=X` and `..X` are half-open ranges.
            if at(.dot, .dot, .eq) || (!at(.dot, .dot, .dot) && canBeginRangeEnd(2)) {
                bump(at(.dot, .dot, .eq) ? 3 : 2)
                rangeEnd()
                return finish(marker, .rangePat)
            }
            bump(2)
            return finish(marker, .restPat)
        case .and:
            bump()
            eat(.kwMut)
            if let operand = patternNoAlternatives(), operand.kind == .rangePat {
                // `&1..=2` could mean `&(1..=2)` or `(&1)..=2`.
                error("the range pattern here has ambiguous interpretation",
                      at: Span(start: Int(tokens[Int(nodes[operand.index].firstToken)].start),
                               end: Int(tokens[max(0, Int(nodes[operand.index].endToken) - 1)].end)),
                      label: "add parentheses to clarify the precedence")
            }
            return finish(marker, .refPat)
        case .openParen:
            return tupleOrParenPattern(marker)
        case .openBracket:
            bump()
            patternList(closing: .closeBracket)
            expectClosing(.closeBracket)
            return finish(marker, .slicePat)
        case .kwBox:
            bump()
            patternNoAlternatives()
            return finish(marker, .boxPat)
        case .kwRef, .kwMut:
            return identPattern(marker)
        case .kwConst where nth(1) == .openBrace:
            bump()
            blockExpression()
            let block = finish(marker, .constBlockPat)
            return rangePatternTail(block)
        case .bang:
            bump()
            return finish(marker, .neverPat)
        case .minus where nth(1) == .integer || nth(1) == .float:
            let literal = literalPattern(marker)
            return rangePatternTail(literal)
        case .integer, .float, .char, .byte, .string, .rawString, .byteString, .rawByteString, .cString, .rawCString,
             .kwTrue, .kwFalse:
            let literal = literalPattern(marker)
            return rangePatternTail(literal)
        case .ident where !isPathLikeAfterIdent(1):
            return identPattern(marker)
        default:
            if atPathStart {
                return pathPattern(marker)
            }
            errorExpected("pattern")
            return nil
        }
    }

    /// The token after an identifier makes it a path, tuple-struct, struct, macro or range pattern.
    private func isPathLikeAfterIdent(_ offset: Int) -> Bool {
        switch nth(offset) {
        case .openParen, .openBrace, .bang: return true
        case .colon: return atPathSeparator(offset)
        case .dot: return at(.dot, .dot, offset: offset)
        default: return false
        }
    }

    /// `ref? mut? name (@ pattern)?`.
    @discardableResult
    private mutating func identPattern(_ marker: Marker) -> Completed {
        eat(.kwRef)
        eat(.kwMut)
        if at(.ident) || at(.kwSelfValue) {
            let nameMarker = start()
            bump()
            finish(nameMarker, .name)
        } else {
            errorExpected("identifier")
        }
        if eat(.at) {
            patternNoAlternatives()
        }
        return finish(marker, .identPat)
    }

    @discardableResult
    private mutating func literalPattern(_ marker: Marker) -> Completed {
        if at(.minus) {
            let negation = start()
            bump()
            literal()
            finish(negation, .prefixExpr)
        } else {
            literal()
        }
        return finish(marker, .literalPat)
    }

    /// After a literal, path or const-block pattern: `..=`, `...` or `..` make it a range.
    private mutating func rangePatternTail(_ lower: Completed) -> Completed {
        guard atDotDot else { return lower }
        let marker = precede(lower)
        if at(.dot, .dot, .eq) || at(.dot, .dot, .dot) {
            bump(3)
            rangeEnd()
        } else {
            bump(2)
            // `a..` is half-open when nothing that can end a range follows.
            if canBeginRangeEnd() { rangeEnd() }
        }
        return finish(marker, .rangePat)
    }

    private func canBeginRangeEnd(_ offset: Int = 0) -> Bool {
        switch nth(offset) {
        case .integer, .float, .char, .byte, .string, .rawString, .byteString, .rawByteString, .cString, .rawCString,
             .kwTrue, .kwFalse, .minus, .ident, .kwSelfType, .kwSelfValue, .kwSuper, .kwCrate, .lt:
            return true
        case .kwConst: return nth(offset + 1) == .openBrace
        case .colon: return atPathSeparator(offset)
        default: return false
        }
    }

    /// The upper end of a range pattern: a literal, `-literal`, path or const block.
    private mutating func rangeEnd() {
        let marker = start()
        switch current {
        case .minus:
            literalPattern(marker)
        case .kwConst:
            bump()
            blockExpression()
            finish(marker, .constBlockPat)
        default:
            if current.isLiteral || at(.kwTrue) || at(.kwFalse) {
                literalPattern(marker)
            } else if atPathStart {
                path(.expression)
                finish(marker, .pathPat)
            } else {
                errorExpected("range pattern bound")
            }
        }
    }

    /// A path, then `(…)` tuple-struct, `{…}` struct, `!…` macro, a range, or a plain path.
    private mutating func pathPattern(_ marker: Marker) -> Completed {
        path(.expression)
        switch current {
        case .openParen:
            bump()
            patternList(closing: .closeParen)
            expectClosing(.closeParen)
            return finish(marker, .tupleStructPat)
        case .openBrace:
            recordPatternFields()
            return finish(marker, .recordPat)
        case .bang where !at(.bang, .eq) && nth(1).isOpenDelimiter:
            let call = precedeLast()
            bump()
            tokenTree()
            finish(call, .macroCall)
            return finish(marker, .macroPat)
        default:
            let pathPat = finish(marker, .pathPat)
            return rangePatternTail(pathPat)
        }
    }

    private mutating func tupleOrParenPattern(_ marker: Marker) -> Completed {
        bump()  // `(`
        if eat(.closeParen) { return finish(marker, .tuplePat) }
        var sawRest = false
        let list = commaSeparated(until: .closeParen) { parser in
            if parser.atDotDot, !parser.at(.dot, .dot, .eq) { sawRest = true }
            parser.pattern()
        }
        expectClosing(.closeParen)
        // `(p)` is a parenthesized pattern; `(p,)`, `(..)` and `(a, b)` are tuples.
        if list.count == 1, !list.trailingComma, !sawRest { return finish(marker, .parenPat) }
        return finish(marker, .tuplePat)
    }

    /// Comma-separated patterns up to a closing delimiter (not consumed).
    private mutating func patternList(closing: TokenKind) {
        commaSeparated(until: closing) { $0.pattern() }
    }

    /// `{ field: pat, ref mut name, box name, 0: pat, #[attr] f, .. }`.
    private mutating func recordPatternFields() {
        let marker = start()
        bump()  // `{`
        commaSeparated(until: .closeBrace) { parser in
            let isRest = parser.atDotDot
            parser.recordPatternField()
            if isRest, !parser.at(.closeBrace) {
                parser.errorExpected("`}` (`..` must be the last field of a struct pattern)")
            }
        }
        expectClosing(.closeBrace)
        finish(marker, .recordPatFieldList)
    }

    /// `name: pat`, `0: pat`, `ref mut name`, `box name`, `#[attr] field` or `..`.
    private mutating func recordPatternField() {
        let field = start()
        outerAttributes()
        if atDotDot {
            bump(2)
            finish(field, .restPat)
            return
        }
        if (at(.ident) || at(.integer)) && nth(1) == .colon && !atPathSeparator(1) {
            let nameMarker = start()
            bump()
            finish(nameMarker, .nameRef)
            bump()  // `:`
            pattern()
        } else if at(.kwBox) {
            // `box name` shorthand.
            let boxMarker = start()
            bump()
            identPattern(start())
            finish(boxMarker, .boxPat)
        } else if at(.kwRef) || at(.kwMut) || at(.ident) {
            identPattern(start())
        } else {
            errorExpected("field pattern")
        }
        finish(field, .recordPatField)
    }
}
