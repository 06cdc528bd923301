import Diagnostics
import RustSyntax

/// `plrust_implied_bounds`: a projection `<X as Trait>::Name` written as a
/// type where `X` or the trait's arguments hold a reference or a lifetime.
///
/// A function may assume what its signature's types need to be well formed:
/// `&'a &'b ()` in a parameter lets its body rely on `'b: 'a`. Inside a
/// projection such a type is normalized away (`<&'a &'b () as Trait>::Type`
/// is `()`), and callers reaching the function through a generic `F:
/// FnOnce(…)` or an impl header never have to prove the bound, so a
/// reference can be made to outlive what it points at (rust-lang/rust#25860,
/// #100051).
struct PLRustImpliedBounds: CodeLint {
    static let name = "plrust_implied_bounds"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tokens = unit.tree.tokens
        // Cheap test first: most trees have no qualified path at all.
        guard unit.tree.nodes(ofKind: .qualifiedSelf).isEmpty == false else { return }
        for node in unit.tree.nodes(ofKind: .pathType) {
            guard let qualified = node.child(.path)?.as(PathSyntax.self)?.qualifiedSelf else { continue }
            let holdsLifetime = qualified.syntax.tokenRange.contains { index in
                tokens[index].kind == .lifetime || tokens[index].kind == .and
            }
            guard holdsLifetime else { continue }
            report(context, unit, at: node.span, "projection of a type that holds lifetimes",
                   label: "the bounds these lifetimes imply are lost when this is normalized")
        }
    }
}
