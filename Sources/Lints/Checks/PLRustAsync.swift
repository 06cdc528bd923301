import Diagnostics
import RustSyntax

/// `plrust_async`: `async fn`, `async` blocks and closures, `.await`.
struct PLRustAsync: CodeLint {
    static let name = "plrust_async"

    func check(_ unit: LintUnit, _ context: LintContext) {
        // Each of these is written with its keyword: a sequential look at the token kinds settles most trees.
        guard unit.tree.tokens.contains(where: { $0.kind == .kwAsync || $0.kind == .kwAwait }) else { return }
        for node in unit.tree.nodes(ofKinds: [.fn, .blockExpr, .closureExpr, .awaitExpr]) {
            switch node.kind {
            case .fn where node.hasDirectToken(.kwAsync):
                report(context, unit, at: node.token(.kwAsync)?.span ?? node.span, "use of `async fn`")
            case .blockExpr where node.hasDirectToken(.kwAsync):
                report(context, unit, at: node.span, "use of an `async` block")
            case .closureExpr where node.hasDirectToken(.kwAsync):
                report(context, unit, at: node.token(.kwAsync)?.span ?? node.span, "use of an `async` closure")
            case .awaitExpr:
                if let keyword = node.token(.kwAwait) { report(context, unit, at: keyword.span, "use of `.await`") }
            default:
                break
            }
        }
    }
}
