import Diagnostics
import RustSyntax

/// `plrust_guard_borrows`: a mutable borrow in a match guard — `&mut x`,
/// `&raw mut x`, `addr_of_mut!(x)`, a `ref mut` binding of an `if let` guard.
/// rustc protects the scrutinee during a guard with a "fake" shared borrow;
/// a guard whose fake borrow is lost (rust#161578) lets a mutable borrow
/// change what an arm's bindings still point into. Reading in a guard is
/// what guards are for; borrowing mutably there is refused.
struct PLRustGuardBorrows: CodeLint {
    static let name = "plrust_guard_borrows"

    func check(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        guard MatchGuards.mayHoldGuards(unit), tree.tokens.contains(where: { $0.kind == .kwMut }) else { return }
        for node in tree.nodes(ofKinds: [.refExpr, .identPat, .macroCall]) {
            switch node.kind {
            case .refExpr where node.as(RefExprSyntax.self)?.isMutable == true:
                guard MatchGuards.encloses(node, in: unit) else { continue }
                report(context, unit, at: node.span, "mutable borrow in a match guard",
                       label: "the guard may only read what the match looks at")
            case .identPat:
                guard let binding = node.as(IdentPatSyntax.self), binding.isRef, binding.isMutable,
                      MatchGuards.encloses(node, in: unit) else { continue }
                report(context, unit, at: node.span, "`ref mut` binding in a match guard",
                       label: "an `if let` guard may only bind by value or by shared reference")
            case .macroCall:
                guard let path = node.as(MacroCallSyntax.self)?.path, path.names.last == "addr_of_mut",
                      MatchGuards.encloses(node, in: unit) else { continue }
                report(context, unit, at: node.span, "mutable borrow in a match guard",
                       label: "`addr_of_mut!` makes a mutable raw pointer while the guard runs")
            default:
                continue
            }
        }
    }
}
