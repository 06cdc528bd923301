import Diagnostics
import RustSyntax

/// `plrust_static_impls`: impls whose self type holds a `&'static` reference
/// anywhere: written out, behind a type alias of the body, or with a lifetime
/// the impl bounds by `'static` (`impl<'a: 'static> T for &'a u8`). A self
/// type made by a macro call is refused, as what it holds is not seen here.
struct PLRustStaticImpls: CodeLint {
    static let name = "plrust_static_impls"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let aliases = Dictionary(unit.tree.nodes(ofKind: .typeAlias).compactMap { node -> (String, SyntaxNode)? in
            guard let alias = node.as(TypeAliasSyntax.self), let name = alias.name?.identifier,
                  let aliased = alias.aliasedType else { return nil }
            return (name, aliased.syntax)
        }, uniquingKeysWith: { first, _ in first })
        for node in unit.tree.root.descendants([.implItem]) {
            guard let selfType = node.as(ImplSyntax.self)?.selfType else { continue }
            if selfType.syntax.kind == .macroType || !selfType.syntax.descendants([.macroType]).isEmpty {
                report(context, unit, at: selfType.span, "impl for a type made by a macro call",
                       label: "plrustc cannot see whether this type holds a `&'static` reference")
                continue
            }
            let staticLifetimes = ["'static"] + lifetimesBoundByStatic(node)
            if let found = staticReference(in: selfType.syntax, lifetimes: staticLifetimes, aliases: aliases, seen: []) {
                report(context, unit, at: selfType.span, "impl for a type containing a `&'static` reference",
                       label: found == selfType.syntax ? nil : "the `&'static` reference is here: `\(found.text)`")
            }
        }
    }

    /// A reference with one of `lifetimes` inside `type`, looking through the body's type aliases.
    private func staticReference(in type: SyntaxNode, lifetimes: [String], aliases: [String: SyntaxNode],
                                 seen: Set<String>) -> SyntaxNode? {
        for candidate in type.descendants([.refType, .pathType]) {
            if candidate.kind == .refType {
                if let lifetime = candidate.as(RefTypeSyntax.self)?.lifetime?.name, lifetimes.contains(lifetime) { return candidate }
                continue
            }
            guard let path = candidate.child(.path)?.as(PathSyntax.self), let name = path.segments.last?.identifier,
                  let aliased = aliases[name], !seen.contains(name) else { continue }
            if staticReference(in: aliased, lifetimes: lifetimes, aliases: aliases, seen: seen.union([name])) != nil {
                return candidate
            }
        }
        return nil
    }

    /// The impl's lifetimes bounded by `'static`: `impl<'a: 'static>` and `where 'a: 'static`.
    private func lifetimesBoundByStatic(_ impl: SyntaxNode) -> [String] {
        let declarations = (impl.child(.genericParamList)?.children(.lifetimeParam) ?? [])
            + (impl.child(.whereClause)?.children(.wherePred) ?? [])
        return declarations.compactMap { declaration -> String? in
            guard let name = declaration.child(.lifetime)?.as(LifetimeSyntax.self)?.name,
                  let bounds = declaration.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds,
                  bounds.contains(where: { $0.lifetime?.name == "'static" }) else { return nil }
            return name
        }
    }
}
