import Diagnostics
import RustSyntax

/// Where match guards are, for the lints about what a guard may do
/// (`plrust_guard_assignment`, `plrust_guard_borrows`): a node is in a guard
/// when a `matchGuard` encloses it in its own tree or, for code a macro made,
/// encloses the macro's call.
enum MatchGuards {
    static func encloses(_ node: SyntaxNode, in unit: LintUnit) -> Bool {
        if hasGuardAncestor(node) { return true }
        var site = unit.resolver.invocationSite
        // Each hop leaves one expansion for the tree its call is in: bounded by the expansion depth.
        while let (resolver, call) = site {
            if hasGuardAncestor(call) { return true }
            site = resolver.invocationSite
        }
        return false
    }

    private static func hasGuardAncestor(_ node: SyntaxNode) -> Bool {
        var current = node.parent
        while let candidate = current {
            if candidate.kind == .matchGuard { return true }
            current = candidate.parent
        }
        return false
    }

    /// Whether a unit may hold guard code at all: a guard in its tree, or a call site in one.
    static func mayHoldGuards(_ unit: LintUnit) -> Bool {
        unit.tree.contains(kind: .matchGuard) || unit.resolver.invocationSite != nil
    }

    /// A binary expression's operator, from its own punctuation tokens (`+=`, `==`, `<<=`).
    static func operatorText(of expression: SyntaxNode) -> String {
        expression.directTokens.filter { $0.token.kind.isPunctuation }.map { expression.tree.text(of: $0.token) }.joined()
    }

    /// Where a binary expression's operator is (its tokens come from one place, even in an expansion).
    static func operatorSpan(of expression: SyntaxNode) -> Span {
        let tokens = expression.directTokens.filter { $0.token.kind.isPunctuation }.map(\.token)
        guard let first = tokens.first, let last = tokens.last, first.start <= last.end else { return expression.span }
        return Span(start: Int(first.start), end: Int(last.end))
    }

    static let assignmentOperators: Set<String> = ["=", "+=", "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<=", ">>="]
}
