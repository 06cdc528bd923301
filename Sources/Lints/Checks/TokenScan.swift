import Diagnostics
import RustSyntax

/// Checks tokens plrustc cannot parse as code: the arguments of a macro call
/// it cannot expand (a dependency's macro), the rules of a `macro_rules!`
/// whose skeleton is no code (`MacroSkeleton`), and attributes holding macro calls
/// (`#[doc = include_str!(…)]`). Any `unsafe`, `async` or `.await` token, any
/// path `a::b::c` or `name!` that resolves to something a rule forbids, any
/// forbidden method name followed by `(` is reported. Conservative: it cannot
/// know how the tokens are used, so it assumes they become code.
enum TokenScan {
    static func check(_ arguments: TokenTreeSyntax, in unit: LintUnit, context: LintContext) {
        check(arguments.innerTokenRange, anchor: arguments.syntax, where: "inside a macro call plrustc cannot expand",
              in: unit, context: context)
    }

    /// Attributes that call macros: `#[doc = include_str!("…")]`, also inside `cfg_attr`.
    static func checkAttributes(in unit: LintUnit, context: LintContext) {
        let tokens = unit.tree.tokens
        for node in unit.tree.nodes(ofKind: .attr) where node.tokenRange.contains(where: { tokens[$0].kind == .bang }) {
            check(node.tokenRange, anchor: node, where: "inside an attribute", in: unit, context: context)
        }
    }

    static func check(_ range: Range<Int>, anchor: SyntaxNode, where place: String, in unit: LintUnit, context: LintContext) {
        let tree = unit.tree
        let tokens = tree.tokens
        let lints = context.enabledDataRules
        func span(_ index: Int) -> Span { Span(start: Int(tokens[index].start), end: Int(tokens[index].end)) }
        /// `::` starting at `index`.
        func isSeparator(_ index: Int) -> Bool {
            index >= range.lowerBound && index + 1 < range.upperBound
                && tokens[index].kind == .colon && tokens[index].isJoint && tokens[index + 1].kind == .colon
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            switch token.kind {
            case .kwUnsafe:
                context.report("unsafe_code", at: span(index), in: unit, message: "usage of `unsafe` \(place)")
            case .kwAsync, .kwAwait:
                context.report("plrust_async", at: span(index), in: unit, message: "usage of `\(tree.text(of: token))` \(place)")
            case .dot where index + 2 < range.upperBound && tokens[index + 1].kind == .ident && tokens[index + 2].kind == .openParen:
                let name = SyntaxToken(tree: tree, index: index + 1).identifier
                DeclarativeRules.checkMethod(name, at: span(index + 1), lints: lints, unit: unit, context: context)
            case .ident where !(index > range.lowerBound && tokens[index - 1].kind == .dot)
                && (!isSeparator(index - 2) || !continuesPath(before: index - 2, from: range.lowerBound, in: tokens)):
                // The start of a path: find `a::b::c` (or `::a::b`); spell it out only if it may name a refused item.
                let leadingColons = isSeparator(index - 2)
                var end = index
                while isSeparator(end + 1), end + 3 < range.upperBound, tokens[end + 3].kind.isIdentOrKeyword {
                    end += 3
                }
                let isMacro = end + 1 < range.upperBound && tokens[end + 1].kind == .bang
                // A macro of the body called where plrustc cannot expand it: what it makes cannot be seen.
                if isMacro, end == index, !leadingColons,
                   unit.resolver.macroDefinition(named: SyntaxToken(tree: tree, index: index).identifier, at: anchor) != nil {
                    context.error("a macro of the body is called inside tokens plrustc cannot read", at: span(index),
                                  label: place, note: "call it outside, where plrustc can expand it, and pass on its result")
                }
                if context.pathScreen?.admits(index..<(end + 1), of: tree) ?? true {
                    let segments = stride(from: index, through: end, by: 3).map { SyntaxToken(tree: tree, index: $0).identifier }
                    check(segments, as: isMacro ? .macros : .values, at: span(index).union(span(end)), anchor: anchor,
                          place: place, lints: lints, unit: unit, context: context, leadingColons: leadingColons)
                }
                index = end
            default:
                break
            }
            index += 1
        }
    }

    /// Whether the `::` at `separator` joins two segments (`a::b`, `Vec::<u8>::new`,
    /// `<T>::f`) rather than starting a path (`::std::fs`).
    private static func continuesPath(before separator: Int, from start: Int, in tokens: [Token]) -> Bool {
        guard separator > start else { return false }
        let previous = tokens[separator - 1].kind
        return previous.isIdentOrKeyword || previous == .gt
    }

    static func check(_ segments: [String], as namespace: Namespace, at span: Span, anchor: SyntaxNode,
                      place: String, lints: [LintDefinition], unit: LintUnit, context: LintContext, leadingColons: Bool = false) {
        guard let first = segments.first else { return }
        // Resolve the first segment where the call stands (`::name` is a crate), then append the rest.
        let start: Resolution = leadingColons
            ? (StandardLibrary.isStandardCrate(first) || context.externCrates.contains(first) ? .external([first]) : .unresolved)
            : unit.resolver.resolve(name: first, as: segments.count == 1 ? namespace : .types, at: anchor)
        guard case .external(let base) = start else { return }
        let resolved = StandardLibrary.canonical(base + segments.dropFirst())
        let written = segments.joined(separator: "::")
        for lint in lints where DeclarativeRules.matches(resolved, namespace: namespace, lint: lint) {
            context.report(lint.name, at: span, in: unit, name: written, label: place)
        }
    }
}
