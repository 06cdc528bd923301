import Diagnostics
import RustSyntax

/// The catalog's data rules: paths (a module covers everything inside it),
/// method names and macros, matched against what each path resolves to, so
/// renames, globs, `core`/`alloc` spellings and type aliases are seen through.
enum DeclarativeRules {
    static func check(_ unit: LintUnit, _ context: LintContext) {
        let lints = context.enabledDataRules
        guard !lints.isEmpty else { return }
        // Order does not matter here: reports are sorted at the end.
        for node in unit.tree.nodes(ofKinds: [.pathExpr, .pathPat, .tupleStructPat, .pathType, .recordExpr, .recordPat, .macroCall, .methodCallExpr, .useItem], ordered: false) {
            switch node.kind {
            case .pathExpr, .pathPat, .tupleStructPat:
                checkPath(node, as: .values, lints: lints, unit: unit, context: context)
            case .pathType, .recordExpr, .recordPat:
                checkPath(node, as: .types, lints: lints, unit: unit, context: context)
            case .macroCall:
                checkPath(node, as: .macros, lints: lints, unit: unit, context: context)
            case .methodCallExpr:
                if let name = node.as(MethodCallExprSyntax.self)?.name {
                    checkMethod(name.identifier, at: name.span, lints: lints, unit: unit, context: context)
                }
            case .useItem:
                // Every leaf's path is among the item's tokens, so the screen applies to it whole.
                if context.pathScreen?.admits(node.tokenRange, of: unit.tree) ?? true, let use = node.as(UseSyntax.self) {
                    checkImports(use, lints: lints, unit: unit, context: context)
                }
            default:
                break
            }
        }
    }

    private static func checkPath(_ holder: SyntaxNode, as namespace: Namespace, lints: [LintDefinition], unit: LintUnit,
                                  context: LintContext) {
        guard let pathNode = holder.child(.path) else { return }
        if let screen = context.pathScreen, !screen.admits(pathNode.tokenRange, of: unit.tree) { return }
        guard let path = pathNode.as(PathSyntax.self) else { return }
        switch unit.resolver.resolve(path, as: namespace) {
        case .external(let resolved):
            report(resolved, namespace: namespace, written: path, lints: lints, unit: unit, context: context)
        case .unresolved where path.qualifiedSelf != nil:
            // `<std::mem::ManuallyDrop<T>>::new(x)` (no `as Trait`): the type's path, then the rest.
            if let qualified = path.qualifiedSelf, qualified.traitType == nil,
               let typePath = qualified.selfType?.as(PathTypeSyntax.self)?.path,
               case .external(let resolvedType) = unit.resolver.resolve(typePath, as: .types) {
                let resolved = resolvedType + path.segments.map(\.identifier)
                if lints.contains(where: { matches(resolved, namespace: namespace, lint: $0) }) {
                    report(resolved, namespace: namespace, written: path, text: path.syntax.text, lints: lints, unit: unit,
                           context: context)
                    return
                }
            }
            // `<Vec<u8>>::leak(v)`: the method name is known whatever the type.
            if namespace == .values, let last = path.segments.last {
                checkMethod(last.identifier, at: last.span, lints: lints, unit: unit, context: context)
            }
        case .local where path.segments.count > 1 && path.segments.first?.identifier == "Self":
            // `Self::leak(b)` in `impl … for Box<T>`: `Self` may be a standard type.
            if namespace == .values, let last = path.segments.last {
                checkMethod(last.identifier, at: last.span, lints: lints, unit: unit, context: context)
            }
        default:
            break
        }
    }

    private static func report(_ resolved: [String], namespace: Namespace, written: PathSyntax, text writtenText: String? = nil,
                               lints: [LintDefinition], unit: LintUnit, context: LintContext) {
        let text = writtenText ?? written.segments.map(\.identifier).joined(separator: "::")
        let canonical = resolved.joined(separator: "::")
        // Say what a name stands for unless it is plainly that item's own name.
        let plain = text == canonical || (written.segments.count == 1 && resolved.last == text)
        let label = plain ? nil : "`\(text)` is `\(canonical)`"
        for lint in lints where matches(resolved, namespace: namespace, lint: lint) {
            context.report(lint.name, at: written.span, in: unit, name: text, label: label)
        }
    }

    /// Whether `lint` refuses `resolved` in some namespace (what a `use` may import).
    static func matches(_ resolved: [String], lint: LintDefinition) -> Bool {
        coversPath(resolved, lint: lint) || lint.macros.contains(resolved)
    }

    /// Macro rules name macros exactly; path rules cover what is inside them.
    static func matches(_ resolved: [String], namespace: Namespace, lint: LintDefinition) -> Bool {
        if namespace == .macros { return lint.macros.contains(resolved) }
        return coversPath(resolved, lint: lint)
    }

    /// Inside one of the lint's paths and none of its exceptions. (A glob of
    /// a module with exceptions is still refused: it imports the rest too.)
    private static func coversPath(_ resolved: [String], lint: LintDefinition) -> Bool {
        lint.paths.contains { resolved.starts(with: $0) } && !lint.except.contains { resolved.starts(with: $0) }
    }

    static func checkMethod(_ name: String, at span: Span, lints: [LintDefinition], unit: LintUnit, context: LintContext) {
        for lint in lints where lint.methods.contains(name) {
            context.report(lint.name, at: span, in: unit, name: name, label: "any method named `\(name)` is refused")
        }
    }

    /// `use std::fs;` is reported where it imports (`use std::println as p;` where `p!` is called).
    private static func checkImports(_ use: UseSyntax, lints: [LintDefinition], unit: LintUnit, context: LintContext) {
        for (tree, resolution) in unit.resolver.imports(of: use) {
            guard case .external(let resolved) = resolution else { continue }
            let canonical = resolved.joined(separator: "::")
            let written = tree.path?.segments.map(\.identifier).joined(separator: "::") ?? canonical
            let span = tree.path?.span ?? tree.span
            // Path rules only: a macro rule is checked where the macro is called (`use std::env;`
            // imports the module and the `env!` macro alike, and calls neither).
            for lint in lints where matches(resolved, namespace: .types, lint: lint) {
                // `use std::net;` of a module the lint allows some items of: its uses are checked one by one.
                if !tree.isGlob, lint.except.contains(where: { $0.count > resolved.count && $0.starts(with: resolved) }) { continue }
                context.report(lint.name, at: span, in: unit, name: canonical,
                               label: written == canonical ? "imported here" : "imports `\(canonical)`")
            }
        }
    }
}
