import Diagnostics
import RustSyntax

/// `plrust_index_moves`: an array or slice pattern that binds by value
/// (`let [a, ..] = arr;`, `match arr { [first, rest @ ..] => … }`) out of a
/// place the same function also borrows through an index (`&arr[i]`,
/// `&mut arr[i]`). rustc has to see that a move out of a
/// constant index and a borrow of an index overlap; where it does not
/// (rust#160525), the moved element is still reachable through the borrow.
/// Destructure a copy, bind by `ref`, or index: not both on one place.
struct PLRustIndexMoves: CodeLint {
    static let name = "plrust_index_moves"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        guard tree.contains(kind: .slicePat), tree.contains(kind: .indexExpr) else { return }
        // Places borrowed through an index, by the function (or closure) they are in.
        var borrowed: [Int: Set<String>] = [:]
        for index in tree.nodes(ofKind: .indexExpr) {
            guard let parent = index.parent, let base = index.children.first, let place = placeName(base) else { continue }
            // An explicit borrow, which can stay alive across the move (a method call's autoref ends with the call).
            if parent.kind == .refExpr { borrowed[owner(of: index), default: []].insert(place) }
        }
        guard !borrowed.isEmpty else { return }
        for pattern in tree.nodes(ofKind: .slicePat) where pattern.parent?.kind != .slicePat && bindsByValue(pattern) {
            guard let scrutinee = scrutinee(of: pattern), let place = placeName(scrutinee),
                  borrowed[owner(of: pattern)]?.contains(place) == true, !isReferenceParameter(place, around: pattern) else { continue }
            report(context, unit, at: pattern.span, "array pattern that moves out of `\(place)`, which is also borrowed through an index",
                   label: "binds elements of `\(place)` by value")
        }
    }

    /// A place expression as text, fields included (`arr`, `p.coords`, `(*b).items`), if it is one.
    private func placeName(_ expression: SyntaxNode) -> String? {
        switch expression.kind {
        case .pathExpr:
            guard let path = expression.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { return nil }
            return path.segments.first?.identifier
        case .fieldExpr:
            guard let base = expression.children.first, let inner = placeName(base),
                  let field = expression.directTokens.last(where: { $0.token.kind == .ident || $0.token.kind == .integer }) else { return nil }
            return inner + "." + expression.tree.text(of: field.token)
        case .parenExpr, .prefixExpr:
            return expression.children.first.flatMap(placeName)
        default:
            return nil
        }
    }

    /// Whether `place` is a parameter of the function around `node` whose declared
    /// type is a reference: a pattern of it binds references, and moves nothing.
    private func isReferenceParameter(_ place: String, around node: SyntaxNode) -> Bool {
        var current = node.parent
        while let candidate = current, candidate.kind != .fn && candidate.kind != .closureExpr { current = candidate.parent }
        guard let function = current, let parameters = function.child(.paramList) else { return false }
        return parameters.children(.param).contains { parameter in
            guard let name = parameter.child(.identPat)?.as(IdentPatSyntax.self)?.name?.identifier, name == place else { return false }
            return parameter.children.contains { $0.kind == .refType }
        }
    }

    /// The expression a pattern destructures: a `let`'s initializer or a `match`'s scrutinee.
    private func scrutinee(of pattern: SyntaxNode) -> SyntaxNode? {
        var node = pattern
        // Out through or-patterns and wrappers to the pattern a `let` or an arm holds.
        while let parent = node.parent, [.orPat, .parenPat, .identPat].contains(parent.kind) { node = parent }
        guard let holder = node.parent else { return nil }
        switch holder.kind {
        case .letStmt, .letExpr:
            return holder.children.last { ExprSyntax.accepts($0.kind) }
        case .matchArm:
            guard let match = holder.parent?.parent, match.kind == .matchExpr else { return nil }
            return match.children.first { ExprSyntax.accepts($0.kind) }
        default:
            return nil
        }
    }

    /// Whether a binding of the pattern takes its element by value (no `ref`).
    private func bindsByValue(_ pattern: SyntaxNode) -> Bool {
        pattern.descendants([.identPat]).contains { node in
            guard let binding = node.as(IdentPatSyntax.self), !binding.isRef else { return false }
            // A lone name in a slice pattern may be a constant (`[MAX, ..]`): upper-case names are not bindings.
            return binding.subpattern != nil || !(binding.name?.identifier.first?.isUppercase ?? false)
        }
    }

    /// The innermost function or closure around `node` (its id), or the body's root.
    private func owner(of node: SyntaxNode) -> Int {
        var current = node.parent
        while let candidate = current {
            if candidate.kind == .fn || candidate.kind == .closureExpr { return candidate.id }
            current = candidate.parent
        }
        return -1
    }
}
