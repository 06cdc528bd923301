import Diagnostics
import RustSyntax

/// `plrust_static_projections`: generic code that names an associated type
/// of a type parameter (`I::Item`, `<T as Trait>::Out`) where a bound says
/// that parameter is `'static`.
///
/// rustc takes `<I as Trait>::Item: 'static` to follow from `I: 'static`.
/// A closure that captures nothing counts as `'static` even when its
/// signature names a shorter lifetime (rust-lang/rust#84366), and so does a
/// std type built from one (`std::iter::from_fn(|| -> Option<&'a mut T> …)`):
/// through such a projection a short-lived reference becomes `'static`, with
/// no impl of the body's own involved. The `'static` bound and the projection
/// of the same parameter have to meet in one generic item, and that is what
/// is refused.
struct PLRustStaticProjections: CodeLint {
    static let name = "plrust_static_projections"
    static var watchedPaths: [[String]] { [anyTrait] }
    private static let anyTrait = ["std", "any", "Any"]

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        // Without type parameters (or traits, whose `Self` is one) there is nothing to find.
        guard !tree.nodes(ofKind: .typeParam).isEmpty || !tree.nodes(ofKind: .traitItem).isEmpty else { return }
        var staticTraits: Set<String>?
        for node in tree.nodes(ofKinds: [.fn, .implItem, .traitItem]) {
            // The item's header, and the headers of the impl or trait around a method.
            var headers = header(of: node)
            var parameters = typeParameters(of: node)
            if node.kind == .traitItem { parameters.insert("Self") }
            if node.kind == .fn, let container = node.parent?.parent, container.kind == .implItem || container.kind == .traitItem,
               node.parent?.kind == .assocItemList {
                headers += header(of: container)
                parameters.formUnion(typeParameters(of: container))
                if container.kind == .traitItem { parameters.insert("Self") }
            }
            guard !parameters.isEmpty else { continue }
            // A method's whole text; an impl's or trait's header and associated types (its methods are items of their own).
            let searched: [SyntaxNode] = node.kind == .fn
                ? [node]
                : header(of: node) + (node.child(.assocItemList)?.children.filter { $0.kind == .typeAlias || $0.kind == .constItem } ?? [])
            guard let projection = searched.lazy.compactMap({ firstProjection(in: $0, of: parameters) }).first else { continue }
            // Only then the bounds, which may need names resolved.
            let known = staticTraits ?? traitsImplyingStatic(unit)
            staticTraits = known
            guard headers.contains(where: { provesStatic($0, unit, known) }) else { continue }
            report(context, unit, at: projection.span, "associated type of a type parameter that a bound says is `'static`",
                   label: "a closure's type can pass for `'static` when it is not, and this would carry that on")
        }
    }

    /// The children of an item that are not its body.
    private func header(of item: SyntaxNode) -> [SyntaxNode] {
        item.children.filter { $0.kind != .blockExpr && $0.kind != .assocItemList }
    }

    private func typeParameters(of item: SyntaxNode) -> Set<String> {
        Set((item.child(.genericParamList)?.children(.typeParam) ?? []).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
    }

    /// Whether `part` says something is `'static`: the lifetime itself (a
    /// bound, or `&'static T`, which implies `T: 'static`), or a bound by
    /// `Any` or by one of the body's traits that requires `'static`.
    private func provesStatic(_ part: SyntaxNode, _ unit: LintUnit, _ staticTraits: Set<String>) -> Bool {
        let tree = unit.tree
        if part.tokenRange.contains(where: { tree.tokens[$0].kind == .lifetime && tree.token(tree.tokens[$0], is: "'static") }) {
            return true
        }
        return part.descendants([.typeBound]).contains { bound in
            guard let path = bound.as(TypeBoundSyntax.self)?.unparenthesized.traitType?.path else { return false }
            // The body's traits by name, wherever they are (`m::Forever` too, or a `use … as` of one).
            if let name = path.segments.last?.identifier, staticTraits.contains(name) { return true }
            if case .external(let resolved) = unit.resolver.resolve(path, as: .types) { return resolved == Self.anyTrait }
            return false
        }
    }

    /// The body's traits whose supertraits include `'static`, `Any` or (in turn) such a trait.
    private func traitsImplyingStatic(_ unit: LintUnit) -> Set<String> {
        let traits = unit.tree.nodes(ofKind: .traitItem).compactMap { node -> (String, SyntaxNode)? in
            guard let name = node.child(.name)?.as(NameSyntax.self)?.identifier, let bounds = node.child(.typeBoundList) else { return nil }
            return (name, bounds)
        }
        // `use Forever as Always;` names the same trait.
        let renames = unit.tree.nodes(ofKind: .useTree).compactMap { node -> (String, String)? in
            guard let use = node.as(UseTreeSyntax.self), let rename = use.renamedTo?.identifier,
                  let last = use.path?.names.last else { return nil }
            return (last, rename)
        }
        var found: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for (name, bounds) in traits where !found.contains(name) && provesStatic(bounds, unit, found) {
                found.insert(name)
                changed = true
            }
            for (original, rename) in renames where found.contains(original) && !found.contains(rename) {
                found.insert(rename)
                changed = true
            }
        }
        return found
    }

    /// A path type in `node` that projects out of one of `parameters`:
    /// `I::Item`, or a qualified `<… I …>::Name`.
    private func firstProjection(in node: SyntaxNode, of parameters: Set<String>) -> SyntaxNode? {
        node.descendants([.pathType]).first { type in
            guard let path = type.child(.path)?.as(PathSyntax.self) else { return false }
            if let qualified = path.qualifiedSelf {
                return qualified.syntax.descendants([.pathType]).contains { inner in
                    guard let innerPath = inner.child(.path)?.as(PathSyntax.self), innerPath.segments.count == 1,
                          let name = innerPath.segments.first?.identifier else { return false }
                    return parameters.contains(name)
                }
            }
            guard path.segments.count >= 2, let first = path.segments.first?.identifier else { return false }
            return parameters.contains(first)
        }
    }
}
