import Diagnostics
import RustSyntax

/// A structural lint: Swift code that looks at the syntax of one lint unit.
/// Its name, message, help and examples are in its catalog entry
/// (`lint-catalog/NAME.toml`, `code = true`).
protocol CodeLint: Sendable {
    static var name: String { get }
    /// The standard items (canonical `std::…` paths) the check recognises by
    /// resolving a path, such as `std::ops::Fn`: name resolution must not let a
    /// glob's reading of them be hidden (`NameResolver.watchedGlobEntry`).
    static var watchedPaths: [[String]] { get }
    func check(_ unit: LintUnit, _ context: LintContext)
}

extension CodeLint {
    static var watchedPaths: [[String]] { [] }

    /// Reports this lint.
    func report(_ context: LintContext, _ unit: LintUnit, at span: Span, _ message: String, label: String? = nil) {
        context.report(Self.name, at: span, in: unit, message: message, label: label)
    }
}

/// Every code lint, by name.
enum CodeLints {
    static let all: [any CodeLint] = [
        UnsafeCode(), PLRustAsync(), PLRustExternBlocks(), PLRustExternalMod(), PLRustLifetimeParameterizedTraits(),
        PLRustFnPointers(), PLRustAutotraitImpls(), PLRustClosureTraitImpl(), PLRustStaticImpls(),
        PLRustSuspiciousTraitObject(), PLRustImpliedBounds(), PLRustHigherRankedTraitArgs(), PLRustStaticProjections(), PLRustOuterPaths(),
        PLRustAttributes(), PLRustExternFns(), PLRustGuardAssignment(), PLRustGuardBorrows(), PLRustIndexMoves(),
    ]

    private static let byName: [String: any CodeLint] = Dictionary(all.map { (type(of: $0).name, $0) }, uniquingKeysWith: { first, _ in first })

    static func check(named name: String) -> (any CodeLint)? { byName[name] }

    /// The watched paths of the code lints named.
    static func watchedPaths(of names: Set<String>) -> [[String]] {
        all.filter { names.contains(type(of: $0).name) }.flatMap { type(of: $0).watchedPaths }
    }
}

extension AttrSyntax {
    /// The attribute names inside a `#[cfg_attr(condition, a, b = …, c(…))]`,
    /// each with its token: the attributes it applies when the condition holds
    /// (nested `cfg_attr` included). Empty for other attributes.
    var conditionalAttributeNames: [SyntaxToken] {
        guard name == ["cfg_attr"], let tree = meta?.effectiveMeta.tokenTree else { return [] }
        let tokens = syntax.tree.tokens
        let range = tree.innerTokenRange
        var names: [SyntaxToken] = []
        var depth = 0
        var afterComma = false
        for index in range {
            let kind = tokens[index].kind
            if kind.isOpenDelimiter { depth += 1 } else if kind.isCloseDelimiter { depth -= 1 }
            if kind == .comma, depth == 0 { afterComma = true; continue }
            // After the condition, each top-level item starts with the attribute's name;
            // `unsafe(no_mangle)` and nested `cfg_attr(…)` keep names one level down.
            if afterComma, kind.isIdentOrKeyword, depth <= 2 {
                names.append(SyntaxToken(tree: syntax.tree, index: index))
            }
        }
        return names
    }
}

extension SyntaxNode {
    /// Whether an identifier token of the subtree may be one of `words`: a
    /// test that reads no text, made before the node is read properly (a raw
    /// identifier always may).
    func mayContainIdentifier(_ words: [StaticString]) -> Bool {
        let tokens = tree.tokens
        for index in tokenRange where tokens[index].kind == .ident {
            let token = tokens[index]
            if token.flags.contains(.raw) { return true }
            for word in words where tree.token(token, is: word) { return true }
        }
        return false
    }

    /// Whether the subtree has a token of `kind`.
    func containsToken(_ kind: TokenKind) -> Bool {
        let tokens = tree.tokens
        return tokenRange.contains { tokens[$0].kind == kind }
    }

    /// Span from this node's start to the end of its token `last` (an item's head: `unsafe impl … for T`).
    func span(through last: SyntaxToken?) -> Span {
        guard let last else { return span }
        return Span(start: span.start, end: last.span.end)
    }
}

extension SyntaxNode {
    /// A type with its parentheses taken off: `((T))` is `T`.
    var withoutParentheses: SyntaxNode {
        var node = self
        while node.kind == .parenType, let inner = node.children.first(where: { TypeSyntax.accepts($0.kind) }) { node = inner }
        return node
    }
}
