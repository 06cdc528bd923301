// Views of names, paths, attributes, visibilities and macro calls.

/// A defining name: one identifier (`fn name`, `let name`, `struct Name`).
public struct NameSyntax: SingleKindView {
    public static let kind = SyntaxKind.name
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// Its one token (a name node has no children).
    public var token: SyntaxToken? { syntax.firstToken }
    /// The identifier, without `r#`.
    public var identifier: String { token?.identifier ?? "" }
}

/// A reference to a name: a path segment's identifier or keyword, a field or method name.
public struct NameRefSyntax: SingleKindView {
    public static let kind = SyntaxKind.nameRef
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// Its one token (a name reference has no children).
    public var token: SyntaxToken? { syntax.firstToken }
    /// The identifier (or keyword: `self`, `super`, `crate`, `Self`), without `r#`.
    public var identifier: String { token?.identifier ?? "" }
}

public struct LifetimeSyntax: SingleKindView {
    public static let kind = SyntaxKind.lifetime
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// `'a`, `'static`, `'_`.
    public var name: String { syntax.tokens.first?.text ?? "" }
}

/// `a::b::<T>`, `::std::x`, `<T as Trait>::Assoc`, `$crate::x`.
public struct PathSyntax: SingleKindView {
    public static let kind = SyntaxKind.path
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var segments: [PathSegmentSyntax] { children() }
    public var qualifiedSelf: QualifiedSelfSyntax? { child() }
    /// Starts with `::` (an extern-crate-relative path).
    public var hasLeadingColons: Bool {
        // A leading `::` is the path's first token (a qualified path starts with `<`).
        syntax.firstToken?.kind == .colon
    }
    /// The segment identifiers: `std::io::stdout` is `["std", "io", "stdout"]`.
    public var names: [String] { segments.map(\.identifier) }
}

public struct PathSegmentSyntax: SingleKindView {
    public static let kind = SyntaxKind.pathSegment
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var nameRef: NameRefSyntax? { child() }
    /// The identifier or keyword; `$crate` for a `$crate` segment.
    public var identifier: String {
        if let nameRef { return nameRef.identifier }
        return syntax.hasDirectToken(.dollar) ? "$crate" : ""
    }
    public var genericArgs: GenericArgListSyntax? { child() }
    /// `(A, B) -> C` of `Fn(A, B) -> C`.
    public var parenthesizedArgs: SyntaxNode? { syntax.child(.parenthesizedArgs) }
}

/// `<T>` or `<T as Trait>` at the start of a path.
public struct QualifiedSelfSyntax: SingleKindView {
    public static let kind = SyntaxKind.qualifiedSelf
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var selfType: TypeSyntax? { child() }
    /// The trait after `as`.
    public var traitType: PathTypeSyntax? {
        let types = children(TypeSyntax.self)
        return types.count > 1 ? types[1].as(PathTypeSyntax.self) : nil
    }
}

/// `<…>` or `::<…>`.
public struct GenericArgListSyntax: SingleKindView {
    public static let kind = SyntaxKind.genericArgList
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var isTurbofish: Bool { syntax.hasDirectToken(.colon) }
    /// The arguments: `typeArg`, `lifetimeArg`, `constArg` or `assocTypeArg` nodes.
    public var arguments: [SyntaxNode] { syntax.children }
    /// Types given as arguments (`typeArg` children), including those in associated constraints.
    public var types: [TypeSyntax] {
        syntax.children.flatMap { argument in argument.children.compactMap(TypeSyntax.init) }
    }
}

/// `pub`, `pub(crate)`, `pub(in path)`.
public struct VisibilitySyntax: SingleKindView {
    public static let kind = SyntaxKind.visibility
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var restriction: PathSyntax? { child() }
}

/// `#[meta]`, `#![meta]`, or a doc comment.
public struct AttrSyntax: SingleKindView {
    public static let kind = SyntaxKind.attr
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var meta: MetaSyntax? { child() }
    public var isDocComment: Bool { syntax.hasDirectToken(.docComment) }
    public var isInner: Bool {
        if let doc = syntax.token(.docComment) { return doc.token.flags.contains(.innerDoc) }
        return syntax.hasDirectToken(.bang)
    }
    /// The attribute's path as written (`derive`, `unsafe(no_mangle)` gives `no_mangle`).
    public var name: [String] { meta?.effectiveMeta.path?.names ?? (isDocComment ? ["doc"] : []) }
}

/// The inside of an attribute: `path`, `path(tokens)`, `path = expr` or `unsafe(meta)`.
public struct MetaSyntax: SingleKindView {
    public static let kind = SyntaxKind.meta
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// `unsafe(…)` wrapping another meta.
    public var isUnsafe: Bool { syntax.hasDirectToken(.kwUnsafe) }
    public var inner: MetaSyntax? { child() }
    /// The meta inside `unsafe(…)`, or this one.
    public var effectiveMeta: MetaSyntax { inner ?? self }
    public var path: PathSyntax? { child() }
    public var tokenTree: TokenTreeSyntax? { child() }
    /// The expression after `=`.
    public var value: ExprSyntax? { child() }
}

/// A delimited group of tokens: macro input or attribute arguments.
public struct TokenTreeSyntax: SingleKindView {
    public static let kind = SyntaxKind.tokenTree
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// The opening delimiter's kind (`(`, `[` or `{`).
    public var delimiter: TokenKind { syntax.tree.tokens[syntax.tokenRange.lowerBound].kind }
    /// The tokens between the delimiters (nested groups included), as indexes into `tree.tokens`.
    public var innerTokenRange: Range<Int> {
        let range = syntax.tokenRange
        return range.count >= 2 ? (range.lowerBound + 1)..<(range.upperBound - 1) : range
    }
}

/// `path! tokens` in any position (wrapped by `MacroExprSyntax`, `MacroItemSyntax`…).
public struct MacroCallSyntax: SingleKindView {
    public static let kind = SyntaxKind.macroCall
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    public var path: PathSyntax? { child() }
    public var tokenTree: TokenTreeSyntax? { child() }
    /// The `ident` of the old `foo! ident { … }` form.
    public var name: NameSyntax? { child() }
}

/// `extern` with an optional ABI string.
public struct AbiSyntax: SingleKindView {
    public static let kind = SyntaxKind.abi
    public let syntax: SyntaxNode
    public init(unchecked syntax: SyntaxNode) { self.syntax = syntax }
    /// The ABI string's contents (`C` for `extern "C"`), or nil for a bare `extern`.
    public var abiName: String? {
        guard let string = syntax.tokens.first(where: { $0.kind == .string || $0.kind == .rawString }) else { return nil }
        let text = string.text
        guard let first = text.firstIndex(of: "\""), let last = text.lastIndex(of: "\""), first < last else { return nil }
        return String(text[text.index(after: first)..<last])
    }
}
