import Diagnostics
import RustSyntax

/// `plrust_suspicious_trait_object`: trait objects in turbofish generic
/// arguments and in generic parameter defaults, also behind a type alias the
/// body defines; and the other half of the hole they reach, a blanket impl
/// with an associated type for type parameters that may be trait objects.
struct PLRustSuspiciousTraitObject: CodeLint {
    static let name = "plrust_suspicious_trait_object"

    func check(_ unit: LintUnit, _ context: LintContext) {
        checkBlanketImpls(unit, context)
        let candidates = unit.tree.nodes(ofKinds: [.genericArgList, .typeParam])
        // Most units have no turbofish and no type parameter default: no alias to work out.
        guard !candidates.isEmpty else { return }
        // Worked out when first needed: most units have no turbofish and no default.
        var known: Set<String>?
        func dynAliases() -> Set<String> {
            if let known { return known }
            let aliases = aliasesOfTraitObjects(context.items)
            known = aliases
            return aliases
        }
        for node in candidates {
            switch node.kind {
            case .genericArgList where node.as(GenericArgListSyntax.self)?.isTurbofish == true:
                // Inside `impl dyn Trait { … }`, `Self` is that trait object.
                let names = insideTraitObjectImpl(node) ? dynAliases().union(["Self"]) : dynAliases()
                if let found = traitObject(in: node, names) {
                    report(context, unit, at: found.span, "trait object used in a turbofish",
                           label: found.kind == .dynTraitType ? nil : "this type alias stands for a trait object")
                }
            case .typeParam:
                // `T = dyn Trait`: the default is the type after `=`.
                if let defaultType = node.children.last(where: { TypeSyntax.accepts($0.kind) }),
                   node.hasDirectToken(.eq), let found = traitObject(in: defaultType, dynAliases()) {
                    report(context, unit, at: found.span, "trait object used as a generic parameter's default",
                           label: found.kind == .dynTraitType ? nil : "this type alias stands for a trait object")
                }
            default:
                break
            }
        }
    }

    /// `impl<T: ?Sized> Object for T { type Output = … }`: the trait object
    /// `dyn Object<Output = X>` is such a `T`, and the compiler may take its
    /// `Output` from the object type (`X`) in one place and from this impl in
    /// another, which turns any value into any type in safe code
    /// (rust-lang/rust#57893). A trait object need not appear in a turbofish
    /// for that (a `let` with a type annotation is enough), so the impl is
    /// what is refused. The trait must be the body's own (std's traits cannot
    /// be implemented for every `T` by a body), so only such code is affected.
    private func checkBlanketImpls(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.root.descendants([.implItem]) {
            // An associated type, or a macro call that may write one (`output!(U);`).
            guard let implementation = node.as(ImplSyntax.self), implementation.traitType != nil,
                  let selfNode = implementation.selfType?.syntax.withoutParentheses,
                  let associated = node.child(.assocItemList)?.children.first(where: { $0.kind == .typeAlias || $0.kind == .macroItem })
            else { continue }
            // `?Sized` is written with a `?`: most impls have none.
            let relaxes = [SyntaxKind.genericParamList, .whereClause].contains { part in
                node.child(part).map { $0.tokenRange.contains { node.tree.tokens[$0].kind == .question } } ?? false
            }
            guard relaxes else { continue }
            let unsized = unsizedParameters(of: node)
            guard !unsized.isEmpty else { continue }
            let parameter: String?
            if selfNode.kind == .macroType {
                // `for id!(T)`: what the macro writes is not known here.
                parameter = unsized.sorted().first
            } else if let selfType = selfNode.as(PathTypeSyntax.self)?.path {
                // `T` itself, or a type alias of the body applied to `T` (`Same<T>`, where `type Same<X> = X`).
                parameter = if selfType.segments.count == 1, let name = selfType.segments.first?.identifier, unsized.contains(name) {
                    name
                } else {
                    selfType.syntax.descendants([.pathType]).lazy.compactMap { type -> String? in
                        guard let path = type.child(.path)?.as(PathSyntax.self), path.segments.count == 1,
                              let name = path.segments.first?.identifier, unsized.contains(name) else { return nil }
                        return name
                    }.first.flatMap { name in isTypeAlias(selfType.segments.last?.identifier, context.items) ? name : nil }
                }
            } else {
                parameter = nil
            }
            guard let parameter else { continue }
            let associatedName = associated.child(.name)?.as(NameSyntax.self)?.identifier ?? "Type"
            report(context, unit, at: node.span(through: node.token(.kwFor) ?? nil).union(selfNode.span),
                   "blanket implementation with an associated type for a type parameter that may be a trait object",
                   label: "`\(parameter)` may be `dyn Trait<\(associatedName) = …>`, whose `\(associatedName)` need not be this impl's")
        }
    }

    /// The impl's type parameters that are `?Sized` (in the parameter list or a `where` clause).
    private func unsizedParameters(of impl: SyntaxNode) -> Set<String> {
        func relaxed(_ bounds: SyntaxNode?) -> Bool {
            bounds?.as(TypeBoundListSyntax.self)?.bounds.contains { $0.unparenthesized.isMaybe } ?? false
        }
        var names: Set<String> = []
        for parameter in impl.child(.genericParamList)?.children(.typeParam) ?? [] {
            if let name = parameter.child(.name)?.as(NameSyntax.self)?.identifier, relaxed(parameter.child(.typeBoundList)) {
                names.insert(name)
            }
        }
        for predicate in impl.child(.whereClause)?.children(.wherePred) ?? [] {
            if let bounded = predicate.child(.pathType)?.as(PathTypeSyntax.self)?.path, bounded.segments.count == 1,
               let name = bounded.segments.first?.identifier, relaxed(predicate.child(.typeBoundList)) {
                names.insert(name)
            }
        }
        return names
    }

    /// Whether `name` is one of the body's type aliases (by any name `use … as` gives it, in any tree).
    private func isTypeAlias(_ name: String?, _ items: BodyItems) -> Bool {
        guard let name else { return false }
        return items.names("type aliases") { _ in Set(items.typeAliases.keys) }.contains(name)
    }

    /// Whether `node` is inside an `impl dyn Trait` block (or an impl for an alias of a trait object).
    private func insideTraitObjectImpl(_ node: SyntaxNode) -> Bool {
        var current = node.parent
        while let ancestor = current {
            if ancestor.kind == .implItem {
                return ancestor.as(ImplSyntax.self)?.selfType?.syntax.kind == .dynTraitType
            }
            current = ancestor.parent
        }
        return false
    }

    /// A trait object (or an alias of one) anywhere inside `node`. An alias is
    /// known by its name wherever it is defined (`m::H` names the alias `H` of module `m`).
    private func traitObject(in node: SyntaxNode, _ dynAliases: Set<String>) -> SyntaxNode? {
        node.descendants([.dynTraitType, .pathType]).first { candidate in
            if candidate.kind == .dynTraitType { return true }
            guard let path = candidate.child(.path)?.as(PathSyntax.self), let name = path.segments.last?.identifier else { return false }
            return dynAliases.contains(name)
        }
    }

    /// Names of the body's type aliases that stand for a trait object, directly
    /// or through other aliases, and the names `use … as` gives them, in every tree.
    private func aliasesOfTraitObjects(_ items: BodyItems) -> Set<String> {
        // Associated types too: `foo::<Self::Output>()` where `type Output = dyn Trait;`.
        items.names("aliases of trait objects") { known in
            Set([items.typeAliases, items.associatedTypes].joined().compactMap { name, aliases in
                aliases.contains { alias in alias.aliasedType.map { traitObject(in: $0.syntax, known) != nil } ?? false } ? name : nil
            })
        }
    }
}
