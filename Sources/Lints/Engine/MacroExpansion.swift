import Diagnostics
import RustSyntax

/// Turns the macro invocations of one lint unit into more units to lint:
/// - a body's own `macro_rules!` macros are expanded (as rustc would) and the
///   expansion parsed where the invocation stands;
/// - the arguments of standard macros that take expressions (`println!`,
///   `format!`, `vec!`, `assert!`…) are parsed as expressions;
/// - anything else (a dependency's macro, an unknown one) is kept to be
///   scanned token by token (`TokenScan`), conservatively, once all names are known.
enum MacroExpansion {
    /// Standard macros whose arguments are expressions, checked like any other code.
    static let expressionMacros: Set<String> = [
        "print", "println", "eprint", "eprintln", "format", "format_args", "write", "writeln", "panic", "assert",
        "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne", "vec", "dbg", "todo",
        "unimplemented", "unreachable",
    ]

    /// Standard macros whose input is never run as code (literals, names, text).
    static let inertMacros: Set<String> = [
        "stringify", "concat", "line", "column", "file", "module_path", "cfg", "env", "option_env", "include",
        "include_str", "include_bytes", "compile_error", "concat_idents", "trace_macros", "log_syntax",
    ]

    /// `remaining`: how many more units may be made in this body (each keeps a
    /// tree in memory); past it the body is refused with one error.
    static func expandInvocations(in unit: LintUnit, context: LintContext, budget: inout Int,
                                  remaining: inout Int) -> [LintUnit] {
        var units: [LintUnit] = []
        for node in unit.tree.root.descendants([.macroCall]) {
            guard remaining > 0 else {
                context.error("this code calls macros too many times to be checked", at: node.span,
                              label: "more than \(LintEngine.expansionCountLimit) macro expansions before this one",
                              note: "plrustc checks what every macro expands to; split the work into smaller functions")
                return units
            }
            let before = units.count
            defer { remaining -= units.count - before }
            guard let call = node.as(MacroCallSyntax.self), let path = call.path, let arguments = call.tokenTree else { continue }
            if let (definitionNode, _) = unit.resolver.macroDefinition(path) {
                if let expanded = expand(call: call, arguments: arguments, definitionNode: definitionNode, in: unit,
                                         context: context, budget: &budget) {
                    units.append(expanded)
                }
                continue
            }
            switch unit.resolver.resolve(path, as: .macros) {
            case .external(let resolved) where resolved.count == 2 && resolved[0] == "std":
                let name = resolved[1]
                if inertMacros.contains(name) { continue }
                if expressionMacros.contains(name), let parsed = parseArguments(arguments, call: node, in: unit) {
                    units.append(parsed)
                } else {
                    // `matches!`, `thread_local!`, arguments that do not parse as expressions.
                    context.unexpandedCalls.append((arguments, unit))
                }
            default:
                // A dependency's macro, a `macro` 2.0 item, or a name we cannot resolve.
                context.unexpandedCalls.append((arguments, unit))
            }
        }
        return units
    }

    /// The arguments of a standard expression macro, as a unit of their own.
    private static func parseArguments(_ arguments: TokenTreeSyntax, call: SyntaxNode, in unit: LintUnit) -> LintUnit? {
        let tree = unit.tree
        let stream = TokenStream(tokens: Array(tree.tokens[arguments.innerTokenRange]), source: tree.source, edition: tree.edition)
        let parsed = stream.parse(as: .expressionList)
        guard !parsed.hasErrors else { return nil }
        let resolver = NameResolver(expansion: parsed, invokedAt: call, outer: unit.resolver)
        return LintUnit(tree: parsed, resolver: resolver, expansion: unit.expansion)
    }

    /// Expands a call of the body's own macro; reports and returns nil when it cannot.
    private static func expand(call: MacroCallSyntax, arguments: TokenTreeSyntax, definitionNode: SyntaxNode,
                               in unit: LintUnit, context: LintContext, budget: inout Int) -> LintUnit? {
        let tree = unit.tree
        let name = definitionNode.as(MacroRulesSyntax.self)?.name?.identifier ?? "macro"
        let callSpan = invocationSpan(call, in: unit)
        let note = "plrustc checks what every macro of the body expands to; a call it cannot expand is refused"
        if (unit.expansion?.depth ?? 0) >= LintEngine.expansionDepthLimit {
            context.error("recursion limit reached while expanding `\(name)!`", at: callSpan,
                          label: "expanding this call nests macros more than \(LintEngine.expansionDepthLimit) deep", note: note)
            return nil
        }
        guard let rules = definitionNode.as(MacroRulesSyntax.self), let rulesTree = rules.rules else { return nil }
        let key = LintContext.DefinitionKey(tree: ObjectIdentifier(definitionNode.tree), node: definitionNode.id)
        let definition: MacroDefinition?
        if let known = context.definitions[key] {
            definition = known
        } else {
            let (read, problems) = MacroDefinition.read(name: name, rulesTree: rulesTree, definitionSpan: rules.span)
            if read == nil, let problem = problems.first, let span = problem.primarySpan {
                context.error("invalid `macro_rules!` definition: \(problem.message)", at: span, label: problem.labels.first?.message)
            }
            context.definitions[key] = .some(read)
            definition = read
        }
        guard let definition else { return nil }
        let input = TokenStream(tokens: Array(tree.tokens[arguments.innerTokenRange]), source: tree.source, edition: tree.edition)
        let reader = MacroTokenReader(stream: input)
        let expansion: Expansion
        switch definition.expand(reader, range: 0..<(input.tokens.count - 1), tokenLimit: max(0, budget)) {
        case .success(let result):
            expansion = result
        case .failure(.noMatch):
            context.error("no rules of `\(name)!` match this call", at: callSpan, note: note)
            return nil
        case .failure(.error(let message)):
            context.error("cannot expand `\(name)!`: \(message)", at: callSpan, note: note)
            return nil
        }
        budget -= expansion.tokens.count
        if budget < 0 {
            context.error("the macro expansions of this body are too large to check", at: callSpan,
                          label: "more than \(LintEngine.expansionTokenBudget) tokens in all", note: note)
            return nil
        }
        let stream = TokenStream(tokens: expansion.tokens, source: tree.source, edition: tree.edition)
        let parsed = stream.parse(as: sequenceKind(of: call.syntax))
        if let problem = parsed.diagnostics.first(where: { $0.level == .error }) {
            context.error("the expansion of `\(name)!` is not valid here: \(problem.message)", at: callSpan, note: note)
            return nil
        }
        let frame = ExpansionFrame(macroName: name, invocation: callSpan, parent: unit.expansion)
        let resolver = NameResolver(expansion: parsed, invokedAt: call.syntax, outer: unit.resolver)
        let kind = sequenceKind(of: call.syntax)
        if kind == .statements || kind == .items {
            unit.resolver.addItems(from: parsed, at: call.syntax)
        }
        return LintUnit(tree: parsed, resolver: resolver, expansion: frame)
    }

    /// Where a call is shown: the outermost invocation written by the user.
    private static func invocationSpan(_ call: MacroCallSyntax, in unit: LintUnit) -> Span {
        var frame = unit.expansion
        while let parent = frame?.parent { frame = parent }
        return frame?.invocation ?? call.span
    }

    /// What an expansion is parsed as, from where the call stands.
    static func sequenceKind(of call: SyntaxNode) -> SequenceKind {
        guard let wrapper = call.parent else { return .statements }
        switch wrapper.kind {
        case .macroPat: return .pattern
        case .macroType: return .type
        case .macroItem:
            // In a block an item macro may also expand to statements.
            return wrapper.parent?.kind == .sourceFile || wrapper.parent?.kind == .itemList
                || wrapper.parent?.kind == .assocItemList || wrapper.parent?.kind == .externItemList ? .items : .statements
        case .macroExpr:
            guard let holder = wrapper.parent else { return .expression }
            switch holder.kind {
            case .macroStmt, .exprStmt: return .statements
            case .body, .stmtList: return .statements  // the tail expression
            default: return .expression
            }
        default:
            return .statements
        }
    }
}
