import Diagnostics
import RustSyntax

/// A structural lint: Swift code that looks at the syntax of one lint unit.
/// Its name, message, help and examples are in its catalog entry
/// (`lint-catalog/NAME.toml`, `code = true`).
protocol CodeLint: Sendable {
    static var name: String { get }
    func check(_ unit: LintUnit, _ context: LintContext)
}

extension CodeLint {
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
        PLRustSuspiciousTraitObject(),
    ]

    private static let byName: [String: any CodeLint] = Dictionary(all.map { (type(of: $0).name, $0) }, uniquingKeysWith: { first, _ in first })

    static func check(named name: String) -> (any CodeLint)? { byName[name] }
}

extension SyntaxNode {
    /// Span from this node's start to the end of its token `last` (an item's head: `unsafe impl … for T`).
    func span(through last: SyntaxToken?) -> Span {
        guard let last else { return span }
        return Span(start: span.start, end: last.span.end)
    }
}
