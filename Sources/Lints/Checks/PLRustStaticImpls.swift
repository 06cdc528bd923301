import Diagnostics
import RustSyntax

/// `plrust_static_impls`: impls whose self type holds a `&'static` reference
/// anywhere: written out, behind a type alias of the body, or with a lifetime
/// the impl bounds by `'static` (`impl<'a: 'static> T for &'a u8`). A self
/// type made by a macro call is refused, as what it holds is not seen here.
struct PLRustStaticImpls: CodeLint {
    static let name = "plrust_static_impls"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let impls = unit.tree.nodes(ofKind: .implItem)
        guard !impls.isEmpty else { return }
        let aliases = Dictionary(unit.tree.nodes(ofKind: .typeAlias).compactMap { node -> (String, SyntaxNode)? in
            guard let alias = node.as(TypeAliasSyntax.self), let name = alias.name?.identifier,
                  let aliased = alias.aliasedType else { return nil }
            return (name, aliased.syntax)
        }, uniquingKeysWith: { first, _ in first })
        for node in impls {
            guard let selfType = node.as(ImplSyntax.self)?.selfType else { continue }
            if selfType.syntax.kind == .macroType || !selfType.syntax.descendants([.macroType]).isEmpty {
                report(context, unit, at: selfType.span, "impl for a type made by a macro call",
                       label: "plrustc cannot see whether this type holds a `&'static` reference")
                continue
            }
            let (staticLifetimes, selfIsStatic) = lifetimesBoundByStatic(node, selfType: selfType.syntax)
            if selfIsStatic, let reference = selfType.syntax.descendants([.refType]).first
                ?? (selfType.syntax.kind == .refType ? selfType.syntax : nil) {
                report(context, unit, at: selfType.span, "impl for a type containing a `&'static` reference",
                       label: "`Self: 'static` makes this reference `'static`: `\(reference.text)`")
                continue
            }
            if let found = staticReference(in: selfType.syntax, lifetimes: staticLifetimes, aliases: aliases, seen: []) {
                report(context, unit, at: selfType.span, "impl for a type containing a `&'static` reference",
                       label: found == selfType.syntax ? nil : "the `&'static` reference is here: `\(found.text)`")
            }
        }
    }

    /// A reference with one of `lifetimes` inside `type`, or a type given one of
    /// them as an argument (`S<'static>`, `Cow<'static, str>`: what it holds is
    /// not seen here, so it is taken to hold such a reference), looking through
    /// the body's type aliases.
    private func staticReference(in type: SyntaxNode, lifetimes: [String], aliases: [String: SyntaxNode],
                                 seen: Set<String>) -> SyntaxNode? {
        if type.kind == .refType, let lifetime = type.as(RefTypeSyntax.self)?.lifetime?.name, lifetimes.contains(lifetime) {
            return type
        }
        for candidate in type.descendants([.refType, .pathType, .lifetimeArg]) {
            if candidate.kind == .refType {
                if let lifetime = candidate.as(RefTypeSyntax.self)?.lifetime?.name, lifetimes.contains(lifetime) { return candidate }
                continue
            }
            if candidate.kind == .lifetimeArg {
                if let lifetime = candidate.child(.lifetime)?.as(LifetimeSyntax.self)?.name, lifetimes.contains(lifetime) {
                    return candidate.parent?.parent ?? candidate
                }
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

    /// The impl's lifetimes that outlive `'static` (so are `'static`):
    /// `impl<'a: 'static>`, `where 'a: 'static`, chains (`'a: 'b, 'b: 'static`),
    /// and lifetimes inside a type bounded by `'static` (`where &'a (): 'static`).
    /// `selfIsStatic`: a `where Self: 'static` (or the self type itself bounded so).
    private func lifetimesBoundByStatic(_ impl: SyntaxNode, selfType: SyntaxNode) -> (lifetimes: [String], selfIsStatic: Bool) {
        let declarations = (impl.child(.genericParamList)?.children(.lifetimeParam) ?? [])
            + (impl.child(.whereClause)?.children(.wherePred) ?? [])
        var statics: Set<String> = ["'static"]
        var selfIsStatic = false
        var changed = true
        while changed {
            changed = false
            for declaration in declarations {
                let bounds = declaration.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds ?? []
                guard bounds.contains(where: { ($0.lifetime?.name).map(statics.contains) ?? false }) else { continue }
                var bounded: [String] = []
                if let lifetime = declaration.child(.lifetime)?.as(LifetimeSyntax.self)?.name {
                    bounded.append(lifetime)
                } else if let type = declaration.children.first(where: { TypeSyntax.accepts($0.kind) }) {
                    if type.text == "Self" || type.text == selfType.text {
                        if !selfIsStatic { selfIsStatic = true; changed = true }
                    }
                    bounded += type.descendants([.lifetime]).compactMap { $0.as(LifetimeSyntax.self)?.name }
                }
                for lifetime in bounded where statics.insert(lifetime).inserted { changed = true }
            }
        }
        return (Array(statics), selfIsStatic)
    }
}
