// Views of types, bounds and patterns.

public struct PathTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.pathType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
}

/// `&'a mut T`.
public struct RefTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.refType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var lifetime: LifetimeSyntax? { child() }
    public var isMutable: Bool { has(.kwMut) }
    public var referent: TypeSyntax? { child() }
}

/// `*const T` / `*mut T`.
public struct PtrTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.ptrType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var isMutable: Bool { has(.kwMut) }
    public var pointee: TypeSyntax? { child() }
}

/// `fn(A) -> B`, with `for<'a>`, `unsafe` and `extern "abi"`.
public struct FnPtrTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.fnPtrType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var parameters: ParamListSyntax? { child() }
    public var returnType: TypeSyntax? { syntax.child(.retType)?.children.lazy.compactMap(TypeSyntax.init).first }
    public var isUnsafe: Bool { has(.kwUnsafe) }
    public var abi: AbiSyntax? { child() }
}

/// `dyn A + B`, `for<'a> Trait<'a>`, or a bare `A + B` (2015 style).
public struct DynTraitTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.dynTraitType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var hasDynKeyword: Bool { has(.kwDyn) || syntax.contextualToken("dyn") != nil }
    public var bounds: TypeBoundListSyntax? { child() }
}

public struct ImplTraitTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.implTraitType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var bounds: TypeBoundListSyntax? { child() }
}

public struct MacroTypeSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroType
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var call: MacroCallSyntax? { child() }
}

public struct TypeBoundListSyntax: SingleKindView {
    public static let kind = SyntaxKind.typeBoundList
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var bounds: [TypeBoundSyntax] { children() }
}

/// One bound: a lifetime, or a trait path with modifiers (`?`, `~const`, `for<'a>`, `async`).
public struct TypeBoundSyntax: SingleKindView {
    public static let kind = SyntaxKind.typeBound
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var lifetime: LifetimeSyntax? { child() }
    /// The trait, as a path type.
    public var traitType: PathTypeSyntax? { child() }
    /// `?Sized`.
    public var isMaybe: Bool { has(.question) }
    /// A parenthesized bound `(Trait)`.
    public var inner: TypeBoundSyntax? { child() }
    /// The bound with its parentheses taken off: `((Fn()))` is `Fn()`.
    public var unparenthesized: TypeBoundSyntax {
        var bound = self
        while let inner = bound.inner { bound = inner }
        return bound
    }
}

/// `ref mut name @ subpattern`.
public struct IdentPatSyntax: SingleKindView {
    public static let kind = SyntaxKind.identPat
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var isRef: Bool { has(.kwRef) }
    public var isMutable: Bool { has(.kwMut) }
    public var subpattern: PatternSyntax? { child() }
}

public struct PathPatSyntax: SingleKindView {
    public static let kind = SyntaxKind.pathPat
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
}

public struct TupleStructPatSyntax: SingleKindView {
    public static let kind = SyntaxKind.tupleStructPat
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
    public var fields: [PatternSyntax] { children() }
}

public struct MacroPatSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroPat
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var call: MacroCallSyntax? { child() }
}
