import Diagnostics
import RustSyntax

/// `plrust_fn_pointers`: function pointer types, and `dyn Fn`/`FnMut`/`FnOnce`
/// trait objects (also the bare `Box<Fn()>` of 2015). Bounds (`F: Fn()`) and
/// `impl Fn()` are fine.
struct PLRustFnPointers: CodeLint {
    static let name = "plrust_fn_pointers"
    static let closureTraits: Set<[String]> = [["std", "ops", "Fn"], ["std", "ops", "FnMut"], ["std", "ops", "FnOnce"]]
    static var watchedPaths: [[String]] { Array(closureTraits) }

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.nodes(ofKinds: [.fnPtrType, .dynTraitType, .pathType]) {
            switch node.kind {
            case .fnPtrType:
                report(context, unit, at: node.span, "function pointer types are not allowed")
            case .dynTraitType:
                // The bounds of a trait object are its traits.
                let bounds = node.as(DynTraitTypeSyntax.self)?.bounds?.bounds ?? []
                if bounds.contains(where: { Self.isClosureTrait($0.unparenthesized.traitType, unit) }) {
                    report(context, unit, at: node.span, "trait objects of `Fn`, `FnMut` or `FnOnce` are not allowed")
                }
            case .pathType:
                // A bare `Fn(u8)` used as a type (not as a bound) is a 2015-style trait object.
                if node.containsToken(.openParen), let parent = node.parent, parent.kind != .typeBound, parent.kind != .qualifiedSelf,
                   node.child(.path)?.as(PathSyntax.self)?.segments.last?.parenthesizedArgs != nil,
                   Self.isClosureTrait(node.as(PathTypeSyntax.self), unit) {
                    report(context, unit, at: node.span, "trait objects of `Fn`, `FnMut` or `FnOnce` are not allowed")
                }
            default:
                break
            }
        }
    }

    static func isClosureTrait(_ type: PathTypeSyntax?, _ unit: LintUnit) -> Bool {
        guard let path = type?.path, case .external(let resolved) = unit.resolver.resolve(path, as: .types) else { return false }
        return closureTraits.contains(resolved)
    }
}
