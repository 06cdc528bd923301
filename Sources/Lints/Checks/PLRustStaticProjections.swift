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
        let parameterNodes = tree.nodes(ofKind: .typeParam)
        // Without type parameters (or traits, whose `Self` is one) nothing is generic here.
        guard !parameterNodes.isEmpty || !tree.nodes(ofKind: .traitItem).isEmpty else { return }
        let parameterNames = Set(parameterNodes.compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier }).union(["Self"])
        guard mayProject(tree, parameterNames) else { return }
        var statics: Set<String>?
        // Candidates by the innermost item they are in, in source order.
        var candidates: [(item: SyntaxNode, types: [SyntaxNode])] = []
        var slots: [Int: Int] = [:]
        var items: [SyntaxNode]?
        for type in tree.nodes(ofKind: .pathType) {
            // Without allocating: most path types are one segment (`u8`, `T`).
            guard let path = type.firstChild(where: { $0 == .path }) else { continue }
            if path.firstToken?.kind != .lt {
                guard path.directToken(.colon) != nil, let first = path.firstChild(where: { $0 == .pathSegment }),
                      parameterNames.contains(PathSegmentSyntax(unchecked: first).identifier) else { continue }
            }
            let generic = items ?? tree.nodes(ofKinds: [.fn, .implItem, .traitItem, .structItem, .enumItem, .unionItem])
            items = generic
            // The innermost item around it: the first after it, in post-order, that contains it.
            var low = 0
            var high = generic.count
            while low < high {
                let middle = (low + high) / 2
                if generic[middle].id < type.id { low = middle + 1 } else { high = middle }
            }
            guard let item = generic[low...].first(where: { $0.contains(type) }) else { continue }
            if let slot = slots[item.id] {
                candidates[slot].types.append(type)
            } else {
                slots[item.id] = candidates.count
                candidates.append((item, [type]))
            }
        }
        for (item, types) in candidates {
            if [.structItem, .enumItem, .unionItem].contains(item.kind) {
                // `struct S<I: Iterator>(I::Item)`: `S<X>` is `'static` when `X` is, whatever the field holds.
                let parameters = typeParameters(of: item)
                if let projection = types.first(where: { isProjection($0, of: parameters, except: []) }) {
                    report(context, unit, at: projection.span, "field whose type is an associated type of a type parameter",
                           label: "the type counts as `'static` when its parameters do, whatever this field holds")
                }
            } else if let (projection, returnsOpaque) = check(item, container: container(of: item, among: items ?? []), candidates: types,
                                                              unit, context, statics: &statics) {
                report(context, unit, at: projection.span,
                       returnsOpaque ? "`impl Trait` returned from code that names an associated type of a type parameter"
                                     : "associated type of a type parameter that is known to be `'static`",
                       label: returnsOpaque ? "the returned type counts as `'static` when the parameters do, whatever it holds of this"
                                            : "a closure's type can pass for `'static` when it is not, and this would carry that on")
            }
        }
    }

    /// A look at the tokens before the nodes: a projection is written
    /// `P::Name` (`P` a type parameter or `Self`) or `<… as Trait>::Name`.
    private func mayProject(_ tree: SyntaxTree, _ parameterNames: Set<String>) -> Bool {
        let tokens = tree.tokens
        let lengths = Set(parameterNames.map(\.utf8.count))
        var index = 0
        while index + 2 < tokens.count {
            defer { index += 1 }
            guard tokens[index + 1].kind == .colon, tokens[index + 2].kind == .colon else { continue }
            let token = tokens[index]
            switch token.kind {
            case .kwSelfType, .gt: return true
            case .ident:
                if lengths.contains(Int(token.end - token.start)), parameterNames.contains(tree.text(of: token)) { return true }
            default: continue
            }
        }
        return false
    }

    /// The impl or trait whose method `item` is.
    private func container(of item: SyntaxNode, among items: [SyntaxNode]) -> SyntaxNode? {
        guard item.kind == .fn else { return nil }
        return items.first { candidate in
            (candidate.kind == .implItem || candidate.kind == .traitItem)
                && candidate.child(.assocItemList)?.children.contains(item) == true
        }
    }

    /// The projection that makes `node` (a fn, impl or trait) refused, if
    /// any, and whether it is refused for returning `impl Trait`.
    private func check(_ node: SyntaxNode, container: SyntaxNode?, candidates: [SyntaxNode], _ unit: LintUnit, _ context: LintContext,
                       statics: inout Set<String>?) -> (SyntaxNode, Bool)? {
        var owners = [node]
        if let container { owners.append(container) }
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
        // The candidates are the path types whose innermost item this is: a
        // method's whole text, an impl's or trait's header and associated
        // types (its methods are items of their own).
        guard let projection = candidates.first(where: { isProjection($0, of: parameters, except: ownAssociatedTypes) }) else { return nil }
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
        // Nothing to find without a `'static` or a name of `statics` in the header.
        let tree = item.tree
        let mentionsStatic = header(of: item).contains { part in
            part.tokenRange.contains { index in
                let token = tree.tokens[index]
                if token.kind == .lifetime { return tree.token(token, is: "'static") }
                return token.kind == .ident && statics.contains(tree.text(of: token))
            }
        }
        guard mentionsStatic else { return false }
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

    /// Whether the path type `type` projects out of one of `parameters`:
    /// `I::Item`, or a qualified `<… I …>::Name` (not an impl's own `Self::X`).
    private func isProjection(_ type: SyntaxNode, of parameters: Set<String>, except own: Set<String>) -> Bool {
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
