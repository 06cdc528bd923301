import Diagnostics
import RustSyntax

/// `plrust_closure_trait_impl`: trait impls whose header holds a type
/// parameter bounded by `Fn`/`FnMut`/`FnOnce` (inline or in `where`): for
/// `F` itself, for a type built from it (`W<F>`, `(F,)`, `Box<F>`) or with it
/// among the trait's arguments; and impls for a function pointer type.
struct PLRustClosureTraitImpl: CodeLint {
    static let name = "plrust_closure_trait_impl"
    static var watchedPaths: [[String]] { Array(PLRustFnPointers.closureTraits) }

    func check(_ unit: LintUnit, _ context: LintContext) {
        for node in unit.tree.root.descendants([.implItem]) {
            guard let implementation = node.as(ImplSyntax.self), let traitType = implementation.traitType,
                  let selfType = implementation.selfType else { continue }
            if selfType.syntax.withoutParentheses.kind == .fnPtrType {
                report(context, unit, at: selfType.span, "trait implemented for a function pointer type")
                continue
            }
            let parameters = (node.child(.genericParamList)?.children(.typeParam) ?? [])
                .compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier }
            guard !parameters.isEmpty else { continue }
            // A closure-trait bound is written with parentheses (`Fn(u8) -> R`): most impls have none.
            let sugared = [SyntaxKind.genericParamList, .whereClause].contains { part in
                node.child(part)?.descendants([.typeBound]).contains {
                    $0.as(TypeBoundSyntax.self)?.unparenthesized.traitType?.path?.segments.last?.parenthesizedArgs != nil
                } ?? false
            }
            guard sugared else { continue }
            // A closure type is wrongly taken as `'static`, and so is anything
            // built from it: an associated type (one written by a macro too)
            // then carries the closure's short-lived return type out. `for F`
            // itself is refused with or without one, as PL/Rust does.
            let hasAssociatedTypes = node.child(.assocItemList)?.children.contains { $0.kind == .typeAlias || $0.kind == .macroItem } ?? false
            let places = hasAssociatedTypes ? [selfType.syntax, traitType.syntax] : [selfType.syntax.withoutParentheses]
            for place in places {
                let mentioned = place.descendants([.pathType]).lazy.compactMap { type -> (String, Span, [TypeBoundSyntax])? in
                    guard let path = type.child(.path)?.as(PathSyntax.self), path.segments.count == 1,
                          let name = path.segments.first?.identifier, parameters.contains(name) else { return nil }
                    return (name, type.span, closureBounds(of: name, in: node, unit))
                }.first { !$0.2.isEmpty }
                guard let (name, span, bounds) = mentioned, hasAssociatedTypes || span == place.span else { continue }
                let whole = place == selfType.syntax && span == selfType.syntax.withoutParentheses.span
                // Built from the closure type, the impl can only carry out what its
                // signature names: nothing short-lived in `F: Fn(u8) -> i64`.
                if !whole, !bounds.contains(where: { carriesLifetimes($0, parameters: Set(parameters).subtracting([name])) }) { continue }
                report(context, unit, at: whole ? selfType.span : span,
                       whole ? "trait implemented for a type that is generic over a closure trait"
                             : "trait implementation whose header holds a type that is generic over a closure trait",
                       label: "`\(name)` is bounded by `Fn`, `FnMut` or `FnOnce`")
                break
            }
        }
    }

    /// The closure-trait bounds (`Fn`, `FnMut`, `FnOnce`) the impl puts on its
    /// parameter `name`: in the parameter list, or in a `where` clause on `name`,
    /// on a type built from it (`Box<F>: Fn()`, `for<'x> &'x F: Fn()`), or on `Self`.
    private func closureBounds(of name: String, in impl: SyntaxNode, _ unit: LintUnit) -> [TypeBoundSyntax] {
        var bounds: [TypeBoundSyntax] = []
        for parameter in impl.child(.genericParamList)?.children(.typeParam) ?? []
        where parameter.child(.name)?.as(NameSyntax.self)?.identifier == name {
            bounds += parameter.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds ?? []
        }
        for predicate in impl.child(.whereClause)?.children(.wherePred) ?? [] {
            guard let bounded = predicate.children.first(where: { TypeSyntax.accepts($0.kind) }) else { continue }
            let names = bounded.descendants([.pathType]).compactMap { type -> String? in
                guard let path = type.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { return nil }
                return path.segments.first?.identifier
            }
            guard names.contains(name) || names.contains("Self") else { continue }
            bounds += predicate.child(.typeBoundList)?.as(TypeBoundListSyntax.self)?.bounds ?? []
        }
        return bounds.filter { PLRustFnPointers.isClosureTrait($0.unparenthesized.traitType, unit) }
    }

    /// Whether a closure-trait bound's arguments or return type hold a
    /// reference, a lifetime or one of the impl's other type parameters.
    private func carriesLifetimes(_ bound: TypeBoundSyntax, parameters: Set<String>) -> Bool {
        let tree = bound.syntax.tree
        return bound.syntax.tokenRange.contains { index in
            let token = tree.tokens[index]
            return token.kind == .lifetime || token.kind == .and || (token.kind == .ident && parameters.contains(tree.text(of: token)))
        }
    }
}
