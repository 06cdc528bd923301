import Diagnostics
import RustSyntax

/// `plrust_static_projections`: generic code that names an associated type
/// of a type parameter (`I::Item`, `<T as Trait>::Out`, `Self::X`) where the
/// parameter is known to be `'static`.
///
/// rustc takes `<I as Trait>::Item: 'static` to follow from `I: 'static`.
/// A closure that captures nothing counts as `'static` even when its
/// signature names a shorter lifetime (rust-lang/rust#84366), and so does a
/// std type built from one (`std::iter::from_fn(|| -> Option<&'a mut T> …)`):
/// through such a projection a short-lived reference becomes `'static`, with
/// no impl of the body's own involved. What says the parameter is `'static`
/// may be a bound (`I: 'static`, `Any`, a trait that requires `'static`) or a
/// type in the signature that needs it (`&'static I`, `&S<I>` for a `struct
/// S<I: 'static>`, std's `LocalKey<I>`): the item that has both is refused.
struct PLRustStaticProjections: CodeLint {
    static let name = "plrust_static_projections"
    static var watchedPaths: [[String]] { [["std", "any", "Any"]] }
    /// std's traits and types that require `'static` of what they are given.
    private static let standardStaticNames: Set<String> = ["Any", "LocalKey"]

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        // Candidates first, from one pass over the tree's path types: a
        // qualified path, or `P::Name` where `P` is some item's type parameter
        // or `Self`. Most trees have none.
        let parameterNames = Set(tree.nodes(ofKind: .typeParam).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
            .union(["Self"])
        var statics: Set<String>?
        var checked: Set<Int> = []
        for type in tree.nodes(ofKind: .pathType) {
            guard let path = type.child(.path)?.as(PathSyntax.self),
                  path.qualifiedSelf != nil || (path.segments.count >= 2 && parameterNames.contains(path.segments[0].identifier))
            else { continue }
            guard let item = enclosingGenericItem(of: type), checked.insert(item.id).inserted else { continue }
            if [.structItem, .enumItem, .unionItem].contains(item.kind) {
                // `struct S<I: Iterator>(I::Item)`: `S<X>` is `'static` when `X` is, whatever the field holds.
                if let projection = firstProjection(in: item, of: typeParameters(of: item), except: []) {
                    report(context, unit, at: projection.span, "field whose type is an associated type of a type parameter",
                           label: "the type counts as `'static` when its parameters do, whatever this field holds")
                }
            } else if let (projection, returnsOpaque) = check(item, unit, context, statics: &statics) {
                report(context, unit, at: projection.span,
                       returnsOpaque ? "`impl Trait` returned from code that names an associated type of a type parameter"
                                     : "associated type of a type parameter that is known to be `'static`",
                       label: returnsOpaque ? "the returned type counts as `'static` when the parameters do, whatever it holds of this"
                                            : "a closure's type can pass for `'static` when it is not, and this would carry that on")
            }
        }
    }

    /// The innermost fn, impl, trait, struct, enum or union around `node`.
    private func enclosingGenericItem(of node: SyntaxNode) -> SyntaxNode? {
        var current = node.parent
        while let candidate = current {
            if [.fn, .implItem, .traitItem, .structItem, .enumItem, .unionItem].contains(candidate.kind) { return candidate }
            current = candidate.parent
        }
        return nil
    }

    /// The projection that makes `node` (a fn, impl or trait) refused, if
    /// any, and whether it is refused for returning `impl Trait`.
    private func check(_ node: SyntaxNode, _ unit: LintUnit, _ context: LintContext,
                       statics: inout Set<String>?) -> (SyntaxNode, Bool)? {
        var owners = [node]
        if node.kind == .fn, node.parent?.kind == .assocItemList, let container = node.parent?.parent,
           container.kind == .implItem || container.kind == .traitItem {
            owners.append(container)
        }
        var parameters: Set<String> = []
        var ownAssociatedTypes: Set<String> = []
        for owner in owners {
            parameters.formUnion(typeParameters(of: owner))
            if owner.kind == .traitItem || (owner.kind == .implItem && !typeParameters(of: owner).isEmpty) {
                parameters.insert("Self")
            }
            if owner.kind == .implItem {
                // An impl's own `Self::Item` is the type it defines, not a projection.
                for item in owner.child(.assocItemList)?.children(.typeAlias) ?? [] {
                    if let name = item.child(.name)?.as(NameSyntax.self)?.identifier { ownAssociatedTypes.insert(name) }
                }
            }
        }
        guard !parameters.isEmpty else { return nil }
        // A method's whole text; an impl's or trait's header and associated types (its methods are items of their own).
        let searched: [SyntaxNode] = node.kind == .fn
            ? [node]
            : header(of: node) + (node.child(.assocItemList)?.children.filter { $0.kind == .typeAlias || $0.kind == .constItem } ?? [])
        guard let projection = searched.lazy.compactMap({ firstProjection(in: $0, of: parameters, except: ownAssociatedTypes) }).first
        else { return nil }
        // `-> impl Trait` hides what it is built from, and is `'static` when
        // the parameters are: a value of `I::Item` kept in it is carried away.
        if node.kind == .fn, node.child(.retType)?.descendants([.implTraitType]).isEmpty == false { return (projection, true) }
        // Only then what makes a parameter `'static`.
        let known = statics ?? Self.staticNames(context.items)
        statics = known
        return owners.contains(where: { saysStatic($0, parameters: parameters, statics: known) }) ? (projection, false) : nil
    }

    /// The children of an item that are not its body.
    private func header(of item: SyntaxNode) -> [SyntaxNode] {
        item.children.filter { $0.kind != .blockExpr && $0.kind != .assocItemList }
    }

    private func typeParameters(of item: SyntaxNode) -> Set<String> {
        Set((item.child(.genericParamList)?.children(.typeParam) ?? []).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
    }

    /// Whether `item`'s header makes one of `parameters` `'static`: a bound on
    /// it (in the parameter list, a `where` clause, a trait's supertraits), or
    /// a type of its signature that needs it (`&'static T`, a type of
    /// `statics` holding it).
    private func saysStatic(_ item: SyntaxNode, parameters: Set<String>, statics: Set<String>) -> Bool {
        for parameter in item.child(.genericParamList)?.children(.typeParam) ?? [] where boundsSayStatic(parameter.child(.typeBoundList), statics) {
            return true
        }
        for predicate in item.child(.whereClause)?.children(.wherePred) ?? [] {
            // On a parameter or `Self`; a bound on a projection (`T::Err: 'static`) is the caller's to prove.
            guard let bounded = predicate.child(.pathType)?.child(.path)?.as(PathSyntax.self), bounded.segments.count == 1,
                  parameters.contains(bounded.segments.first?.identifier ?? "") else { continue }
            if boundsSayStatic(predicate.child(.typeBoundList), statics) { return true }
        }
        if item.kind == .traitItem, boundsSayStatic(item.child(.typeBoundList), statics) { return true }
        // The signature: what its types need to be well formed, the body may assume.
        let signature = item.children.filter { [.paramList, .retType].contains($0.kind) || TypeSyntax.accepts($0.kind) }
        return signature.contains { part in
            part.descendants([.refType, .pathType]).contains { type in
                guard mentions(type, parameters) else { return false }
                if type.kind == .refType { return type.child(.lifetime).map { isStatic($0) } ?? false }
                guard let name = type.child(.path)?.as(PathSyntax.self)?.segments.last?.identifier else { return false }
                return statics.contains(name)
            }
        }
    }

    private func boundsSayStatic(_ bounds: SyntaxNode?, _ statics: Set<String>) -> Bool {
        guard let bounds = bounds?.as(TypeBoundListSyntax.self) else { return false }
        return bounds.bounds.contains { bound in
            let bound = bound.unparenthesized
            if let lifetime = bound.lifetime { return isStatic(lifetime.syntax) }
            guard let name = bound.traitType?.path?.segments.last?.identifier else { return false }
            return statics.contains(name)
        }
    }

    private func isStatic(_ lifetime: SyntaxNode) -> Bool {
        lifetime.tokenRange.contains { lifetime.tree.token(lifetime.tree.tokens[$0], is: "'static") }
    }

    private func mentions(_ type: SyntaxNode, _ parameters: Set<String>) -> Bool {
        type.descendants([.pathType]).contains { inner in
            guard let path = inner.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { return false }
            return parameters.contains(path.segments.first?.identifier ?? "")
        }
    }

    /// The names of traits and types that require `'static` of their
    /// implementors or parameters: std's (`Any`, `LocalKey`), and the
    /// body's traits, structs, enums, unions and aliases whose declarations
    /// say `'static` or name one of these, by every name they have.
    private static func staticNames(_ items: BodyItems) -> Set<String> {
        items.names("static traits and types") { known in
            let statics = known.union(standardStaticNames)
            func says(_ node: SyntaxNode, except body: SyntaxKind?) -> Bool {
                let tree = node.tree
                let tokens = tree.tokens
                var skipped: Range<Int> = 0..<0
                if let body, let inner = node.child(body) { skipped = inner.tokenRange }
                return node.tokenRange.contains { index in
                    guard !skipped.contains(index) else { return false }
                    let token = tokens[index]
                    if token.kind == .lifetime { return tree.token(token, is: "'static") }
                    return token.kind == .ident && statics.contains(tree.text(of: token))
                }
            }
            var found = standardStaticNames
            for (name, traits) in items.traits where traits.contains(where: { trait in
                // The header and the associated types' bounds; not what default methods do.
                says(trait, except: .assocItemList) || (trait.child(.assocItemList)?.children(.typeAlias).contains { says($0, except: nil) } ?? false)
            }) {
                found.insert(name)
            }
            for (name, types) in items.dataTypes where types.contains(where: { type in
                [SyntaxKind.genericParamList, .whereClause].contains { type.child($0).map { says($0, except: nil) } ?? false }
            }) {
                found.insert(name)
            }
            for (name, aliases) in items.typeAliases where aliases.contains(where: { says($0.syntax, except: nil) }) {
                found.insert(name)
            }
            return found
        }
    }

    /// A path type in `node` that projects out of one of `parameters`:
    /// `I::Item`, or a qualified `<… I …>::Name` (not an impl's own `Self::X`).
    private func firstProjection(in node: SyntaxNode, of parameters: Set<String>, except own: Set<String>) -> SyntaxNode? {
        node.descendants([.pathType]).first { type in
            guard let path = type.child(.path)?.as(PathSyntax.self) else { return false }
            if let qualified = path.qualifiedSelf {
                if qualified.selfType?.as(PathTypeSyntax.self)?.path?.segments.map(\.identifier) == ["Self"],
                   own.contains(path.segments.last?.identifier ?? "") {
                    return false
                }
                return mentions(qualified.syntax, parameters)
            }
            guard path.segments.count >= 2, let first = path.segments.first?.identifier, parameters.contains(first) else { return false }
            return !(first == "Self" && path.segments.count == 2 && own.contains(path.segments[1].identifier))
        }
    }
}
