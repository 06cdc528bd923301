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
        let dynAliases = aliasesOfTraitObjects(unit.tree)
        for node in candidates {
            switch node.kind {
            case .genericArgList where node.as(GenericArgListSyntax.self)?.isTurbofish == true:
                // Inside `impl dyn Trait { … }`, `Self` is that trait object.
                let names = insideTraitObjectImpl(node) ? dynAliases.union(["Self"]) : dynAliases
                if let found = traitObject(in: node, names) {
                    report(context, unit, at: found.span, "trait object used in a turbofish",
                           label: found.kind == .dynTraitType ? nil : "this type alias stands for a trait object")
                }
            case .typeParam:
                // `T = dyn Trait`: the default is the type after `=`.
                if let defaultType = node.children.last(where: { TypeSyntax.accepts($0.kind) }),
                   node.hasDirectToken(.eq), let found = traitObject(in: defaultType, dynAliases) {
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
                    }.first.flatMap { name in definesTypeAlias(selfType.segments.last?.identifier, unit.tree) ? name : nil }
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

    private func definesTypeAlias(_ name: String?, _ tree: SyntaxTree) -> Bool {
        guard let name else { return false }
        return tree.root.descendants([.typeAlias]).contains { $0.child(.name)?.as(NameSyntax.self)?.identifier == name }
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
    /// or through other aliases, and the names `use … as` gives them.
    private func aliasesOfTraitObjects(_ tree: SyntaxTree) -> Set<String> {
        var found = typeAliasesOfTraitObjects(tree)
        let renames = tree.nodes(ofKind: .useTree).compactMap { node -> (String, String)? in
            guard let use = node.as(UseTreeSyntax.self), let rename = use.renamedTo?.identifier,
                  let last = use.path?.names.last else { return nil }
            return (last, rename)
        }
        var changed = true
        while changed {
            changed = false
            for (original, rename) in renames where found.contains(original) && !found.contains(rename) {
                found.insert(rename)
                changed = true
            }
        }
        return found
    }

    private func typeAliasesOfTraitObjects(_ tree: SyntaxTree) -> Set<String> {
        let aliases = tree.root.descendants([.typeAlias]).compactMap { node -> (String, SyntaxNode)? in
            guard let alias = node.as(TypeAliasSyntax.self), let name = alias.name?.identifier,
                  let aliased = alias.aliasedType else { return nil }
            return (name, aliased.syntax)
        }
        var found: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for (name, aliased) in aliases where !found.contains(name) && traitObject(in: aliased, found) != nil {
                found.insert(name)
                changed = true
            }
        }
        return found
    }
}
