import Diagnostics
import RustSyntax

/// `plrust_lifetime_parameterized_traits`: `trait Foo<'a>`.
struct PLRustLifetimeParameterizedTraits: CodeLint {
    static let name = "plrust_lifetime_parameterized_traits"

    func check(_ unit: LintUnit, _ context: LintContext) {
        for trait in unit.tree.root.descendants([.traitItem, .traitAlias]) {
            guard let parameters = trait.child(.genericParamList), let lifetime = parameters.child(.lifetimeParam) else { continue }
            report(context, unit, at: lifetime.span, "trait declared with a lifetime parameter",
                   label: "traits parameterized by lifetimes are not allowed")
        }
    }
}
