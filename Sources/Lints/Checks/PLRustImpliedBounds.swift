import Diagnostics
import RustSyntax

/// `plrust_implied_bounds`: a projection written as a type whose lifetimes
/// are normalized away: `<X as Trait>::Name` where `X` or the trait's
/// arguments hold a reference or a lifetime; an associated type given type
/// arguments that do (`<() as F>::Of<&'b &'a ()>`, `P::Member<&'a &'b ()>`,
/// `Self::Member<N<'a, 'b>>`), whatever it is projected out of; and a type
/// alias of the body that is a projection, given such arguments (`type
/// Proj<X> = <X as Trait>::Type;` used as `Proj<&'a &'b ()>`).
///
/// A function may assume what its signature's types need to be well formed:
/// `&'a &'b ()` in a parameter lets its body rely on `'b: 'a`. Inside a
/// projection such a type is normalized away (`<&'a &'b () as Trait>::Type`
/// is `()`, and so is `<() as F>::Of<&'a &'b ()>` for `type Of<T> = ()`), and
/// callers reaching the function through a generic `F: FnOnce(…)` or an impl
/// header never have to prove the bound, so a reference can be made to
/// outlive what it points at (rust-lang/rust#25860, #100051).
///
/// A macro call among those arguments counts as holding lifetimes: lifetimes
/// in a `macro_rules!` transcriber are not hygienic, so `rel!()` may stand
/// for `&'a &'b ()` of the item it is written in.
struct PLRustImpliedBounds: CodeLint {
    static let name = "plrust_implied_bounds"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        // `<X as Trait>::Name` written as a type, with lifetimes inside the `<…>`.
        if tree.contains(kind: .qualifiedSelf) {
            for qualified in tree.nodes(ofKind: .qualifiedSelf) where mayHoldLifetime(qualified) {
                guard let type = qualified.parent?.parent, type.kind == .pathType else { continue }
                report(context, unit, at: type.span, "projection of a type that holds lifetimes",
                       label: "the bounds these lifetimes imply are lost when this is normalized")
            }
        }
        // From the generic argument lists with lifetimes, up to their segment:
        // an associated type's own arguments (`P::Name<&'a &'b ()>`), or an
        // alias of the run's that is a projection (`Proj<&'a &'b ()>`).
        guard tree.contains(kind: .genericArgList) else { return }
        var parameters: Set<String>?
        var projectionAliases: Set<String>?
        for arguments in tree.nodes(ofKind: .genericArgList) where mayHoldLifetime(arguments) {
            guard let segment = arguments.parent, segment.kind == .pathSegment,
                  let path = segment.parent, path.kind == .path,
                  let type = path.parent, type.kind == .pathType else { continue }
            if arguments.children.contains(where: { $0.kind == .typeArg && mayHoldLifetime($0) }),
               isAssociatedItem(segment, of: path, parameters: {
                   // A macro's expansion may use a parameter of the item it stands in; the body's own tree declares its own.
                   let known = parameters ?? (unit.expansion == nil
                       ? Set(tree.nodes(ofKind: .typeParam).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
                       : context.items.typeParameterNames).union(["Self"])
                   parameters = known
                   return known
               }) {
                report(context, unit, at: type.span, "associated type given type arguments that hold lifetimes",
                       label: "the bounds these lifetimes imply are lost when this is normalized")
                continue
            }
            guard context.hasTypeAliases else { continue }
            let aliases = projectionAliases ?? Self.projectionAliases(context.items)
            projectionAliases = aliases
            guard aliases.contains(PathSegmentSyntax(unchecked: segment).identifier) else { continue }
            report(context, unit, at: type.span, "projection of a type that holds lifetimes",
                   label: "this type alias is a projection; the bounds these lifetimes imply are lost when it is normalized")
        }
    }

    /// A reference, a lifetime, or a macro call (which may expand to either) among the node's tokens.
    private func mayHoldLifetime(_ node: SyntaxNode) -> Bool {
        let tokens = node.tree.tokens
        return node.tokenRange.contains {
            let kind = tokens[$0].kind
            return kind == .lifetime || kind == .and || kind == .bang
        }
    }

    /// Whether `segment` of `path` names an associated item: a segment after
    /// `<X as Trait>`, or after a first segment that is a type parameter or
    /// `Self` (a path out of a module, `std::slice::Iter<'a, T>`, is not one).
    private func isAssociatedItem(_ segment: SyntaxNode, of path: SyntaxNode, parameters: () -> Set<String>) -> Bool {
        if path.child(.qualifiedSelf) != nil { return true }
        guard let first = path.child(.pathSegment), first != segment else { return false }
        return parameters().contains(PathSegmentSyntax(unchecked: first).identifier)
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
