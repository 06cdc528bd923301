import Diagnostics
import RustSyntax

/// Every rule of every `macro_rules!` of the code, linted as code whether or
/// not anything calls it: an expansion shows only the rules that matched, and
/// a rule no call of the body's selects can still be selected by code the
/// lints do not see (a dependency's macro handed the macro's name).
///
/// A rule's *skeleton* is its transcriber with each metavariable replaced by
/// a stand-in of its fragment kind (the metavariable's own name as an
/// identifier; nothing for `vis` and `item`; `{}` for `block`) and each
/// repetition taken once. It is parsed as statements, else as an expression,
/// a type or a pattern, and the tree is linted like an expansion, reported
/// at the definition's own tokens. A skeleton that parses as none of these
/// (a rule that pastes operators from its input, say) is scanned token by
/// token instead (`TokenScan`), as a macro call plrustc cannot expand is.
enum MacroSkeleton {
    /// What could not be parsed, to scan once every name is known.
    struct UnreadableRule {
        let range: Range<Int>
        let anchor: SyntaxNode
        let unit: LintUnit
    }

    /// Skeleton units of the `macro_rules!` in `unit`, and the rules that did not parse.
    static func units(in unit: LintUnit, context: LintContext) -> (units: [LintUnit], unreadable: [UnreadableRule]) {
        var units: [LintUnit] = []
        var unreadable: [UnreadableRule] = []
        let tree = unit.tree
        for node in tree.nodes(ofKind: .macroRules) {
            guard let rules = node.as(MacroRulesSyntax.self), let rulesTree = rules.rules else { continue }
            let name = rules.name?.identifier ?? "macro"
            let key = LintContext.DefinitionKey(tree: ObjectIdentifier(tree), node: node.id)
            let definition: MacroDefinition?
            if let known = context.definitions[key] {
                definition = known
            } else {
                // An invalid definition is rustc's error where it is written; its transcribers are still scanned below.
                definition = MacroDefinition.read(name: name, rulesTree: rulesTree, definitionSpan: rules.span).0
                context.definitions[key] = .some(definition)
            }
            guard let definition else {
                unreadable.append(UnreadableRule(range: rulesTree.innerTokenRange, anchor: node, unit: unit))
                continue
            }
            let frame = ExpansionFrame(macroName: name, invocation: rules.span, parent: unit.expansion, isDefinition: true)
            for rule in definition.rules {
                var tokens: [Token] = []
                skeleton(rule.transcriber, matcher: rule.matcher, reader: definition.reader, into: &tokens)
                let stream = TokenStream(tokens: tokens, source: tree.source, edition: tree.edition)
                guard let parsed = [SequenceKind.statements, .expression, .type, .pattern].lazy
                    .map({ stream.parse(as: $0) }).first(where: { !$0.hasErrors }) else {
                    if let range = transcriberRange(rule, reader: definition.reader, in: rulesTree) {
                        unreadable.append(UnreadableRule(range: range, anchor: node, unit: unit))
                    }
                    continue
                }
                let resolver = NameResolver(expansion: parsed, invokedAt: node, outer: unit.resolver)
                units.append(LintUnit(tree: parsed, resolver: resolver, expansion: frame))
            }
        }
        return (units, unreadable)
    }

    /// The rule's transcriber tokens in the definition's tree (the reader
    /// indexes the tokens inside the rules' braces).
    private static func transcriberRange(_ rule: MacroDefinition.Rule, reader: MacroTokenReader,
                                         in rulesTree: TokenTreeSyntax) -> Range<Int>? {
        let offset = rulesTree.innerTokenRange.lowerBound
        let indexes = tokenIndexes(rule.transcriber)
        guard let low = indexes.min(), let high = indexes.max() else { return nil }
        return (offset + low)..<(offset + high + 1)
    }

    private static func tokenIndexes(_ nodes: [TranscriberNode]) -> [Int] {
        nodes.flatMap { node -> [Int] in
            switch node {
            case .token(let token): return Array(token.start..<(token.start + token.count))
            case .group(let open, let close, let children):
                return [open.start, close.start + close.count - 1] + tokenIndexes(children)
            case .variable(_, let tokens, _): return Array(tokens.start..<(tokens.start + tokens.count))
            case .repetition(let children, let separator, _, _):
                return tokenIndexes(children) + (separator.map { Array($0.start..<($0.start + $0.count)) } ?? [])
            }
        }
    }

    private static func skeleton(_ nodes: [TranscriberNode], matcher: [MatcherNode], reader: MacroTokenReader,
                                 into tokens: inout [Token]) {
        func copy(_ token: MacroToken) {
            for index in token.start..<(token.start + token.count) { tokens.append(reader.tokens[index]) }
        }
        for node in nodes {
            switch node {
            case .token(let token):
                copy(token)
            case .group(let open, let close, let children):
                copy(open)
                skeleton(children, matcher: matcher, reader: reader, into: &tokens)
                copy(close)
            case .variable(let name, let written, _):
                // `$` then the name: the stand-in is the name, as an identifier (or what the kind needs).
                let dollar = reader.tokens[written.start]
                var standIn = reader.tokens[written.start + written.count - 1]
                switch fragmentKind(of: name, in: matcher) {
                case nil:
                    // Not a metavariable of the rule: rustc keeps `$name` as written.
                    copy(written)
                case .visibility?, .item?:
                    break
                case .block?:
                    tokens.append(Token(kind: .openBrace, start: dollar.start, end: dollar.end))
                    tokens.append(Token(kind: .closeBrace, start: standIn.start, end: standIn.end))
                case .lifetime?:
                    standIn.kind = .lifetime
                    standIn.flags = []
                    tokens.append(standIn)
                default:
                    standIn.kind = .ident
                    standIn.flags = []
                    tokens.append(standIn)
                }
            case .repetition(let children, _, _, _):
                skeleton(children, matcher: matcher, reader: reader, into: &tokens)
            }
        }
    }

    /// The fragment kind the matcher gives `$name`, if it binds it.
    private static func fragmentKind(of name: String, in matcher: [MatcherNode]) -> FragmentKind? {
        for node in matcher {
            switch node {
            case .token: continue
            case .metaVariable(let bound, let kind, _) where bound == name: return kind
            case .metaVariable: continue
            case .group(_, _, let children), .repetition(let children, _, _, _):
                if let kind = fragmentKind(of: name, in: children) { return kind }
            }
        }
        return nil
    }
}
