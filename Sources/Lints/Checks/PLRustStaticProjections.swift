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
    /// Other names through which code can require a value to be `'static`
    /// or keep it as one: `TypeId`, downcasts, the body's error
    /// (`Box<dyn Error + 'static>`, built from any type with an `Error`
    /// impl), a panic's payload (read back by a `Drop` impl or a downcast),
    /// a `Waker` made from a `Wake` impl.
    private static let staticUses: Set<String> = [
        "TypeId", "type_id", "downcast", "downcast_ref", "downcast_mut", "panic_any",
        "catch_unwind", "resume_unwind", "Waker",
    ]
    /// Traits whose impls (or bounds) ask for `'static`: an `Error` becomes a
    /// `Box<dyn Error + 'static>`, a `Drop` runs on a value that may be kept,
    /// a `Wake` is an `Arc<Self>` that outlives the call. (Written elsewhere —
    /// `type Error = …`, `fmt::Error` — the name asks for nothing.)
    private static let staticTraits: Set<String> = ["Error", "Drop", "Wake"]

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
                // `struct S<I: Iterator>(I::Item)`: `S<X>` is `'static` when `X` is, whatever the field holds,
                // which matters where something asks for `'static` (`Box<dyn Any>`, `T: 'static`, the body's error).
                let parameters = typeParameters(of: item)
                if let projection = types.first(where: { isProjection($0, of: parameters, except: []) }), Self.asksForStatic(context) {
                    report(context, unit, at: projection.span, "field whose type is an associated type of a type parameter, in code that asks for `'static`",
                           label: "the type counts as `'static` when its parameters do, whatever this field holds")
                }
            } else if let (projection, finding) = check(item, container: container(of: item, among: items ?? []), candidates: types,
                                                        unit, context, statics: &statics) {
                switch finding {
                case .opaque:
                    report(context, unit, at: projection.span, "`impl Trait` returned from code that names an associated type of a type parameter",
                           label: "the returned type counts as `'static` when the parameters do, whatever it holds of this")
                case .staticParameter:
                    report(context, unit, at: projection.span, "associated type of a type parameter that is known to be `'static`",
                           label: "a closure's type can pass for `'static` when it is not, and this would carry that on")
                case .macroType:
                    report(context, unit, at: projection.span, "associated type of a type parameter, in an item whose header has a type made by a macro",
                           label: "plrustc cannot see whether that type makes the parameter `'static`")
                }
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

    /// Why a fn, impl or trait that names a projection is refused.
    private enum Finding {
        /// It returns `impl Trait`, in code that asks for `'static`.
        case opaque
        /// A parameter the projection is out of can be proven `'static`.
        case staticParameter
        /// Its header has a type made by a macro, which may make the parameter `'static`.
        case macroType
    }

    /// The projection that makes `node` (a fn, impl or trait) refused, if
    /// any, and why.
    private func check(_ node: SyntaxNode, container: SyntaxNode?, candidates: [SyntaxNode], _ unit: LintUnit, _ context: LintContext,
                       statics: inout Set<String>?) -> (SyntaxNode, Finding)? {
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
        // the parameters are: a value of `I::Item` kept in it is carried
        // away where something asks for `'static`.
        if node.kind == .fn, node.child(.retType)?.descendants([.implTraitType]).isEmpty == false, Self.asksForStatic(context) {
            return (projection, .opaque)
        }
        // Only then what makes a parameter `'static`.
        let known = statics ?? Self.staticNames(context.items)
        statics = known
        return saysStatic(owners, parameters: parameters, statics: known).map { (projection, $0) }
    }

    /// The children of an item that are not its body.
    private func header(of item: SyntaxNode) -> [SyntaxNode] {
        item.children.filter { $0.kind != .blockExpr && $0.kind != .assocItemList }
    }

    private func typeParameters(of item: SyntaxNode) -> Set<String> {
        Set((item.child(.genericParamList)?.children(.typeParam) ?? []).compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
    }

    /// Whether the headers of `owners` (a method and its impl or trait) make
    /// one of `parameters` `'static` (or have a macro type that may), any
    /// way rustc could derive it: a bound
    /// `'static`, or by a lifetime that outlives `'static`, or by a trait of
    /// `statics`, on the parameter or on any type built from it outside a
    /// projection (`I: 'static`, `Option<I>: 'static`, `(I,): Any`, `I: 's`
    /// with `'s: 'static`); a supertrait of a trait; or a type of the
    /// signature that needs it to be well formed (`&'static I`, `&'s I`,
    /// `Cow<'static, I>`, `LocalKey<I>`, a type of `statics` holding it).
    private func saysStatic(_ owners: [SyntaxNode], parameters: Set<String>, statics: Set<String>) -> Finding? {
        let parts = owners.flatMap(header(of:))
        // Nothing to find without a `'static`, a name of `statics` or a macro type in the headers.
        guard parts.contains(where: { mayMentionStatic($0, statics) }) else { return nil }
        // A type made by a macro cannot be read here: it may be `&'static I`.
        if parts.contains(where: { $0.kind == .macroType || !$0.descendants([.macroType]).isEmpty }) { return .macroType }
        let forever = outlivingStatic(owners, statics: statics)
        for owner in owners {
            for parameter in owner.child(.genericParamList)?.children(.typeParam) ?? []
            where boundsSayStatic(parameter.child(.typeBoundList), forever, statics) {
                return .staticParameter
            }
            for predicate in owner.child(.whereClause)?.children(.wherePred) ?? [] {
                // On a type built from a parameter; a bound on a projection (`T::Err: 'static`) is the caller's to prove.
                guard let bounded = predicate.firstChild(where: TypeSyntax.accepts),
                      mentionsOutsideProjections(bounded, parameters) else { continue }
                if boundsSayStatic(predicate.child(.typeBoundList), forever, statics) { return .staticParameter }
            }
            if owner.kind == .traitItem, boundsSayStatic(owner.child(.typeBoundList), forever, statics) { return .staticParameter }
            // The signature: what its types need to be well formed, the body may assume.
            for part in signature(of: owner) {
                for type in part.descendants([.refType, .pathType]) {
                    if type.kind == .refType {
                        guard let lifetime = type.child(.lifetime), forever.contains(lifetimeName(lifetime)),
                              let referent = type.firstChild(where: TypeSyntax.accepts) else { continue }
                        if mentionsOutsideProjections(referent, parameters) { return .staticParameter }
                        continue
                    }
                    guard let path = type.child(.path)?.as(PathSyntax.self), let last = path.segments.last else { continue }
                    let arguments = path.segments.compactMap { $0.syntax.child(.genericArgList) }
                    let typeArguments = arguments.flatMap { $0.children(.typeArg) }
                    let bounded = statics.contains(last.identifier)
                        || arguments.contains { $0.children(.lifetimeArg).contains { forever.contains(lifetimeName($0)) } }
                    if bounded, typeArguments.contains(where: { mentionsOutsideProjections($0, parameters) }) { return .staticParameter }
                }
            }
        }
        return nil
    }

    /// The parts of an item whose types its body may assume well formed:
    /// parameters, return type, an impl's self type and trait.
    private func signature(of item: SyntaxNode) -> [SyntaxNode] {
        item.children.filter { [.paramList, .retType].contains($0.kind) || TypeSyntax.accepts($0.kind) }
    }

    /// The lifetimes that the headers of `owners` make outlive `'static`
    /// (`'static` included): by a bound (`'s: 'static`, `where 's: 't`
    /// with `'t` one of them), or by a signature type that needs it to be
    /// well formed: a reference `&'static …'s…`, a type with a lifetime
    /// argument `Iter<'static, &'s ()>`, a type of `statics` (`Wit<'s>` for
    /// `struct Wit<'s: 'static>`, `LocalKey<&'s ()>`).
    private func outlivingStatic(_ owners: [SyntaxNode], statics: Set<String>) -> Set<String> {
        // For each lifetime, the token ranges whose lifetimes outlive it: `'x: 'y` puts `'x` under
        // `'y`, `&'r T` puts `T` under `'r`, `Iter<'r, T>` its type arguments under `'r`.
        var outliving: [String: [Range<Int>]] = [:]
        func bounds(_ list: SyntaxNode?, of longer: SyntaxNode) {
            for bound in list?.as(TypeBoundListSyntax.self)?.bounds ?? [] {
                if let lifetime = bound.unparenthesized.lifetime { outliving[lifetimeName(lifetime.syntax), default: []].append(longer.tokenRange) }
            }
        }
        for owner in owners {
            for parameter in owner.child(.genericParamList)?.children(.lifetimeParam) ?? [] {
                if let lifetime = parameter.child(.lifetime) { bounds(parameter.child(.typeBoundList), of: lifetime) }
            }
            for predicate in owner.child(.whereClause)?.children(.wherePred) ?? [] {
                if let lifetime = predicate.child(.lifetime) { bounds(predicate.child(.typeBoundList), of: lifetime) }
            }
            for part in signature(of: owner) {
                for type in part.descendants([.refType, .pathType]) {
                    if type.kind == .refType {
                        guard let lifetime = type.child(.lifetime), let referent = type.firstChild(where: TypeSyntax.accepts) else { continue }
                        outliving[lifetimeName(lifetime), default: []].append(referent.tokenRange)
                        continue
                    }
                    guard let path = type.child(.path)?.as(PathSyntax.self), let last = path.segments.last else { continue }
                    for arguments in path.segments.compactMap({ $0.syntax.child(.genericArgList) }) {
                        let inner = arguments.children(.typeArg).map(\.tokenRange)
                        for argument in arguments.children(.lifetimeArg) { outliving[lifetimeName(argument), default: []] += inner }
                        if statics.contains(last.identifier) { outliving["'static", default: []].append(arguments.tokenRange) }
                    }
                }
            }
        }
        // From `'static` outwards. A token read once has given its lifetime already: `skip` maps a
        // read token to one after it, unread or not, so nested ranges are read once in all.
        guard let tree = owners.first?.tree else { return ["'static"] }
        var forever: Set<String> = ["'static"]
        var pending = ["'static"]
        var skip: [Int: Int] = [:]
        func unread(from start: Int) -> Int {
            var index = start
            while let next = skip[index] { index = next }
            var step = start
            while let next = skip[step], next != index { skip[step] = index; step = next }
            return index
        }
        while let shorter = pending.popLast() {
            for range in outliving[shorter] ?? [] {
                var index = unread(from: range.lowerBound)
                while index < range.upperBound {
                    if tree.tokens[index].kind == .lifetime {
                        let name = tree.text(of: tree.tokens[index])
                        if forever.insert(name).inserted { pending.append(name) }
                    }
                    skip[index] = index + 1
                    index = unread(from: index + 1)
                }
            }
        }
        return forever
    }

    /// The lifetime a `lifetime` node (or a node holding one first) names: `'a`, `'static`.
    private func lifetimeName(_ node: SyntaxNode) -> String {
        let tree = node.tree
        return node.tokenRange.first { tree.tokens[$0].kind == .lifetime }.map { tree.text(of: tree.tokens[$0]) } ?? ""
    }

    /// A `'static`, a name of `statics`, or a macro call among the node's tokens.
    private func mayMentionStatic(_ node: SyntaxNode, _ statics: Set<String>) -> Bool {
        let tree = node.tree
        return node.tokenRange.contains { index in
            let token = tree.tokens[index]
            switch token.kind {
            case .lifetime: return tree.token(token, is: "'static")
            case .ident: return statics.contains(tree.text(of: token))
            case .bang: return true
            default: return false
            }
        }
    }

    private func boundsSayStatic(_ bounds: SyntaxNode?, _ forever: Set<String>, _ statics: Set<String>) -> Bool {
        guard let bounds = bounds?.as(TypeBoundListSyntax.self) else { return false }
        return bounds.bounds.contains { bound in
            let bound = bound.unparenthesized
            if let lifetime = bound.lifetime { return forever.contains(lifetimeName(lifetime.syntax)) }
            guard let name = bound.traitType?.path?.segments.last?.identifier else { return false }
            return statics.contains(name)
        }
    }

    private func mentions(_ type: SyntaxNode, _ parameters: Set<String>) -> Bool {
        type.descendants([.pathType]).contains { inner in
            guard let path = inner.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { return false }
            return parameters.contains(path.segments.first?.identifier ?? "")
        }
    }

    /// Whether `type` is built from one of `parameters` other than through a
    /// projection: `Option<I>`, `(I,)`, `Same<I>`, but not `I::Item` or
    /// `<I as Iterator>::Item`. A macro type may be anything.
    private func mentionsOutsideProjections(_ type: SyntaxNode, _ parameters: Set<String>) -> Bool {
        // Parents before children (post-order reversed), with the `<… as Trait>` around the node on a stack.
        var around: [SyntaxNode] = []
        for inner in type.descendants([.pathType, .macroType, .qualifiedSelf]).reversed() {
            while let last = around.last, !last.contains(inner) { around.removeLast() }
            switch inner.kind {
            case .qualifiedSelf: around.append(inner)
            case .macroType: return true
            default:
                guard around.isEmpty, let path = inner.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { continue }
                if parameters.contains(path.segments.first?.identifier ?? "") { return true }
            }
        }
        return false
    }

    /// Whether anything in the run can ask for a value to be `'static` or
    /// make it so: a `'static`, a trait object (`Box<dyn Trait>` is `dyn
    /// Trait + 'static`), or a name of `staticUses`. Without one, a type
    /// that counts as `'static` when it is not has nowhere to go.
    private static func asksForStatic(_ context: LintContext) -> Bool {
        context.items.fact("asks for 'static") {
            let names = standardStaticNames.union(staticUses)
            let lengths = Set(names.map(\.utf8.count))
            return context.items.trees.contains { tree in
                // A trait object is `'static` unless a reference gives it its lifetime (`&dyn Write`).
                if tree.nodes(ofKind: .dynTraitType).contains(where: { $0.parent?.kind != .refType }) { return true }
                if implementsOrBounds(staticTraits, in: tree) { return true }
                // The type of a `const` or `static` is `'static` by nature (`const X: &'static str`): it asks nothing of others.
                let constantTypes = tree.nodes(ofKinds: [.constItem, .staticItem]).compactMap { item in
                    item.children.first { TypeSyntax.accepts($0.kind) }?.tokenRange
                }
                return tree.tokens.indices.contains { index in
                    let token = tree.tokens[index]
                    switch token.kind {
                    case .lifetime:
                        return tree.token(token, is: "'static") && !constantTypes.contains { $0.contains(index) }
                    case .ident: return lengths.contains(Int(token.end - token.start)) && names.contains(tree.text(of: token))
                    default: return false
                    }
                }
            }
        }
    }

    /// Whether the tree names one of `traits` where it can matter: implemented
    /// (`impl Error for S`), as a bound (`E: Error`, `impl Error`), or imported
    /// (`use std::error::Error as E;`, for an impl under another name).
    private static func implementsOrBounds(_ traits: Set<String>, in tree: SyntaxTree) -> Bool {
        let lengths = Set(traits.map(\.utf8.count))
        func names(_ node: SyntaxNode?) -> Bool {
            guard let node else { return false }
            return node.tokenRange.contains { index in
                let token = tree.tokens[index]
                return token.kind == .ident && lengths.contains(Int(token.end - token.start)) && traits.contains(tree.text(of: token))
            }
        }
        if tree.nodes(ofKind: .implItem).contains(where: { names($0.as(ImplSyntax.self)?.traitType?.syntax) }) { return true }
        return tree.nodes(ofKinds: [.typeBound, .useItem]).contains { names($0) }
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
