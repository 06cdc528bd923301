import Diagnostics

// Expressions, with rustc's precedence and associativity:
//   assignment (right) < range (none) < `||` < `&&` < comparison (none) < `|`
//   < `^` < `&` < shifts < `+ -` < `* / %` < `as` < unary < postfix.

/// Context that changes how an expression is read.
struct Restrictions: OptionSet {
    let rawValue: UInt8
    /// In `if`, `while`, `match` and `for` heads, `Path {` starts the body, not a struct literal.
    static let noStructLiteral = Restrictions(rawValue: 1 << 0)
    /// At the start of a statement a block-like expression (`if`, `match`, `{}`, loops)
    /// ends the statement: `{ } - 1` is two statements.
    static let statement = Restrictions(rawValue: 1 << 1)
    /// `let` is an expression only in `if`/`while` conditions and match guards.
    static let allowLet = Restrictions(rawValue: 1 << 2)
}

extension Parser {
    enum BinaryOperatorKind {
        case assignment, range, logicalOr, logicalAnd, comparison, bitOr, bitXor, bitAnd, shift, additive,
             multiplicative, cast
    }

    struct BinaryOperator {
        let kind: BinaryOperatorKind
        let precedence: Int
        let tokenCount: Int
    }

    static let rangePrecedence = 2
    static let comparisonPrecedence = 5

    /// The binary operator at the cursor, if any (glued punctuation decides `==` vs `=`).
    func currentBinaryOperator() -> BinaryOperator? {
        func op(_ kind: BinaryOperatorKind, _ precedence: Int, _ count: Int) -> BinaryOperator {
            BinaryOperator(kind: kind, precedence: precedence, tokenCount: count)
        }
        switch current {
        case .eq:
            if at(.eq, .eq) { return op(.comparison, 5, 2) }
            if at(.eq, .gt) { return nil }
            return op(.assignment, 1, 1)
        case .bang:
            return at(.bang, .eq) ? op(.comparison, 5, 2) : nil
        case .lt:
            if at(.lt, .lt) { return at(.lt, .lt, .eq) ? op(.assignment, 1, 3) : op(.shift, 9, 2) }
            if at(.lt, .eq) { return op(.comparison, 5, 2) }
            return op(.comparison, 5, 1)
        case .gt:
            if at(.gt, .gt) { return at(.gt, .gt, .eq) ? op(.assignment, 1, 3) : op(.shift, 9, 2) }
            if at(.gt, .eq) { return op(.comparison, 5, 2) }
            return op(.comparison, 5, 1)
        case .and:
            if at(.and, .and) { return op(.logicalAnd, 4, 2) }
            if at(.and, .eq) { return op(.assignment, 1, 2) }
            return op(.bitAnd, 8, 1)
        case .or:
            if at(.or, .or) { return op(.logicalOr, 3, 2) }
            if at(.or, .eq) { return op(.assignment, 1, 2) }
            return op(.bitOr, 6, 1)
        case .plus:
            return at(.plus, .eq) ? op(.assignment, 1, 2) : op(.additive, 10, 1)
        case .minus:
            if at(.minus, .eq) { return op(.assignment, 1, 2) }
            if at(.minus, .gt) { return nil }
            return op(.additive, 10, 1)
        case .star, .slash, .percent:
            return at(current, .eq) ? op(.assignment, 1, 2) : op(.multiplicative, 11, 1)
        case .caret:
            return at(.caret, .eq) ? op(.assignment, 1, 2) : op(.bitXor, 7, 1)
        case .dot:
            if at(.dot, .dot, .eq) || at(.dot, .dot, .dot) { return op(.range, 2, 3) }
            if atDotDot { return op(.range, 2, 2) }
            return nil
        case .kwAs:
            return op(.cast, 12, 1)
        default:
            return nil
        }
    }

    // MARK: - Entry points

    /// A full expression (assignment included).
    @discardableResult
    mutating func expression(_ restrictions: Restrictions = []) -> Completed? {
        expression(minPrecedence: 0, restrictions)
    }

    /// Operator-precedence loop: operands are unary expressions; operators of at
    /// least `minPrecedence` extend the left side.
    @discardableResult
    mutating func expression(minPrecedence: Int, _ restrictions: Restrictions) -> Completed? {
        guard enter() else { return nil }
        defer { leave() }
        var operandRestrictions = restrictions
        operandRestrictions.remove(.statement)

        var lhs: Completed
        if atDotDot {
            // A prefix range: `..`, `..b`, `..=b`.
            let marker = start()
            if at(.dot, .dot, .dot) {
                error("unexpected token: `...`", label: "use `..` for an exclusive range or `..=` for an inclusive range")
            }
            let inclusive = at(.dot, .dot, .eq) || at(.dot, .dot, .dot)
            bump(inclusive ? 3 : 2)
            if canBeginExpression(operandRestrictions) {
                expression(minPrecedence: Parser.rangePrecedence + 1, operandRestrictions)
            } else if inclusive {
                errorExpected("expression after `..=`")
            }
            lhs = finish(marker, .rangeExpr)
        } else {
            guard let operand = unaryExpression(restrictions) else { return nil }
            lhs = operand
            if restrictions.contains(.statement), isBlockLike(operand) {
                // `match x {} - 1` in statement position is two statements.
                return operand
            }
        }

        while let op = currentBinaryOperator(), op.precedence >= minPrecedence {
            let marker = precede(lhs)
            switch op.kind {
            case .cast:
                bump()
                type(allowPlus: false)
                lhs = finish(marker, .castExpr)
            case .range:
                let inclusive = op.tokenCount == 3
                if at(.dot, .dot, .dot) {
                    error("unexpected token: `...`", label: "use `..` for an exclusive range or `..=` for an inclusive range")
                }
                bump(op.tokenCount)
                if canBeginExpression(operandRestrictions) {
                    expression(minPrecedence: Parser.rangePrecedence + 1, operandRestrictions)
                } else if inclusive {
                    errorExpected("expression after `..=`")
                }
                lhs = finish(marker, .rangeExpr)
                // Ranges do not chain: only an assignment may follow.
                if let next = currentBinaryOperator(), next.kind == .range {
                    error("a range cannot be the start of another range", label: "parenthesize one of the ranges")
                    return lhs
                }
            case .assignment:
                bump(op.tokenCount)
                expression(minPrecedence: op.precedence, operandRestrictions)
                lhs = finish(marker, .binExpr)
            case .comparison:
                if at(.lt, .minus) {
                    // rustc lexes `<-` as one (unused) token.
                    error("unexpected token: `<-`",
                          label: "for a comparison with a negative value, put a space between `<` and `-`")
                }
                bump(op.tokenCount)
                expression(minPrecedence: op.precedence + 1, operandRestrictions)
                lhs = finish(marker, .binExpr)
                if let next = currentBinaryOperator(), next.kind == .comparison {
                    error("comparison operators cannot be chained",
                          label: "use `&&` between two comparisons, or `::<…>` to give generic arguments")
                }
            default:
                bump(op.tokenCount)
                expression(minPrecedence: op.precedence + 1, operandRestrictions)
                lhs = finish(marker, .binExpr)
            }
        }
        return lhs
    }

    /// Block-like expressions end a statement without `;` and take no binary operator after them there.
    func isBlockLike(_ expression: Completed) -> Bool {
        switch expression.kind {
        case .ifExpr, .matchExpr, .loopExpr, .whileExpr, .forExpr:
            return true
        case .blockExpr:
            // `async {}` and `gen {}` blocks are values that need a `;` (rustc agrees).
            let first = tokens[Int(nodes[expression.index].firstToken)].kind
            return first != .kwAsync && first != .kwGen
        case .macroExpr:
            // A macro called with braces: `m! { … }`.
            let last = Int(nodes[expression.index].endToken) - 1
            return last >= 0 && tokens[last].kind == .closeBrace
        default:
            return false
        }
    }

    /// Tokens that can begin an expression, given the restrictions in force.
    func canBeginExpression(_ restrictions: Restrictions = [], _ offset: Int = 0) -> Bool {
        switch nth(offset) {
        case .openBrace:
            return !restrictions.contains(.noStructLiteral)
        case .integer, .float, .char, .byte, .string, .rawString, .byteString, .rawByteString, .cString, .rawCString,
             .ident, .lifetime, .openParen, .openBracket, .bang, .minus, .star, .and, .or, .lt, .pound, .dot,
             .kwSelfValue, .kwSelfType, .kwSuper, .kwCrate, .kwTrue, .kwFalse, .underscore,
             .kwIf, .kwMatch, .kwLoop, .kwWhile, .kwFor, .kwUnsafe, .kwAsync, .kwConst, .kwMove, .kwStatic,
             .kwReturn, .kwBreak, .kwContinue, .kwYield, .kwBecome, .kwLet, .kwBox, .kwTry, .kwGen, .kwDo, .dollar:
            return true
        case .colon:
            return atPathSeparator(offset)
        default:
            return false
        }
    }

    // MARK: - Unary and postfix

    @discardableResult
    mutating func unaryExpression(_ restrictions: Restrictions) -> Completed? {
        var inner = restrictions
        inner.remove(.statement)
        switch current {
        case .minus, .bang, .star:
            guard enter() else { return nil }
            defer { leave() }
            let marker = start()
            bump()
            unaryExpression(inner)
            return finish(marker, .prefixExpr)
        case .and:
            guard enter() else { return nil }
            defer { leave() }
            let marker = start()
            bump()
            if atContextual("raw"), nth(1) == .kwConst || nth(1) == .kwMut {
                bump(2)
            } else {
                eat(.kwMut)
            }
            unaryExpression(inner)
            return finish(marker, .refExpr)
        case .kwBox:
            guard enter() else { return nil }
            defer { leave() }
            let marker = start()
            error("`box` expressions are not part of Rust any more", label: "write `Box::new(…)` instead")
            bump()
            unaryExpression(inner)
            return finish(marker, .boxExpr)
        default:
            guard let primary = primaryExpression(restrictions) else { return nil }
            return postfixExpression(primary, restrictions)
        }
    }

    /// `?`, `.field`, `.0`, `.method::<T>(…)`, `.await`, calls and indexing.
    private mutating func postfixExpression(_ primary: Completed, _ restrictions: Restrictions) -> Completed {
        var lhs = primary
        // In statement position a block-like expression accepts `.` and `?` but not `(…)` or `[…]`.
        var blockLikeStatement = restrictions.contains(.statement) && isBlockLike(primary)
        while true {
            switch current {
            case .question:
                let marker = precede(lhs)
                bump()
                lhs = finish(marker, .tryExpr)
            case .dot where !atDotDot:
                lhs = dotSuffix(lhs)
            case .openParen where !blockLikeStatement:
                let marker = precede(lhs)
                argumentList()
                lhs = finish(marker, .callExpr)
            case .openBracket where !blockLikeStatement:
                let marker = precede(lhs)
                bump()
                expression()
                expectClosing(.closeBracket)
                lhs = finish(marker, .indexExpr)
            default:
                return lhs
            }
            blockLikeStatement = false
        }
    }

    private mutating func dotSuffix(_ lhs: Completed) -> Completed {
        let marker = precede(lhs)
        bump()  // `.`
        switch current {
        case .kwAwait:
            bump()
            if at(.openParen) {
                error("incorrect use of `await`", label: "`await` is not a method call: remove the parentheses")
            }
            return finish(marker, .awaitExpr)
        case .integer, .float:
            // A tuple index (`x.0`; the lexer splits `x.0.1`).
            let field = start()
            if token().flags.contains(.suffixed) {
                error("suffixes on a tuple index are invalid", label: "invalid suffix")
            }
            bump()
            finish(field, .nameRef)
            return finish(marker, .fieldExpr)
        default:
            // rustc's parser takes path-segment keywords here (and `.use`); other keywords it refuses.
            if current.isKeyword, ![.kwSelfValue, .kwSelfType, .kwSuper, .kwCrate, .kwUse].contains(current) {
                error("expected identifier, found \(describeCurrent())",
                      label: "a field or method name cannot be a keyword (write `r#name`)")
            }
            if current.isIdentOrKeyword {
                let field = start()
                bump()
                finish(field, .nameRef)
                if atPathSeparator(), nth(2) == .lt {
                    genericArgList(turbofish: true)
                    if !at(.openParen) { errorExpected("`(`") }
                }
                if at(.openParen) {
                    argumentList()
                    return finish(marker, .methodCallExpr)
                }
                return finish(marker, .fieldExpr)
            }
            errorExpected("field or method name")
            return finish(marker, .fieldExpr)
        }
    }

    /// `(a, b, …)` of a call.
    mutating func argumentList() {
        let marker = start()
        bump()  // `(`
        expressionList(closing: .closeParen)
        expectClosing(.closeParen)
        finish(marker, .argList)
    }

    /// Comma-separated expressions up to a closing delimiter (not consumed).
    private mutating func expressionList(closing: TokenKind) {
        commaSeparated(until: closing) { $0.expression() }
    }

    // MARK: - Primary expressions

    mutating func literal() {
        let marker = start()
        if current.isLiteral || at(.kwTrue) || at(.kwFalse) {
            checkLiteralSuffix(token())
            bump()
        } else {
            errorExpected("literal")
        }
        finish(marker, .literal)
    }

    private mutating func primaryExpression(_ restrictions: Restrictions) -> Completed? {
        let marker = start()
        switch current {
        case .integer, .float, .char, .byte, .string, .rawString, .byteString, .rawByteString, .cString, .rawCString,
             .kwTrue, .kwFalse:
            literal()
            return Completed(index: nodes.count - 1, kind: .literal)
        case .openParen:
            return parenOrTupleExpression(marker)
        case .openBracket:
            return arrayExpression(marker)
        case .openBrace:
            return blockExpression()
        case .pound where atOuterAttribute || atInnerAttribute, .docComment:
            // (A doc comment on an expression is accepted, as rustc does, with nothing to document.)
            // Outer attributes on an expression belong to it.
            guard enter() else { return nil }
            defer { leave() }
            outerAttributes()
            guard let inner = unaryExpression(restrictions) else { return nil }
            extend(inner, toStartAt: marker)
            return inner
        case .kwUnsafe:
            bump()
            stmtList()
            return finish(marker, .blockExpr)
        case .kwAsync:
            if nth(1) == .openBrace || (nth(1) == .kwMove && nth(2) == .openBrace) || (nth(1) == .kwGen && canBeginGenBlock(2)) {
                bump()
                eat(.kwGen)
                eat(.kwMove)
                stmtList()
                return finish(marker, .blockExpr)
            }
            return closureExpression(marker, restrictions)
        case .kwGen where canBeginGenBlock(1):
            bump()
            eat(.kwMove)
            stmtList()
            return finish(marker, .blockExpr)
        case .kwConst:
            if nth(1) == .openBrace {
                bump()
                stmtList()
                return finish(marker, .blockExpr)
            }
            return closureExpression(marker, restrictions)
        case .kwTry where nth(1) == .openBrace:
            bump()
            stmtList()
            return finish(marker, .blockExpr)
        case .kwMove, .kwStatic, .or:
            return closureExpression(marker, restrictions)
        case .kwFor:
            if nth(1) == .lt { return closureExpression(marker, restrictions) }
            return forExpression(marker)
        case .lifetime:
            return labeledExpression(marker)
        case .kwIf:
            return ifExpression()
        case .kwMatch:
            return matchExpression(marker)
        case .kwLoop:
            bump()
            blockExpression()
            return finish(marker, .loopExpr)
        case .kwWhile:
            return whileExpression(marker)
        case .kwReturn:
            bump()
            if canBeginExpression(restrictions.subtracting(.statement)) { expression(restrictions.subtracting(.statement)) }
            return finish(marker, .returnExpr)
        case .kwBreak:
            bump()
            if at(.lifetime) { lifetime() }
            if canBeginExpression(restrictions.subtracting(.statement)) {
                expression(restrictions.subtracting(.statement))
            }
            return finish(marker, .breakExpr)
        case .kwContinue:
            bump()
            if at(.lifetime) { lifetime() }
            return finish(marker, .continueExpr)
        case .kwYield:
            bump()
            if canBeginExpression(restrictions.subtracting(.statement)) { expression(restrictions.subtracting(.statement)) }
            return finish(marker, .yieldExpr)
        case .kwBecome:
            bump()
            expression(restrictions.subtracting(.statement))
            return finish(marker, .becomeExpr)
        case .kwDo where atContextual("yeet", 1):
            bump(2)
            if canBeginExpression(restrictions.subtracting(.statement)) { expression(restrictions.subtracting(.statement)) }
            return finish(marker, .yeetExpr)
        case .kwLet:
            return letExpression(marker, restrictions)
        case .underscore:
            bump()
            return finish(marker, .underscoreExpr)
        default:
            if atPathStart {
                return pathStartExpression(marker, restrictions)
            }
            errorExpected("expression")
            // Consume the token unless it can end an enclosing construct.
            switch current {
            case .closeParen, .closeBrace, .closeBracket, .semicolon, .comma, .eof:
                return nil
            default:
                if current == .eq, atFatArrow { return nil }
                skipAsError()
                return nil
            }
        }
    }

    /// `gen {` / `gen move {` (2024 edition, where `gen` is a keyword).
    private func canBeginGenBlock(_ offset: Int) -> Bool {
        nth(offset) == .openBrace || (nth(offset) == .kwMove && nth(offset + 1) == .openBrace)
    }

    /// A path, then a macro call `!`, a struct literal `{`, or just the path.
    private mutating func pathStartExpression(_ marker: Marker, _ restrictions: Restrictions) -> Completed {
        path(.expression)
        if at(.bang), !at(.bang, .eq), nth(1).isOpenDelimiter {
            let call = precedeLast()
            bump()
            tokenTree()
            finish(call, .macroCall)
            return finish(marker, .macroExpr)
        }
        if at(.openBrace), !restrictions.contains(.noStructLiteral) {
            recordExpressionFields()
            return finish(marker, .recordExpr)
        }
        return finish(marker, .pathExpr)
    }

    /// `{ field: expr, shorthand, 0: expr, ..base }`.
    private mutating func recordExpressionFields() {
        let marker = start()
        bump()  // `{`
        while !at(.closeBrace), !atEnd {
            let before = position
            if atDotDot {
                // Functional update `..base`, or `..` alone (default field values).
                bump(2)
                if !at(.closeBrace) { expression() }
                break
            }
            let field = start()
            outerAttributes()
            if (current.isIdentOrKeyword || at(.integer)) && nth(1) == .colon && !atPathSeparator(1) {
                let name = start()
                bump()
                finish(name, .nameRef)
                bump()  // `:`
                expression()
            } else if at(.ident) || at(.kwSelfValue) {
                // Shorthand `field` (as a path expression naming the binding).
                let path = start()
                let segment = start()
                let name = start()
                bump()
                finish(name, .nameRef)
                finish(segment, .pathSegment)
                finish(path, .path)
                finish(path, .pathExpr)
            } else {
                errorExpected("field name")
            }
            finish(field, .recordExprField)
            if !at(.closeBrace) {
                if !expect(.comma) { break }
            }
            if position == before { skipAsError() }
        }
        expectClosing(.closeBrace)
        finish(marker, .recordExprFieldList)
    }

    private mutating func parenOrTupleExpression(_ marker: Marker) -> Completed {
        bump()  // `(`
        if eat(.closeParen) { return finish(marker, .tupleExpr) }
        let list = commaSeparated(until: .closeParen) { $0.expression() }
        expectClosing(.closeParen)
        return finish(marker, list.count == 1 && !list.trailingComma ? .parenExpr : .tupleExpr)
    }

    private mutating func arrayExpression(_ marker: Marker) -> Completed {
        bump()  // `[`
        if eat(.closeBracket) { return finish(marker, .arrayExpr) }
        expression()
        if eat(.semicolon) {
            expression()
        } else if !at(.closeBracket) {
            if expect(.comma) { expressionList(closing: .closeBracket) }
        }
        expectClosing(.closeBracket)
        return finish(marker, .arrayExpr)
    }

    /// `{ … }` as an expression.
    @discardableResult
    mutating func blockExpression(allowsInnerAttributes: Bool = true) -> Completed {
        let marker = start()
        stmtList(allowsInnerAttributes: allowsInnerAttributes)
        return finish(marker, .blockExpr)
    }

    /// `'label: loop/while/for/{ … }`.
    private mutating func labeledExpression(_ marker: Marker) -> Completed? {
        guard nth(1) == .colon, !atPathSeparator(1) else {
            errorExpected("expression")
            skipAsError()
            return nil
        }
        if isKeywordLifetime(token()) {
            error("labels cannot use keyword names", label: "this label is a keyword")
        }
        let label = start()
        bump(2)
        finish(label, .label)
        switch current {
        case .kwLoop:
            bump()
            blockExpression()
            return finish(marker, .loopExpr)
        case .kwWhile:
            return whileExpression(marker)
        case .kwFor:
            return forExpression(marker)
        case .openBrace:
            stmtList()
            return finish(marker, .blockExpr)
        case .kwUnsafe where nth(1) == .openBrace:
            error("labeled blocks cannot be `unsafe`", label: "remove the label or the `unsafe`")
            bump()
            stmtList()
            return finish(marker, .blockExpr)
        default:
            errorExpected("`while`, `for`, `loop` or `{` after a label")
            return finish(marker, .error)
        }
    }

    /// `if c {} else if d {} else {}`: the `else if` chain is read iteratively,
    /// each `if` a node nested in the previous one's `else`.
    private mutating func ifExpression() -> Completed {
        var markers: [Marker] = []
        while true {
            markers.append(start())
            bump()  // `if`
            condition()
            blockExpression(allowsInnerAttributes: false)
            if eat(.kwElse) {
                if at(.kwIf) { continue }
                if at(.openBrace) {
                    blockExpression(allowsInnerAttributes: false)
                } else {
                    errorExpected("`{` or `if` after `else`")
                }
            }
            break
        }
        var last = Completed(index: nodes.count - 1, kind: .ifExpr)
        for marker in markers.reversed() {
            last = finish(marker, .ifExpr)
        }
        return last
    }

    /// The condition of `if` / `while`: struct literals off, `let` allowed.
    private mutating func condition() {
        guard let condition = expression([.noStructLiteral, .allowLet]) else { return }
        checkLetPlacement(condition)
    }

    /// `let` may stand alone as a condition, or (from 2024 on) be chained with
    /// `&&`; under `||` or `!` rustc refuses it. Only operators are followed
    /// from the condition's root: a `let` in a nested block or closure has
    /// its own condition.
    mutating func checkLetPlacement(_ condition: Completed) {
        var lets: [(index: Int, inChain: Bool)] = []
        var pending: [(index: Int, inChain: Bool)] = [(condition.index, true)]
        var isChain = false
        while let (index, inChain) = pending.popLast() {
            let node = nodes[index]
            switch node.kind {
            case .letExpr:
                lets.append((index, inChain))
            case .binExpr, .prefixExpr, .rangeExpr, .castExpr:
                let isAnd = node.kind == .binExpr && logicalOperator(index) == "&&"
                if isAnd, inChain { isChain = true }
                var child = index - 1
                while child >= Int(node.firstDescendant) {
                    pending.append((child, inChain && isAnd))
                    child = Int(nodes[child].firstDescendant) - 1
                }
            default:
                break
            }
        }
        for (index, inChain) in lets where !inChain {
            let node = nodes[index]
            let span = Span(start: Int(tokens[Int(node.firstToken)].start),
                            end: Int(tokens[max(Int(node.firstToken), Int(node.endToken) - 1)].end))
            error("expected expression, found `let` statement", at: span,
                  label: "`let` is only allowed directly in a condition, or chained with `&&`")
        }
        if isChain, edition < .e2024, let first = lets.filter(\.inChain).map(\.index).min() {
            let token = tokens[Int(nodes[first].firstToken)]
            error("let chains are only allowed in Rust 2024 or later", at: Span(start: Int(token.start), end: Int(token.end)),
                  label: "this `let` is chained with `&&`")
        }
    }

    /// `'static`, `'_` and lifetimes spelled like keywords cannot be labels.
    func isKeywordLifetime(_ token: Token) -> Bool {
        let start = Int(token.start) + 1
        let end = Int(token.end)
        guard start < end, !token.flags.contains(.raw) else { return false }
        if end - start == 1, source[start] == UInt8(ascii: "_") { return true }
        return Keywords.lookup(source, start, end, edition: edition) != nil
            || (end - start == 6 && String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self) == "static")
    }

    /// `let PAT = EXPR` inside a condition; the scrutinee binds tighter than `&&`.
    private mutating func letExpression(_ marker: Marker, _ restrictions: Restrictions) -> Completed {
        if !restrictions.contains(.allowLet) {
            error("expected expression, found `let` statement",
                  label: "`let` is only an expression in `if` and `while` conditions and match guards")
        }
        bump()  // `let`
        pattern()
        if expect(.eq) {
            var scrutinee = restrictions.subtracting([.statement, .allowLet])
            scrutinee.formUnion(restrictions.intersection(.noStructLiteral))
            expression(minPrecedence: Parser.comparisonPrecedence, scrutinee)
        }
        return finish(marker, .letExpr)
    }

    private mutating func whileExpression(_ marker: Marker) -> Completed {
        bump()  // `while`
        condition()
        blockExpression()
        return finish(marker, .whileExpr)
    }

    private mutating func forExpression(_ marker: Marker) -> Completed {
        bump()  // `for`
        pattern()
        if expect(.kwIn) {
            expression([.noStructLiteral])
        }
        blockExpression()
        return finish(marker, .forExpr)
    }

    private mutating func matchExpression(_ marker: Marker) -> Completed {
        bump()  // `match`
        expression([.noStructLiteral])
        let list = start()
        if expect(.openBrace) {
            innerAttributes()
            while !at(.closeBrace), !atEnd {
                let before = position
                matchArm()
                if position == before { skipAsError() }
            }
            expectClosing(.closeBrace)
        }
        finish(list, .matchArmList)
        return finish(marker, .matchExpr)
    }

    private mutating func matchArm() {
        let marker = start()
        outerAttributes()
        pattern()
        if at(.kwIf) {
            let guardMarker = start()
            bump()
            expression([.allowLet])
            finish(guardMarker, .matchGuard)
        }
        if atFatArrow {
            bump(2)
            let body = expression([.statement])
            if eat(.comma) {
                // Separator present.
            } else if at(.closeBrace) || atEnd {
                // Last arm.
            } else if let body, isBlockLike(body), body.kind != .macroExpr {
                // `{ … }`-bodied arms need no comma (a braced macro call does).
            } else {
                errorExpected("`,` following `match` arm")
            }
        } else if !at(.comma), !at(.closeBrace) {
            // Never-pattern arms (`!`) have no body; anything else needs `=>`.
            errorExpected("`=>`")
            eat(.comma)
        } else {
            eat(.comma)
        }
        finish(marker, .matchArm)
    }

    /// `move? |params| body`, `async move? |…|`, `static ||`, `for<'a> |…|`, `const ||`.
    private mutating func closureExpression(_ marker: Marker, _ restrictions: Restrictions) -> Completed {
        if at(.kwFor) { forBinder() }
        eat(.kwConst)
        eat(.kwStatic)
        eat(.kwAsync)
        eat(.kwMove)
        let parameters = start()
        if at(.or, .or) {
            bump(2)
            finish(parameters, .paramList)
        } else if eat(.or) {
            commaSeparated(until: .or) { parser in
                let parameter = parser.start()
                parser.outerAttributes()
                parser.patternNoAlternatives()
                if parser.eat(.colon) { parser.type() }
                parser.finish(parameter, .param)
            }
            expect(.or)
            finish(parameters, .paramList)
        } else {
            errorExpected("`|`")
            return finish(marker, .closureExpr)
        }
        if atArrow {
            returnType(allowPlus: false)
            if at(.openBrace) {
                blockExpression()
            } else {
                errorExpected("`{` (a closure with a return type needs a block body)")
            }
        } else {
            expression(restrictions.subtracting([.statement, .allowLet]))
        }
        return finish(marker, .closureExpr)
    }

    // MARK: - Literal suffixes

    private static let integerSuffixes: Set<String> = ["u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "u128", "i128", "usize", "isize"]
    private static let floatSuffixes: Set<String> = ["f16", "f32", "f64", "f128"]

    /// Suffixes are checked where a literal is used as a value (not in macro input).
    private mutating func checkLiteralSuffix(_ token: Token) {
        guard token.flags.contains(.suffixed), !token.flags.contains(.malformed) else { return }
        let text = self.text(of: token)
        switch token.kind {
        case .integer, .float:
            // The suffix starts at the first letter that is not part of the digits.
            let bytes = Array(text.utf8)
            var index = 0
            let isRadix = bytes.count > 2 && bytes[0] == UInt8(ascii: "0")
                && (bytes[1] == UInt8(ascii: "x") || bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "b"))
            if isRadix { index = 2 }
            while index < bytes.count {
                let byte = bytes[index]
                let isDigit = isRadix && bytes[1] == UInt8(ascii: "x") ? CharacterClasses.isHexDigit(byte) : CharacterClasses.isDigit(byte)
                if isDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                    index += 1
                } else if token.kind == .float, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                    index += 1
                    if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                } else {
                    break
                }
            }
            let suffix = String(decoding: bytes[index...], as: UTF8.self)
            if token.kind == .integer, Self.integerSuffixes.contains(suffix) || (!isRadix && Self.floatSuffixes.contains(suffix)) { return }
            if token.kind == .float, Self.floatSuffixes.contains(suffix) { return }
            error("invalid suffix `\(suffix)` for \(token.kind == .integer ? "number" : "float") literal",
                  label: "invalid suffix `\(suffix)`")
        default:
            error("suffixes on \(token.kind.displayName)s are invalid", label: "invalid suffix")
        }
    }
}
