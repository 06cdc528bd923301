import Diagnostics
import RustSyntax

/// `unsafe_code`: every `unsafe` block, function, impl, trait, module and
/// extern block, and the attributes that are unsafe whether or not they say
/// so: `no_mangle`, `export_name`, `link_section`.
struct UnsafeCode: CodeLint {
    static let name = "unsafe_code"
    static let unsafeAttributes: Set<String> = ["no_mangle", "export_name", "link_section"]

    func check(_ unit: LintUnit, _ context: LintContext) {
        // A sequential look at the token kinds first: most trees have no `unsafe`
        // keyword, and then only extern blocks and attributes remain to be seen.
        let hasUnsafe = unit.tree.tokens.contains { $0.kind == .kwUnsafe }
        let kinds: [SyntaxKind] = hasUnsafe ? [.blockExpr, .fn, .implItem, .traitItem, .module, .externBlock, .attr] : [.externBlock, .attr]
        for node in unit.tree.nodes(ofKinds: kinds) {
            switch node.kind {
            case .blockExpr where node.hasDirectToken(.kwUnsafe):
                report(context, unit, at: node.span, "usage of an `unsafe` block")
            case .fn where node.hasDirectToken(.kwUnsafe):
                report(context, unit, at: keyword(node), "declaration of an `unsafe` function")
            case .implItem where node.hasDirectToken(.kwUnsafe):
                report(context, unit, at: keyword(node), "implementation of an `unsafe` trait")
            case .traitItem where node.hasDirectToken(.kwUnsafe):
                report(context, unit, at: keyword(node), "declaration of an `unsafe` trait")
            case .module where node.hasDirectToken(.kwUnsafe):
                report(context, unit, at: keyword(node), "declaration of an `unsafe` module")
            case .externBlock:
                report(context, unit, at: node.span(through: node.token(.openBrace)),
                       "usage of an `extern` block: calling its items is `unsafe`")
            case .attr:
                guard node.mayContainIdentifier(["no_mangle", "export_name", "link_section"]),
                      let attribute = node.as(AttrSyntax.self) else { break }
                if let name = attribute.name.last, attribute.name.count == 1, UnsafeCode.unsafeAttributes.contains(name) {
                    report(context, unit, at: node.span, "usage of the unsafe attribute `#[\(name)]`",
                           label: "this attribute can replace any symbol of the server process")
                }
                for token in attribute.conditionalAttributeNames where UnsafeCode.unsafeAttributes.contains(token.identifier) {
                    report(context, unit, at: token.span, "usage of the unsafe attribute `#[\(token.identifier)]` through `cfg_attr`",
                           label: "applied when the `cfg_attr` condition holds")
                }
            default:
                break
            }
        }
    }

    private func keyword(_ node: SyntaxNode) -> Span {
        node.token(.kwUnsafe)?.span ?? node.span
    }
}
