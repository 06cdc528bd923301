import Diagnostics
import RustSyntax

/// `plrust_autotrait_impls`: hand-written impls of `UnwindSafe`, `RefUnwindSafe` and `Unpin`.
struct PLRustAutotraitImpls: CodeLint {
    static let name = "plrust_autotrait_impls"
    static let autoTraits: [[String]: String] = [
        ["std", "panic", "UnwindSafe"]: "UnwindSafe", ["std", "panic", "RefUnwindSafe"]: "RefUnwindSafe",
        ["std", "marker", "Unpin"]: "Unpin",
    ]
    static var watchedPaths: [[String]] { Array(autoTraits.keys) }

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.root.descendants([.implItem]) {
            guard let implementation = node.as(ImplSyntax.self),
                  let path = implementation.traitType?.as(PathTypeSyntax.self)?.path,
                  case .external(let resolved) = unit.resolver.resolve(path, as: .types),
                  let trait = Self.autoTraits[resolved] else { continue }
            report(context, unit, at: node.span(through: node.token(.kwFor) ?? nil).union(path.span),
                   "explicit implementation of the auto trait `\(trait)`")
        }
    }
}
