import Diagnostics
import RustSyntax

/// `plrust_outer_paths`: paths that leave the function body. The body is the
/// block of a generated function; what lies outside it — the crate around
/// it, the generated code — is not the body's to name. Refused: `crate::…`,
/// `$crate`, `self::…` outside the body's own modules and `super::…` past
/// its outermost one (a block is no module: `self` in it is the crate), and
/// `extern crate` of anything but `std`, `core`, `alloc` and the body's
/// dependencies (`extern crate self as me` is `crate` under another name).
/// Visibilities (`pub(crate)`, `pub(super)`) restrict, they reach nothing.
struct PLRustOuterPaths: CodeLint {
    static let name = "plrust_outer_paths"
    /// The crates a body may name with `extern crate` besides its dependencies.
    static let standardCrates: Set<String> = ["std", "core", "alloc"]

    func check(_ unit: LintUnit, _ context: LintContext) {
        guard context.rootMode == .body else { return }
        let tree = unit.tree
        // Each case starts with one of these keywords (`$crate` with `crate`).
        guard tree.tokens.contains(where: { [.kwCrate, .kwSuper, .kwSelfValue, .kwExtern].contains($0.kind) }) else { return }
        for node in tree.nodes(ofKinds: [.path, .externCrate]) {
            if node.kind == .externCrate {
                checkExternCrate(node, unit, context)
                continue
            }
            // Only a whole path's first segment; a restriction of visibility names no item.
            guard node.parent?.kind != .visibility, node.parent?.kind != .path,
                  let path = node.as(PathSyntax.self), !path.hasLeadingColons, path.qualifiedSelf == nil,
                  let first = path.segments.first else { continue }
            switch first.identifier {
            case "crate":
                report(context, unit, at: first.span, "`crate::` names the crate around the function body",
                       label: "the body's own items are named without it")
            case "$crate":
                report(context, unit, at: first.span, "`$crate` names the crate around the function body",
                       label: "a macro of the body names its items without it")
            case "self" where path.segments.count > 1, "super":
                let depth = unit.resolver.moduleDepth(of: node)
                let ups = path.segments.prefix { $0.identifier == "super" || $0.identifier == "self" }
                    .filter { $0.identifier == "super" }.count
                guard depth - ups < 1 else { continue }
                let last = path.segments[path.segments.prefix { ["super", "self"].contains($0.identifier) }.count - 1]
                let what = first.identifier == "self" && ups == 0
                    ? "`self::` here is the crate around the function body, not the body's block"
                    : "`super::` leads out of the function body"
                report(context, unit, at: first.span.union(last.span), what,
                       label: depth == 0 ? "this code is directly in the body: name its items without a prefix"
                                         : "\(depth) of the body's modules enclose this path; \(ups) `super` climb\(ups == 1 ? "s" : "") past them")
            default:
                continue
            }
        }
    }

    private func checkExternCrate(_ node: SyntaxNode, _ unit: LintUnit, _ context: LintContext) {
        guard let name = node.as(ExternCrateSyntax.self)?.crateName else { return }
        let crate = name.identifier
        guard !Self.standardCrates.contains(crate), !context.externCrates.contains(crate) else { return }
        report(context, unit, at: node.span(through: name.token),
               crate == "self" ? "`extern crate self` names the crate around the function body"
                               : "`extern crate \(crate)`: not a crate this body may name",
               label: crate == "self" ? nil : "only `std`, `core`, `alloc` and the body's `[dependencies]`")
    }
}
