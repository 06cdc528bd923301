// Views of items and their parts.

/// A crate root or module file.
public struct SourceFileSyntax: SingleKindView {
    public static let kind = SyntaxKind.sourceFile
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var items: [ItemSyntax] { children() }
}

/// A PL/Rust function body: statements and an optional tail expression.
public struct BodySyntax: SingleKindView {
    public static let kind = SyntaxKind.body
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var statements: [StmtSyntax] { children() }
    /// The value of the body: an expression not followed by `;` at the end.
    public var tailExpression: ExprSyntax? { syntax.children.last.flatMap(ExprSyntax.init) }
}

public struct FnSyntax: SingleKindView {
    public static let kind = SyntaxKind.fn
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var visibility: VisibilitySyntax? { child() }
    public var genericParams: GenericParamListSyntax? { child() }
    public var parameters: ParamListSyntax? { child() }
    public var returnType: TypeSyntax? { syntax.child(.retType)?.children.lazy.compactMap(TypeSyntax.init).first }
    public var whereClause: SyntaxNode? { syntax.child(.whereClause) }
    /// The body; nil for a declaration ending in `;`.
    public var body: BlockExprSyntax? { child() }
    public var abi: AbiSyntax? { child() }
    public var isUnsafe: Bool { has(.kwUnsafe) }
    public var isAsync: Bool { has(.kwAsync) }
    public var isConst: Bool { has(.kwConst) }
    public var isExtern: Bool { abi != nil }
}

public struct ParamListSyntax: SingleKindView {
    public static let kind = SyntaxKind.paramList
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var selfParameter: SyntaxNode? { syntax.child(.selfParam) }
    public var parameters: [ParamSyntax] { children() }
    public var isVariadic: Bool { syntax.child(.variadicParam) != nil }
}

public struct ParamSyntax: SingleKindView {
    public static let kind = SyntaxKind.param
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var pattern: PatternSyntax? { child() }
    public var type: TypeSyntax? { child() }
}

public struct GenericParamListSyntax: SingleKindView {
    public static let kind = SyntaxKind.genericParamList
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var lifetimeParams: [SyntaxNode] { syntax.children(.lifetimeParam) }
    public var typeParams: [SyntaxNode] { syntax.children(.typeParam) }
    public var constParams: [SyntaxNode] { syntax.children(.constParam) }
    /// Types given as defaults (`T = Box<dyn Any>`) or const parameter types.
    public var defaultTypes: [TypeSyntax] { syntax.children.flatMap { $0.children.compactMap(TypeSyntax.init) } }
}

/// `struct`, `union` and `enum` share these parts.
public struct StructSyntax: SingleKindView {
    public static let kind = SyntaxKind.structItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var genericParams: GenericParamListSyntax? { child() }
    public var fieldTypes: [TypeSyntax] { fieldLists(syntax).flatMap { $0.children.flatMap { $0.children.compactMap(TypeSyntax.init) } } }
}

public struct UnionSyntax: SingleKindView {
    public static let kind = SyntaxKind.unionItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
}

public struct EnumSyntax: SingleKindView {
    public static let kind = SyntaxKind.enumItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var variants: [SyntaxNode] { syntax.child(.variantList)?.children(.variant) ?? [] }
}

private func fieldLists(_ node: SyntaxNode) -> [SyntaxNode] {
    node.children.filter { $0.kind == .recordFieldList || $0.kind == .tupleFieldList }
}

public struct TraitSyntax: SingleKindView {
    public static let kind = SyntaxKind.traitItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var genericParams: GenericParamListSyntax? { child() }
    public var supertraits: TypeBoundListSyntax? { child() }
    public var items: [ItemSyntax] { syntax.child(.assocItemList)?.children.compactMap(ItemSyntax.init) ?? [] }
    public var isUnsafe: Bool { has(.kwUnsafe) }
    /// `auto trait`.
    public var isAuto: Bool { syntax.contextualToken("auto") != nil }
}

public struct ImplSyntax: SingleKindView {
    public static let kind = SyntaxKind.implItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var genericParams: GenericParamListSyntax? { child() }
    /// The implemented trait (`impl Trait for Type`), nil for an inherent impl.
    public var traitType: TypeSyntax? { has(.kwFor) ? child() : nil }
    /// The type the impl is for.
    public var selfType: TypeSyntax? {
        let types = children(TypeSyntax.self)
        return has(.kwFor) ? (types.count > 1 ? types[1] : nil) : types.first
    }
    public var items: [ItemSyntax] { syntax.child(.assocItemList)?.children.compactMap(ItemSyntax.init) ?? [] }
    public var isUnsafe: Bool { has(.kwUnsafe) }
    /// `impl !Trait for Type`.
    public var isNegative: Bool { has(.bang) }
}

public struct TypeAliasSyntax: SingleKindView {
    public static let kind = SyntaxKind.typeAlias
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var genericParams: GenericParamListSyntax? { child() }
    public var aliasedType: TypeSyntax? { child() }
}

public struct ConstSyntax: SingleKindView {
    public static let kind = SyntaxKind.constItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var type: TypeSyntax? { child() }
    public var value: ExprSyntax? { child() }
}

public struct StaticSyntax: SingleKindView {
    public static let kind = SyntaxKind.staticItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var type: TypeSyntax? { child() }
    public var value: ExprSyntax? { child() }
    public var isMutable: Bool { has(.kwMut) }
}

public struct ModuleSyntax: SingleKindView {
    public static let kind = SyntaxKind.module
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    /// Items of an inline module; nil for `mod name;` (an external file).
    public var items: [ItemSyntax]? { syntax.child(.itemList).map { $0.children.compactMap(ItemSyntax.init) } }
}

public struct UseSyntax: SingleKindView {
    public static let kind = SyntaxKind.useItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var tree: UseTreeSyntax? { child() }
}

/// One branch of a `use`: a path with a rename, a glob, or a nested list.
public struct UseTreeSyntax: SingleKindView {
    public static let kind = SyntaxKind.useTree
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
    /// `as name`; an `as _` rename has a nil `renamedTo` name and `isUnderscoreRename`.
    public var renamedTo: NameSyntax? { syntax.child(.rename)?.children.lazy.compactMap(NameSyntax.init).first }
    public var isUnderscoreRename: Bool { syntax.child(.rename)?.hasDirectToken(.underscore) ?? false }
    public var isGlob: Bool { has(.star) }
    public var subtrees: [UseTreeSyntax] { syntax.child(.useTreeList)?.children.compactMap(UseTreeSyntax.init) ?? [] }
    public var hasList: Bool { syntax.child(.useTreeList) != nil }
}

public struct ExternCrateSyntax: SingleKindView {
    public static let kind = SyntaxKind.externCrate
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var crateName: NameRefSyntax? { child() }
    public var renamedTo: NameSyntax? { syntax.child(.rename)?.children.lazy.compactMap(NameSyntax.init).first }
}

public struct ExternBlockSyntax: SingleKindView {
    public static let kind = SyntaxKind.externBlock
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var abi: AbiSyntax? { child() }
    public var items: [ItemSyntax] { syntax.child(.externItemList)?.children.compactMap(ItemSyntax.init) ?? [] }
    public var isUnsafe: Bool { has(.kwUnsafe) }
}

/// `macro_rules! name { … }`.
public struct MacroRulesSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroRules
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
    public var rules: TokenTreeSyntax? { child() }
}

/// `macro name(…) { … }`.
public struct MacroDefSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroDef
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var name: NameSyntax? { child() }
}

/// A macro invocation in item position.
public struct MacroItemSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroItem
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var call: MacroCallSyntax? { child() }
}
