import Diagnostics
import RustSyntax

/// `plrust_suspicious_trait_object`: trait objects in turbofish generic
/// arguments and in generic parameter defaults, also behind a type alias the
/// body defines.
struct PLRustSuspiciousTraitObject: CodeLint {
    static let name = "plrust_suspicious_trait_object"

    func check(_ unit: LintUnit, _ context: LintContext) {
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
