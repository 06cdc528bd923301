import Diagnostics
import RustSyntax

/// `plrust_higher_ranked_trait_args`: a higher-ranked bound on a trait of
/// the body's that has something to elaborate (supertraits, a `where`
/// clause, bounds on its parameters or associated types), with a binder
/// lifetime among the trait's generic arguments: `X: for<'a, 'b> Sub<&'a T,
/// &'b T, &'b &'a ()>`, `for<'a, 'b> X: Sub<…, N<'a, 'b>>`, `dyn for<'a>
/// Sub<…>`, in every place a bound is written.
///
/// An impl of such a trait is checked with the bounds its header's types
/// imply (`&'b &'a ()` gives `'a: 'b`), which is enough to prove its
/// supertraits there. A higher-ranked bound holds for every lifetime, and
/// rustc elaborates it to the supertraits, also for every lifetime: the
/// implied `'a: 'b` is gone, and a supertrait method turns `&'a T` into
/// `&'b T` for any two lifetimes (rust-lang/rust#84591, the hole that
/// `plrust_lifetime_parameterized_traits` closes for lifetime parameters,
/// reached through type arguments).
///
/// `Fn(&'a str) -> &'a str` sugar has no generic argument list and is not a
/// trait of the body's; binder lifetimes only in the bounded type (`for<'a>
/// &'a T: Sub<…>`) or in an associated type binding are checked by rustc
/// where the bound is used. A macro call among the arguments counts as
/// holding a binder lifetime (lifetimes in `macro_rules!` are not hygienic).
struct PLRustHigherRankedTraitArgs: CodeLint {
    static let name = "plrust_higher_ranked_trait_args"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        guard tree.contains(kind: .forBinder), tree.contains(kind: .genericArgList), !context.items.traits.isEmpty else { return }
        var traits: Set<String>?
        var reported: Set<Int> = []
        for binder in tree.nodes(ofKind: .forBinder) {
            let lifetimes = Set((binder.child(.genericParamList)?.children(.lifetimeParam) ?? []).compactMap { parameter in
                parameter.child(.lifetime).map { tokenText($0) }
            })
            // `for<'a>` binds what follows it: a bound, a `where` predicate, a fn pointer or closure.
            guard !lifetimes.isEmpty, let scope = binder.parent else { continue }
            for bound in scope.descendants([.typeBound]) where !reported.contains(bound.id) {
                guard let path = bound.child(.pathType)?.child(.path), let segment = path.children(.pathSegment).last,
                      let arguments = segment.child(.genericArgList) else { continue }
                let known = traits ?? Self.elaboratingTraits(context.items)
                traits = known
                guard known.contains(PathSegmentSyntax(unchecked: segment).identifier),
                      arguments.children.contains(where: { [.typeArg, .lifetimeArg].contains($0.kind) && mentions($0, lifetimes) })
                else { continue }
                reported.insert(bound.id)
                report(context, unit, at: path.span, "higher-ranked bound whose lifetimes are among a trait's arguments",
                       label: "rustc draws the supertraits from this for every lifetime, without the bounds these arguments imply")
            }
        }
    }

    private func tokenText(_ node: SyntaxNode) -> String {
        let tree = node.tree
        return node.tokenRange.first.map { tree.text(of: tree.tokens[$0]) } ?? ""
    }

    /// One of `lifetimes`, or a macro call, among the node's tokens.
    private func mentions(_ node: SyntaxNode, _ lifetimes: Set<String>) -> Bool {
        let tree = node.tree
        return node.tokenRange.contains { index in
            let token = tree.tokens[index]
            return token.kind == .bang || (token.kind == .lifetime && lifetimes.contains(tree.text(of: token)))
        }
    }

    /// The body's traits that rustc elaborates or requires something of: with
    /// supertraits, a `where` clause, or bounds on their parameters or
    /// associated types, by every name they have.
    static func elaboratingTraits(_ items: BodyItems) -> Set<String> {
        items.names("traits with bounds") { _ in
            Set(items.traits.compactMap { name, traits in
                traits.contains { trait in
                    if bounds(trait.child(.typeBoundList)) || bounds(trait.child(.whereClause)) { return true }
                    if trait.child(.genericParamList)?.descendants([.typeBoundList]).contains(where: { bounds($0) }) == true { return true }
                    return trait.child(.assocItemList)?.children(.typeAlias).contains {
                        bounds($0.child(.typeBoundList)) || bounds($0.child(.whereClause))
                    } ?? false
                } ? name : nil
            })
        }
    }

    /// Marker traits with no arguments: nothing of a trait's arguments can be lost through them
    /// (`trait ParseFrom<S>: Sized` is what any method returning `Self` needs).
    static let markers: Set<String> = ["Sized", "Send", "Sync", "Copy", "Unpin"]

    /// Whether a bound list or `where` clause holds a bound other than a marker trait.
    private static func bounds(_ node: SyntaxNode?) -> Bool {
        guard let node else { return false }
        return node.descendants([.typeBound]).contains { bound in
            guard let type = bound.children.first(where: { $0.kind == .pathType }),
                  let path = type.as(PathTypeSyntax.self)?.path, path.segments.count <= 3,
                  let last = path.segments.last, last.genericArgs == nil, last.parenthesizedArgs == nil,
                  markers.contains(last.identifier),
                  path.segments.dropLast().allSatisfy({ ["std", "core", "marker"].contains($0.identifier) })
            else { return true }
            return false
        }
    }
}
