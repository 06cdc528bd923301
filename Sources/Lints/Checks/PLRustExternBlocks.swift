import Diagnostics
import RustSyntax

/// `plrust_extern_blocks`: foreign function and static declarations.
struct PLRustExternBlocks: CodeLint {
    static let name = "plrust_extern_blocks"

    func check(_ unit: LintUnit, _ context: LintContext) {
        for block in unit.tree.root.descendants([.externBlock]) {
            report(context, unit, at: block.span(through: block.token(.openBrace)),
                   "`extern` blocks are not allowed", label: "declares symbols of the server process")
        }
    }
}
