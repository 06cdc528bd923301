import Diagnostics
import RustSyntax

/// `plrust_extern_fns`: functions with a foreign ABI (`extern "C" fn f() {}`,
/// `extern fn`, `extern "C-unwind" fn`), in any position: items, methods,
/// trait items. A panic that reaches the edge of such a function cannot
/// unwind into its caller and aborts the process — the whole backend, and
/// with it every session of the cluster.
struct PLRustExternFns: CodeLint {
    static let name = "plrust_extern_fns"

    func check(_ unit: LintUnit, _ context: LintContext) {
        guard unit.tree.tokens.contains(where: { $0.kind == .kwExtern }) else { return }
        for function in unit.tree.nodes(ofKind: .fn) {
            guard let abi = function.child(.abi) else { continue }
            let written = abi.as(AbiSyntax.self)?.abiName.map { "extern \"\($0)\"" } ?? "extern"
            let end = function.child(.name)?.firstToken?.span.end ?? abi.span.end
            report(context, unit, at: Span(start: abi.span.start, end: end),
                   "a function with a foreign ABI (`\(written) fn`)",
                   label: "a panic inside it cannot unwind and aborts the backend")
        }
    }
}
