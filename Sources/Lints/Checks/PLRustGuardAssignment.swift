import Diagnostics
import RustSyntax

/// `plrust_guard_assignment`: an assignment (`=`, `+=`, …) anywhere in a
/// match guard — in a block, a closure or a macro's expansion inside it.
/// While a guard runs, rustc keeps the scrutinee and the arm's bindings alive
/// through borrows it makes up for the purpose; assigning there is where open
/// borrow-checker bugs live (rust#160599), and a database function has no
/// need to change anything while it decides which arm to take.
struct PLRustGuardAssignment: CodeLint {
    static let name = "plrust_guard_assignment"

    func check(_ unit: LintUnit, _ context: LintContext) {
        guard MatchGuards.mayHoldGuards(unit), unit.tree.tokens.contains(where: { $0.kind == .eq }) else { return }
        for expression in unit.tree.nodes(ofKind: .binExpr) {
            let text = MatchGuards.operatorText(of: expression)
            guard MatchGuards.assignmentOperators.contains(text), MatchGuards.encloses(expression, in: unit) else { continue }
            report(context, unit, at: MatchGuards.operatorSpan(of: expression), "assignment in a match guard",
                   label: "`\(text)` while the guard decides which arm runs")
        }
    }
}
