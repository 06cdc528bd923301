import Diagnostics
import RustSyntax

/// `plrust_external_mod`: `mod name;` and `#[path = …]`.
struct PLRustExternalMod: CodeLint {
    static let name = "plrust_external_mod"

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.nodes(ofKinds: [.module, .attr]) {
            switch node.kind {
            case .module where node.child(.itemList) == nil:
                report(context, unit, at: node.span, "a module without a body is read from a file",
                       label: "`mod name;` would make the compiler read a file of the server")
            case .attr:
                guard node.mayContainIdentifier(["path"]), let attribute = node.as(AttrSyntax.self) else { break }
                if attribute.name == ["path"] {
                    report(context, unit, at: node.span, "`#[path]` is not allowed", label: "names a file on the server")
                }
                for token in attribute.conditionalAttributeNames where token.identifier == "path" {
                    report(context, unit, at: token.span, "`#[path]` is not allowed, also through `cfg_attr`",
                           label: "names a file on the server")
                }
            default:
                break
            }
        }
    }
}
