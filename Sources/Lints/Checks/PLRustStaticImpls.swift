import Diagnostics
import RustSyntax

/// `plrust_static_impls`: impls whose self type holds a `&'static` reference anywhere.
struct PLRustStaticImpls: CodeLint {
    static let name = "plrust_static_impls"

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.root.descendants([.implItem]) {
            guard let selfType = node.as(ImplSyntax.self)?.selfType else { continue }
            let staticReference = selfType.syntax.descendants([.refType]).first { reference in
                reference.as(RefTypeSyntax.self)?.lifetime?.name == "'static"
            }
            if let staticReference {
                report(context, unit, at: selfType.span, "impl for a type containing a `&'static` reference",
                       label: staticReference == selfType.syntax ? nil : "the `&'static` reference is here: `\(staticReference.text)`")
            }
        }
    }
}
