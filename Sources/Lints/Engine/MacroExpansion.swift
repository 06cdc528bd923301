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
    /// (`concat!` and `compile_error!` too: their arguments may be macro calls,
    /// `concat!(include_str!("/etc/passwd"))`.)
    static let expressionMacros: Set<String> = [
        "print", "println", "eprint", "eprintln", "format", "format_args", "write", "writeln", "panic", "assert",
        "assert_eq", "assert_ne", "debug_assert", "debug_assert_eq", "debug_assert_ne", "vec", "dbg", "todo",
        "unimplemented", "unreachable", "concat", "compile_error", "pin", "addr_of", "addr_of_mut", "ready", "try",
        "const_format_args", "format_args_nl",
    ]

    /// Standard macros whose input is never run as code (names, text, cfg predicates).
    /// `env!`, `include!`… are refused by their own rules wherever they are called.
    static let inertMacros: Set<String> = [
        "stringify", "line", "column", "file", "module_path", "cfg", "env", "option_env", "include",
        "include_str", "include_bytes", "concat_idents", "trace_macros", "log_syntax",
    ]

    /// `remaining`: how many more units may be made in this body (each keeps a
    /// tree in memory); past it the body is refused with one error.
    static func expandInvocations(in unit: LintUnit, context: LintContext, budget: inout Int,
                                  remaining: inout Int) -> [LintUnit] {
        var units: [LintUnit] = []
        for node in unit.tree.root.descendants([.macroCall]) {
            guard remaining > 0 else {
                context.error("this code calls macros too many times to be checked", at: node.span,
                              label: "more than \(context.expansionCountLimit) macro expansions before this one",
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
            case .external(let resolved) where resolved.first == "std" || resolved.first == StandardLibrary.runtimeCrate:
                let name = resolved.last ?? ""
                if resolved.first == "std", inertMacros.contains(name) { continue }
                if let parsed = standardArguments(name, arguments, call: node, in: unit) {
                    units += parsed
                } else {
                    // A standard macro plrustc has no reader for, or arguments that do not parse
                    // as it reads them: what std makes of them cannot be known, so it is refused
                    // (and its tokens still scanned, for the diagnostics that say why).
                    // (A macro a rule refuses, `asm!` say, is reported as such.)
                    let refused = context.enabledDataRules.contains { DeclarativeRules.matches(resolved, namespace: .macros, lint: $0) }
                    if !refused {
                        context.error("plrustc cannot read the arguments of `\(resolved.joined(separator: "::"))!`", at: path.span,
                                      label: "not arguments of the form this macro takes, or a macro plrustc does not know",
                                      note: "write the arguments plainly (expressions, a pattern, a type), or do without the macro")
                    }
                    context.unexpandedCalls.append((arguments, unit))
                    units += blockUnits(arguments, call: node, in: unit)
                }
            case .external:
                // A dependency's macro: its tokens are scanned, and whatever is written in
                // braces inside them checked as code where it parses as code.
                context.unexpandedCalls.append((arguments, unit))
                units += blockUnits(arguments, call: node, in: unit)
            default:
                // A name that is none of the body's macros, nor std's, nor a dependency's:
                // what it expands to cannot be known, so it cannot be allowed.
                let written = path.syntax.text
                context.error("plrustc cannot tell which macro `\(written)!` is", at: path.span,
                              label: "not a macro_rules! of this body, of the standard library or of a dependency",
                              note: "define the macro in the body with macro_rules! and call it by its name after the definition")
            }
        }
        return units
    }

    /// The arguments of a standard-library (or runtime) macro as units of
    /// code, split the way the macro reads them; nil when they do not parse so.
    private static func standardArguments(_ name: String, _ arguments: TokenTreeSyntax, call: SyntaxNode,
                                          in unit: LintUnit) -> [LintUnit]? {
        let tokens = unit.tree.tokens
        var range = arguments.innerTokenRange
        // A trailing comma is the same call without it (`matches!(x, p if g,)`, `assert!(c,)`).
        if let last = range.last, tokens[last].kind == .comma, range.count > 1 { range = range.lowerBound..<last }
        /// Indexes of the top-level tokens of `kind` in `range`.
        func topLevel(_ kind: TokenKind, in range: Range<Int>) -> [Int] {
            var depth = 0
            var found: [Int] = []
            for index in range {
                let token = tokens[index].kind
                if token.isOpenDelimiter { depth += 1 } else if token.isCloseDelimiter { depth -= 1 }
                if token == kind, depth == 0 { found.append(index) }
            }
            return found
        }
        func parsed(_ range: Range<Int>, as kind: SequenceKind) -> LintUnit? {
            parse(range, as: kind, call: call, in: unit)
        }
        if expressionMacros.contains(name) || StandardLibrary.bodyPreludeMacros.contains(name) {
            return parsed(range, as: .expressionList).map { [$0] }
        }
        switch name {
        case "thread_local":
            return parsed(range, as: .items).map { [$0] }
        case "offset_of":
            // `offset_of!(Type, field)`: the type is checked like any other.
            guard let comma = topLevel(.comma, in: range).last else { return nil }
            return parsed(range.lowerBound..<comma, as: .type).map { [$0] }
        case "matches", "assert_matches", "debug_assert_matches":
            // `matches!(expression, pattern if guard)`.
            guard let comma = topLevel(.comma, in: range).first,
                  let expression = parsed(range.lowerBound..<comma, as: .expression) else { return nil }
            var rest = (comma + 1)..<range.upperBound
            // A trailing message (`assert_matches!(x, P, "…")`) is an expression list.
            var message: LintUnit?
            if name != "matches", let second = topLevel(.comma, in: rest).first {
                guard let parsedMessage = parsed((second + 1)..<rest.upperBound, as: .expressionList) else { return nil }
                message = parsedMessage
                rest = rest.lowerBound..<second
            }
            var units = [expression] + (message.map { [$0] } ?? [])
            if let guardIndex = topLevel(.kwIf, in: rest).first {
                guard let pattern = parsed(rest.lowerBound..<guardIndex, as: .pattern),
                      let guardUnit = parsed((guardIndex + 1)..<rest.upperBound, as: .expression) else { return nil }
                units += [pattern, guardUnit]
            } else {
                guard let pattern = parsed(rest, as: .pattern) else { return nil }
                units.append(pattern)
            }
            return units
        default:
            return nil
        }
    }

    /// What stands in braces inside arguments plrustc cannot read (a
    /// dependency's macro): each outermost `{ … }` that parses as a block's
    /// contents becomes a unit, so items and types hidden there meet every lint.
    private static func blockUnits(_ arguments: TokenTreeSyntax, call: SyntaxNode, in unit: LintUnit) -> [LintUnit] {
        let tokens = unit.tree.tokens
        var units: [LintUnit] = []
        var index = arguments.innerTokenRange.lowerBound
        let end = arguments.innerTokenRange.upperBound
        while index < end {
            if tokens[index].kind == .openBrace, let close = closing(index, in: tokens, before: end) {
                if let parsed = parse((index + 1)..<close, as: .statements, call: call, in: unit) { units.append(parsed) }
                index = close + 1
            } else {
                index += 1
            }
        }
        return units
    }

    /// The delimiter closing the one opened at `open` (the tree's tokens are balanced).
    private static func closing(_ open: Int, in tokens: [Token], before end: Int) -> Int? {
        var depth = 0
        for index in open..<end {
            if tokens[index].kind.isOpenDelimiter { depth += 1 } else if tokens[index].kind.isCloseDelimiter { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }

    /// Tokens `range` of the unit's tree parsed as `kind`, as a unit of their own.
    private static func parse(_ range: Range<Int>, as kind: SequenceKind, call: SyntaxNode, in unit: LintUnit) -> LintUnit? {
        let tree = unit.tree
        let stream = TokenStream(tokens: Array(tree.tokens[range]), source: tree.source, edition: tree.edition)
        let parsed = stream.parse(as: kind)
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
        // rustc hands a macro `/// x` as the tokens `# [doc = "x"]`, which rules can
        // match (`(# $x:tt)`); plrustc's reader does not, so it could pick another rule.
        if let doc = arguments.innerTokenRange.first(where: { tree.tokens[$0].kind == .docComment }) {
            let token = tree.tokens[doc]
            context.error("doc comments inside a call of `\(name)!` are not supported",
                          at: Span(start: Int(token.start), end: Int(token.end)),
                          label: "rustc would pass this to the macro as `#[doc = …]` tokens",
                          note: "use a plain comment (`//`) here")
            return nil
        }
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
        let argumentRange = arguments.innerTokenRange
        let input = TokenStream(tokens: Array(tree.tokens[argumentRange]), source: tree.source, edition: tree.edition)
        // Fragments an enclosing expansion passed on stay sealed in this call's arguments.
        let sealed = (context.sealedFragments[ObjectIdentifier(tree)] ?? []).compactMap { fragment -> SealedFragment? in
            guard fragment.range.lowerBound >= argumentRange.lowerBound, fragment.range.upperBound <= argumentRange.upperBound else {
                return nil
            }
            return SealedFragment(range: (fragment.range.lowerBound - argumentRange.lowerBound)..<(fragment.range.upperBound
                                                                                                 - argumentRange.lowerBound),
                                  kind: fragment.kind)
        }
        let reader = MacroTokenReader(stream: input, sealed: sealed)
        // Every attempt is charged, whatever its outcome: the input is read once
        // per rule tried, and a failed expansion costs what it copied.
        budget -= argumentRange.count * max(1, definition.rules.count)
        /// Past the budget: every later call fails at once, and the message gives the budget itself.
        func tooLarge(_ budget: inout Int) -> LintUnit? {
            budget = min(budget, -1)
            context.error("the macro expansions of this body are too large to check", at: callSpan,
                          label: "more than \(context.expansionTokenBudget) tokens in all", note: note)
            return nil
        }
        if budget < 0 { return tooLarge(&budget) }
        let expansion: Expansion
        switch definition.expand(reader, range: 0..<(input.tokens.count - 1), tokenLimit: budget) {
        case .success(let result):
            expansion = result
        case .failure(.noMatch):
            context.error("no rules of `\(name)!` match this call", at: callSpan, note: note)
            return nil
        case .failure(.error(let message)):
            context.error("cannot expand `\(name)!`: \(message)", at: callSpan, note: note)
            return nil
        case .failure(.tooLarge):
            return tooLarge(&budget)
        }
        budget -= expansion.tokens.count
        if budget < 0 { return tooLarge(&budget) }
        let stream = TokenStream(tokens: expansion.tokens, source: tree.source, edition: tree.edition)
        let parsed = stream.parse(as: sequenceKind(of: call.syntax))
        if let problem = parsed.diagnostics.first(where: { $0.level == .error }) {
            context.error("the expansion of `\(name)!` is not valid here: \(problem.message)", at: callSpan, note: note)
            return nil
        }
        // The parsed tree keeps the expansion's tokens, in order: its sealed fragments index them.
        if !expansion.sealed.isEmpty { context.sealedFragments[ObjectIdentifier(parsed)] = expansion.sealed }
        let frame = ExpansionFrame(macroName: name, invocation: callSpan, parent: unit.expansion)
        let resolver = NameResolver(expansion: parsed, invokedAt: call.syntax, outer: unit.resolver)
        let kind = sequenceKind(of: call.syntax)
        // What a call `cfg` removes adds nothing (its expansion is still linted).
        if kind == .statements || kind == .items, !removedByCfg(call.syntax, facts: unit.resolver.cfgFacts) {
            unit.resolver.addItems(from: parsed, at: call.syntax)
        }
        return LintUnit(tree: parsed, resolver: resolver, expansion: frame)
    }

    /// Whether `cfg` removes the call: its attributes are on the item or
    /// statement around it (`#[cfg(…)] m!();` is a statement holding the call's expression).
    private static func removedByCfg(_ call: SyntaxNode, facts: Cfg.Facts) -> Bool {
        var holder = call.parent
        if holder?.kind == .macroExpr, let statement = holder?.parent, statement.kind == .macroStmt || statement.kind == .exprStmt {
            holder = statement
        }
        return holder.map { Cfg.presence(of: $0, facts: facts) } == .absent
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
