import Diagnostics
import RustSyntax

/// `plrust_implied_bounds`: a projection `<X as Trait>::Name` written as a
/// type where `X` or the trait's arguments hold a reference or a lifetime,
/// directly or through a type alias of the body (`type Proj<X> = <X as
/// Trait>::Type;` used as `Proj<&'a &'b ()>`).
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
        let tree = unit.tree
        // `<X as Trait>::Name` written as a type, with lifetimes inside the `<…>`.
        if tree.contains(kind: .qualifiedSelf) {
            for qualified in tree.nodes(ofKind: .qualifiedSelf) where holdsLifetime(qualified) {
                guard let type = qualified.parent?.parent, type.kind == .pathType else { continue }
                report(context, unit, at: type.span, "projection of a type that holds lifetimes",
                       label: "the bounds these lifetimes imply are lost when this is normalized")
            }
        }
        // `Proj<&'a &'b ()>` for an alias of the run's that is a projection:
        // from the generic argument lists with lifetimes, up to their segment.
        guard tree.contains(kind: .genericArgList), context.hasTypeAliases else { return }
        let projectionAliases = Self.projectionAliases(context.items)
        guard !projectionAliases.isEmpty else { return }
        for arguments in tree.nodes(ofKind: .genericArgList) where holdsLifetime(arguments) {
            guard let segment = arguments.parent, segment.kind == .pathSegment,
                  projectionAliases.contains(PathSegmentSyntax(unchecked: segment).identifier),
                  let type = segment.parent?.parent, type.kind == .pathType else { continue }
            report(context, unit, at: type.span, "projection of a type that holds lifetimes",
                   label: "this type alias is a projection; the bounds these lifetimes imply are lost when it is normalized")
        }
    }

    private func holdsLifetime(_ node: SyntaxNode) -> Bool {
        let tokens = node.tree.tokens
        return node.tokenRange.contains { tokens[$0].kind == .lifetime || tokens[$0].kind == .and }
    }

    /// The body's type aliases that stand for a projection out of one of their
    /// parameters (`type Proj<X> = <X as Trait>::Type`, `X::Type`), or for
    /// another such alias, by every name they have.
    static func projectionAliases(_ items: BodyItems) -> Set<String> {
        items.names("projection aliases") { known in
            Set(items.typeAliases.compactMap { name, aliases in
                aliases.contains { alias in
                    guard let aliased = alias.aliasedType?.syntax else { return false }
                    let parameters = Set((alias.genericParams?.typeParams ?? []).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
                    return aliased.descendants([.pathType]).contains { type in
                        guard let path = type.child(.path)?.as(PathSyntax.self) else { return false }
                        if path.qualifiedSelf != nil { return true }
                        if let last = path.segments.last?.identifier, known.contains(last) { return true }
                        return path.segments.count >= 2 && parameters.contains(path.segments.first?.identifier ?? "")
                    }
                } ? name : nil
            })
        }
    }
}
