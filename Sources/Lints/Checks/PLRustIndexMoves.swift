import Diagnostics
import RustSyntax

/// `plrust_index_moves`: an array or slice pattern that binds by value
/// (`let [a, ..] = arr;`, `match arr { [first, rest @ ..] => … }`) out of a
/// place the same function also borrows through an index (`&arr[i]`,
/// `&mut arr[i]`, `arr[i].method()`). rustc has to see that a move out of a
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
            let isBorrow = parent.kind == .refExpr
                || (parent.kind == .methodCallExpr && parent.children.first?.id == index.id)
            if isBorrow { borrowed[owner(of: index), default: []].insert(place) }
        }
        guard !borrowed.isEmpty else { return }
        for pattern in tree.nodes(ofKind: .slicePat) where pattern.parent?.kind != .slicePat && bindsByValue(pattern) {
            guard let scrutinee = scrutinee(of: pattern), let place = placeName(scrutinee),
                  borrowed[owner(of: pattern)]?.contains(place) == true else { continue }
            report(context, unit, at: pattern.span, "array pattern that moves out of `\(place)`, which is also borrowed through an index",
                   label: "binds elements of `\(place)` by value")
        }
    }

    /// The variable a place expression starts from (`arr`, `self.items` is `self`), if it is one.
    private func placeName(_ expression: SyntaxNode) -> String? {
        var node = expression
        while node.kind == .fieldExpr || node.kind == .parenExpr || node.kind == .prefixExpr, let inner = node.children.first {
            node = inner
        }
        guard node.kind == .pathExpr, let path = node.child(.path)?.as(PathSyntax.self), path.segments.count == 1 else { return nil }
        return path.segments.first?.identifier
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
