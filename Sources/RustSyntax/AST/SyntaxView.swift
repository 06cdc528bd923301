import Diagnostics

/// A typed view of a node: a struct per node kind (or family of kinds) with
/// accessors for its parts, over the untyped `SyntaxNode`. Casting is cheap:
/// a kind check and a copy of the handle.
public protocol SyntaxView: Hashable, Sendable {
    var syntax: SyntaxNode { get }
    /// Wraps a node already known to have an accepted kind.
    init(unchecked syntax: SyntaxNode)
    static func accepts(_ kind: SyntaxKind) -> Bool
}

/// A view of exactly one node kind.
public protocol SingleKindView: SyntaxView {
    static var kind: SyntaxKind { get }
}

extension SingleKindView {
    public static func accepts(_ kind: SyntaxKind) -> Bool { kind == Self.kind }
}

extension SyntaxView {
    /// The view of `syntax`, or nil when its kind does not fit.
    public init?(_ syntax: SyntaxNode) {
        guard Self.accepts(syntax.kind) else { return nil }
        self.init(unchecked: syntax)
    }

    public var span: Span { syntax.span }
    public var text: String { syntax.text }

    /// The first child that fits view `T`.
    public func child<T: SyntaxView>(_: T.Type = T.self) -> T? {
        syntax.firstChild(where: T.accepts).map { T(unchecked: $0) }
    }

    /// Every child that fits view `T`, in order.
    public func children<T: SyntaxView>(_: T.Type = T.self) -> [T] {
        syntax.children.compactMap(T.init)
    }

    /// Whether a direct token of this kind is present (`unsafe`, `mut`, `async`…).
    public func has(_ kind: TokenKind) -> Bool { syntax.hasDirectToken(kind) }

    /// Outer and inner attributes attached directly to this node.
    public var attributes: [AttrSyntax] { children() }

    /// The `as` of another view (`expr.as(CallExprSyntax.self)`).
    public func `as`<T: SyntaxView>(_: T.Type) -> T? { T(syntax) }
    public func `is`<T: SyntaxView>(_: T.Type) -> Bool { T.accepts(syntax.kind) }
}

extension SyntaxNode {
    /// This node as view `T`, if its kind fits.
    public func `as`<T: SyntaxView>(_: T.Type) -> T? { T(self) }
}

// MARK: - Families

/// Any expression.
public struct ExprSyntax: SyntaxView {
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public static func accepts(_ kind: SyntaxKind) -> Bool { expressionKinds.contains(kind) }
    static let expressionKinds: Set<SyntaxKind> = [
        .literal, .pathExpr, .blockExpr, .tupleExpr, .arrayExpr, .parenExpr, .callExpr, .methodCallExpr,
        .fieldExpr, .indexExpr, .awaitExpr, .tryExpr, .castExpr, .refExpr, .prefixExpr, .binExpr, .rangeExpr,
        .closureExpr, .ifExpr, .letExpr, .whileExpr, .loopExpr, .forExpr, .matchExpr, .breakExpr, .continueExpr,
        .returnExpr, .yieldExpr, .becomeExpr, .yeetExpr, .recordExpr, .macroExpr, .underscoreExpr, .boxExpr,
    ]
}

/// Any item (also in a block, a trait, an impl or an extern block).
public struct ItemSyntax: SyntaxView {
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public static func accepts(_ kind: SyntaxKind) -> Bool { itemKinds.contains(kind) }
    static let itemKinds: Set<SyntaxKind> = [
        .fn, .structItem, .unionItem, .enumItem, .traitItem, .traitAlias, .implItem, .typeAlias, .constItem,
        .staticItem, .module, .useItem, .externCrate, .externBlock, .macroRules, .macroDef, .macroItem,
    ]
    public var visibility: VisibilitySyntax? { child() }
}

/// Any pattern.
public struct PatternSyntax: SyntaxView {
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public static func accepts(_ kind: SyntaxKind) -> Bool { patternKinds.contains(kind) }
    static let patternKinds: Set<SyntaxKind> = [
        .identPat, .wildcardPat, .restPat, .literalPat, .rangePat, .refPat, .boxPat, .tuplePat, .tupleStructPat,
        .recordPat, .slicePat, .pathPat, .orPat, .parenPat, .macroPat, .constBlockPat, .neverPat,
    ]
}

/// Any type.
public struct TypeSyntax: SyntaxView {
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public static func accepts(_ kind: SyntaxKind) -> Bool { typeKinds.contains(kind) }
    static let typeKinds: Set<SyntaxKind> = [
        .pathType, .refType, .ptrType, .arrayType, .sliceType, .tupleType, .parenType, .fnPtrType, .dynTraitType,
        .implTraitType, .neverType, .inferType, .macroType,
    ]
}

/// Any statement in a block; the tail expression is an `ExprSyntax` child of the block instead.
public struct StmtSyntax: SyntaxView {
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public static func accepts(_ kind: SyntaxKind) -> Bool {
        kind == .letStmt || kind == .exprStmt || kind == .emptyStmt || kind == .macroStmt || ItemSyntax.accepts(kind)
    }
}
