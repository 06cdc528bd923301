// Views of expressions and statements.

public struct LiteralSyntax: SingleKindView {
    public static let kind = SyntaxKind.literal
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var token: SyntaxToken? { syntax.tokens.first }
}

public struct PathExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.pathExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
}

/// `{ … }` with an optional label and `unsafe`/`async`/`const`/`try`/`gen` modifier.
public struct BlockExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.blockExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var isUnsafe: Bool { has(.kwUnsafe) }
    public var isAsync: Bool { has(.kwAsync) }
    public var isConst: Bool { has(.kwConst) }
    public var isTry: Bool { has(.kwTry) }
    public var label: SyntaxNode? { syntax.child(.label) }
    public var statementList: StmtListSyntax? { child() }
}

/// The braces, statements and tail expression of a block.
public struct StmtListSyntax: SingleKindView {
    public static let kind = SyntaxKind.stmtList
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var statements: [StmtSyntax] { children() }
    public var tailExpression: ExprSyntax? { syntax.children.last.flatMap(ExprSyntax.init) }
}

public struct CallExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.callExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var callee: ExprSyntax? { child() }
    public var arguments: [ExprSyntax] { syntax.child(.argList)?.children.compactMap(ExprSyntax.init) ?? [] }
}

/// `receiver.name::<T>(args)`.
public struct MethodCallExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.methodCallExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var receiver: ExprSyntax? { child() }
    public var name: NameRefSyntax? { child() }
    public var genericArgs: GenericArgListSyntax? { child() }
    public var arguments: [ExprSyntax] { syntax.child(.argList)?.children.compactMap(ExprSyntax.init) ?? [] }
}

public struct FieldExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.fieldExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var base: ExprSyntax? { child() }
    public var field: NameRefSyntax? { child() }
}

/// A macro invocation in expression position.
public struct MacroExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var call: MacroCallSyntax? { child() }
}

public struct ClosureExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.closureExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var parameters: [ParamSyntax] { syntax.child(.paramList)?.children.compactMap(ParamSyntax.init) ?? [] }
    public var body: ExprSyntax? { syntax.children.last.flatMap(ExprSyntax.init) }
    public var isMove: Bool { has(.kwMove) }
    public var isAsync: Bool { has(.kwAsync) }
}

public struct CastExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.castExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var expression: ExprSyntax? { child() }
    public var type: TypeSyntax? { child() }
}

/// `&e`, `&mut e`, `&raw const e`, `&raw mut e`.
public struct RefExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.refExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var operand: ExprSyntax? { child() }
    public var isMutable: Bool { has(.kwMut) }
    public var isRaw: Bool { syntax.contextualToken("raw") != nil && (has(.kwConst) || has(.kwMut)) }
}

public struct RecordExprSyntax: SingleKindView {
    public static let kind = SyntaxKind.recordExpr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
}

public struct LetStmtSyntax: SingleKindView {
    public static let kind = SyntaxKind.letStmt
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var pattern: PatternSyntax? { child() }
    public var type: TypeSyntax? { child() }
    public var initializer: ExprSyntax? { child() }
    /// The `else { … }` block of a `let … else`.
    public var elseBlock: BlockExprSyntax? { syntax.child(.letElse)?.children.lazy.compactMap(BlockExprSyntax.init).first }
}

public struct ExprStmtSyntax: SingleKindView {
    public static let kind = SyntaxKind.exprStmt
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var expression: ExprSyntax? { child() }
    public var hasSemicolon: Bool { has(.semicolon) }
}

/// A macro invocation in statement position.
public struct MacroStmtSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroStmt
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var call: MacroCallSyntax? { child(MacroExprSyntax.self)?.call }
}
