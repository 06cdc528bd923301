import Diagnostics
import RustSyntax

/// `plrust_closure_trait_impl`: trait impls for a type parameter bounded by
/// `Fn`/`FnMut`/`FnOnce` (inline or in `where`), or for a function pointer type.
struct PLRustClosureTraitImpl: CodeLint {
    static let name = "plrust_closure_trait_impl"
    static var watchedPaths: [[String]] { Array(PLRustFnPointers.closureTraits) }

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.root.descendants([.implItem]) {
            guard let implementation = node.as(ImplSyntax.self), implementation.traitType != nil,
                  let selfType = implementation.selfType else { continue }
            if selfType.is(FnPtrTypeSyntax.self) {
                report(context, unit, at: selfType.span, "trait implemented for a function pointer type")
                continue
            }
            guard let path = selfType.as(PathTypeSyntax.self)?.path, path.segments.count == 1,
                  let name = path.segments.first?.identifier,
                  closureBounded(name, in: node, unit) else { continue }
            report(context, unit, at: selfType.span, "trait implemented for a type that is generic over a closure trait",
                   label: "`\(name)` is bounded by `Fn`, `FnMut` or `FnOnce`")
        }
    }

    /// Whether the impl's generic parameter `name` has a closure-trait bound.
    private func closureBounded(_ name: String, in impl: SyntaxNode, _ unit: LintUnit) -> Bool {
        var bounds: [TypeBoundSyntax] = []
        for parameter in impl.child(.genericParamList)?.children(.typeParam) ?? []
        where parameter.child(.name)?.as(NameSyntax.self)?.identifier == name {
            bounds += parameter.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds ?? []
        }
        for predicate in impl.child(.whereClause)?.children(.wherePred) ?? [] {
            // `where F: …`, also `where for<'a> F: …`.
            // `where F: Fn()`, or `where Self: Fn()` (the impl is for `F`).
            guard let bounded = predicate.child(.pathType)?.as(PathTypeSyntax.self)?.path, bounded.segments.count == 1,
                  let boundedName = bounded.segments.first?.identifier, boundedName == name || boundedName == "Self" else { continue }
            bounds += predicate.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds ?? []
        }
        return bounds.contains { PLRustFnPointers.isClosureTrait($0.unparenthesized.traitType, unit) }
    }
}
