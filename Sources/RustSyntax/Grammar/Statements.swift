import Diagnostics

// Blocks and statements: `let` (with `else`), items, expression statements and
// the tail expression.

extension Parser {
    /// `{ inner-attributes statements tail? }`.
    /// `allowsInnerAttributes` is false for `if`/`else` blocks, where rustc refuses them.
    mutating func stmtList(allowsInnerAttributes: Bool = true) {
        let marker = start()
        guard enter() else {
            finish(marker, .stmtList)
            return
        }
        defer { leave() }
        if !expect(.openBrace) {
            finish(marker, .stmtList)
            return
        }
        if allowsInnerAttributes {
            innerAttributes()
        } else if atInnerAttribute {
            error("an inner attribute is not permitted in this context",
                  label: "inner attributes are not allowed in `if` and `else` blocks")
            innerAttributes()
        }
        statements(closing: .closeBrace)
        expectClosing(.closeBrace)
        finish(marker, .stmtList)
    }

    /// Statements up to `closing` (not consumed), or to the end of input when nil.
    mutating func statements(closing: TokenKind?) {
        while !atEnd {
            if let closing, at(closing) { return }
            let before = position
            statement()
            if position == before { skipAsError() }
        }
    }

    private mutating func statement() {
        let marker = start()
        outerAttributes()
        switch current {
        case .semicolon:
            if nodes.count > marker.node {
                error("expected statement after outer attribute", label: "attributes need something to apply to")
            }
            bump()
            finish(marker, .emptyStmt)
            return
        case .kwLet:
            letStatement(marker)
            return
        default:
            break
        }
        if atItemStart() {
            if !item(marker, context: .block) {
                errorExpected("item")
            }
            return
        }
        let hasAttributes = nodes.count > marker.node
        guard let expression = expression(minPrecedence: 0, [.statement]) else {
            // The error is reported; keep the attributes (if any) in a statement.
            if hasAttributes { finish(marker, .exprStmt) }
            if at(.semicolon) { bump() }
            return
        }
        let isMacro = expression.kind == .macroExpr
        if eat(.semicolon) {
            finish(marker, isMacro ? .macroStmt : .exprStmt)
            return
        }
        if at(.closeBrace) || atEnd {
            // The tail expression: the block's value.
            if hasAttributes { extend(expression, toStartAt: marker) }
            return
        }
        if isBlockLike(expression) {
            finish(marker, isMacro ? .macroStmt : .exprStmt)
            return
        }
        errorExpected("`;`")
        finish(marker, .exprStmt)
    }

    /// A statement as a macro's `stmt` fragment matches it: no trailing `;`
    /// (items keep theirs).
    mutating func statementFragment() {
        let marker = start()
        outerAttributes()
        if at(.kwLet) {
            letStatement(marker, requireSemicolon: false)
        } else if atItemStart() {
            if !item(marker, context: .block) { errorExpected("statement") }
        } else if expression(minPrecedence: 0, [.statement]) != nil {
            finish(marker, .exprStmt)
        }
    }

    /// `let PAT (: TYPE)? (= EXPR (else BLOCK)?)? ;`
    private mutating func letStatement(_ marker: Marker, requireSemicolon: Bool = true) {
        bump()  // `let`
        if let pattern = pattern(), pattern.kind == .orPat {
            // `let A | B = x;` needs parentheses: `let (A | B) = x;`.
            error("top-level or-patterns are not allowed in `let` bindings",
                  at: Span(start: Int(tokens[Int(nodes[pattern.index].firstToken)].start),
                           end: Int(tokens[max(0, Int(nodes[pattern.index].endToken) - 1)].end)),
                  label: "wrap the alternatives in parentheses")
        }
        if eat(.colon) { type() }
        if eat(.eq) {
            let initializer = expression()
            if at(.kwElse), let initializer {
                checkLetElseInitializer(initializer)
            }
            if at(.kwElse) {
                let elseMarker = start()
                bump()
                blockExpression()
                finish(elseMarker, .letElse)
            }
        }
        if requireSemicolon { expect(.semicolon) }
        finish(marker, .letStmt)
    }

    /// In `let … else`, the initializer may not end with `}` (it would read as
    /// `if … else`) nor be a lazy `&&`/`||` chain.
    private mutating func checkLetElseInitializer(_ initializer: Completed) {
        let node = nodes[initializer.index]
        let last = Int(node.endToken) - 1
        let span = Span(start: Int(tokens[Int(node.firstToken)].start), end: Int(tokens[max(Int(node.firstToken), last)].end))
        if last >= 0, tokens[last].kind == .closeBrace {
            error("right curly brace `}` before `else` in a `let...else` statement not allowed", at: span,
                  label: "wrap the expression in parentheses")
        } else if initializer.kind == .binExpr, let op = logicalOperator(initializer.index) {
            error("a `\(op)` expression cannot be directly assigned in `let...else`", at: span,
                  label: "wrap the expression in parentheses")
        }
    }

    /// `&&` or `||` when the binary expression node at `index` is one (its
    /// operator is the pair of glued tokens right after its first child).
    func logicalOperator(_ index: Int) -> String? {
        let node = nodes[index]
        var child = index - 1
        var first = -1
        while child >= Int(node.firstDescendant) {
            first = child
            child = Int(nodes[child].firstDescendant) - 1
        }
        guard first >= 0 else { return nil }
        let cursor = Int(nodes[first].endToken)
        guard cursor + 1 < Int(node.endToken), tokens[cursor].isJoint else { return nil }
        switch (tokens[cursor].kind, tokens[cursor + 1].kind) {
        case (.and, .and): return "&&"
        case (.or, .or): return "||"
        default: return nil
        }
    }

    /// Whether the tokens at the cursor begin an item (in a block, where
    /// `unsafe {`, `async move {`, `const {` and `static ||` are expressions).
    func atItemStart() -> Bool {
        switch current {
        case .kwFn, .kwStruct, .kwEnum, .kwTrait, .kwImpl, .kwType, .kwMod, .kwUse, .kwPub, .kwMacro:
            return true
        case .kwStatic:
            // `static || …` and `static move || …` are coroutine closures.
            return !(nth(1) == .or || nth(1) == .kwMove)
        case .kwConst:
            // `const {}` is a block, `const || …` a closure.
            switch nth(1) {
            case .openBrace, .or, .kwMove: return false
            case .kwAsync: return nth(2) == .kwFn || nth(2) == .kwUnsafe || nth(2) == .kwExtern
            default: return true
            }
        case .kwUnsafe:
            switch nth(1) {
            case .kwFn, .kwImpl, .kwTrait, .kwExtern, .kwMod: return true
            case .ident: return atContextual("auto", 1)
            default: return false
            }
        case .kwAsync:
            return nth(1) == .kwFn || (nth(1) == .kwUnsafe && nth(2) == .kwFn)
                || (nth(1) == .kwGen && nth(2) == .kwFn) || (nth(1) == .kwExtern)
        case .kwExtern:
            return true
        case .kwGen:
            return nth(1) == .kwFn
        case .kwCrate:
            // `crate fn` (old visibility) is not Rust; `crate::x` is a path.
            return false
        case .ident:
            if atContextual("union") { return nth(1) == .ident }
            if atContextual("auto") { return nth(1) == .kwTrait }
            if atContextual("macro_rules") { return nth(1) == .bang && (nth(2) == .ident || nth(2).isKeyword) }
            // `default` (specialization) and `safe` (extern blocks) items are not statements.
            return false
        default:
            return false
        }
    }
}
