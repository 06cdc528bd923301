import Diagnostics
import RustSyntax

/// How often a `$( … )` repetition may occur.
enum RepetitionOperator: Sendable {
    case zeroOrMore  // `*`
    case oneOrMore   // `+`
    case zeroOrOne   // `?`
}

/// One element of a rule's matcher (`($a:expr, $($b:ident),*)`).
indirect enum MatcherNode {
    /// A token that must appear as is (delimiters of groups included, via `group`).
    case token(MacroToken)
    case group(open: MacroToken, close: MacroToken, children: [MatcherNode])
    /// `$name:kind`.
    case metaVariable(name: String, kind: FragmentKind, span: Span)
    case repetition(children: [MatcherNode], separator: MacroToken?, repetition: RepetitionOperator, span: Span)
}

/// One element of a rule's transcriber (the expansion template).
indirect enum TranscriberNode {
    case token(MacroToken)
    case group(open: MacroToken, close: MacroToken, children: [TranscriberNode])
    /// `$name`.
    case variable(name: String, tokens: MacroToken, span: Span)
    case repetition(children: [TranscriberNode], separator: MacroToken?, repetition: RepetitionOperator, span: Span)
}

/// A `macro_rules!` definition read into its rules. Token positions refer to
/// `reader`, a stream of the definition's own tokens.
struct MacroDefinition {
    struct Rule {
        let matcher: [MatcherNode]
        let transcriber: [TranscriberNode]
        /// Span of the whole `(…) => {…}` rule.
        let span: Span
    }

    let name: String
    let rules: [Rule]
    let reader: MacroTokenReader
    /// Span of the whole definition.
    let span: Span

    /// Reads `macro_rules! name { rules }`; problems come back as diagnostics
    /// (rustc rejects such a definition where it is written).
    static func read(name: String, rulesTree: TokenTreeSyntax, definitionSpan: Span) -> (MacroDefinition?, [Diagnostic]) {
        let tree = rulesTree.syntax.tree
        let inner = rulesTree.innerTokenRange
        let stream = TokenStream(tokens: Array(tree.tokens[inner]), source: tree.source, edition: tree.edition)
        var builder = DefinitionReader(reader: MacroTokenReader(stream: stream))
        let rules = builder.rules()
        guard builder.diagnostics.isEmpty else { return (nil, builder.diagnostics) }
        if rules.isEmpty {
            return (nil, [.error("a `macro_rules!` definition needs at least one rule", at: definitionSpan,
                                 label: "no rules here")])
        }
        return (MacroDefinition(name: name, rules: rules, reader: builder.reader, span: definitionSpan), [])
    }
}

/// Recursive descent over a definition's tokens. Recursion follows bracket
/// nesting, which the delimiter check bounds.
private struct DefinitionReader {
    let reader: MacroTokenReader
    var diagnostics: [Diagnostic] = []
    var position = 0

    init(reader: MacroTokenReader) { self.reader = reader }

    private var end: Int { reader.tokens.count - 1 }
    private func kind(_ index: Int) -> TokenKind { index < end ? reader.tokens[index].kind : .eof }
    private func span(_ index: Int) -> Span {
        let token = reader.tokens[min(index, reader.tokens.count - 1)]
        return Span(start: Int(token.start), end: Int(token.end))
    }
    private func span(from start: Int, to stop: Int) -> Span {
        span(start).union(span(max(start, stop - 1)))
    }

    mutating func fail(_ message: String, at index: Int, label: String? = nil) {
        diagnostics.append(.error(message, at: span(index), label: label))
    }

    /// `(matcher) => {transcriber}` separated by `;`.
    mutating func rules() -> [MacroDefinition.Rule] {
        var rules: [MacroDefinition.Rule] = []
        while position < end {
            let ruleStart = position
            guard kind(position).isOpenDelimiter, let matcherClose = reader.stream.closingIndex(ofDelimiterAt: position) else {
                fail("expected a macro rule: `(pattern) => { expansion }`", at: position, label: "expected `(`, `[` or `{`")
                return rules
            }
            var bindings: Set<String> = []
            let matcher = matcherNodes(position + 1, matcherClose, bindings: &bindings)
            position = matcherClose + 1
            let arrow = reader.token(at: min(position, end - 1))
            guard position < end, arrow.count == 2, kind(position) == .eq, kind(position + 1) == .gt else {
                fail("expected `=>` after the macro pattern", at: position)
                return rules
            }
            position += 2
            guard kind(position).isOpenDelimiter, let transcriberClose = reader.stream.closingIndex(ofDelimiterAt: position) else {
                fail("expected the macro expansion in `{ … }`", at: position)
                return rules
            }
            let transcriber = transcriberNodes(position + 1, transcriberClose)
            position = transcriberClose + 1
            rules.append(.init(matcher: matcher, transcriber: transcriber, span: span(from: ruleStart, to: position)))
            if kind(position) == .semicolon {
                position += 1
            } else if position < end {
                fail("expected `;` between macro rules", at: position)
                return rules
            }
        }
        return rules
    }

    /// Matcher elements in `start..<stop`.
    private mutating func matcherNodes(_ start: Int, _ stop: Int, bindings: inout Set<String>) -> [MatcherNode] {
        var nodes: [MatcherNode] = []
        var index = start
        while index < stop {
            let current = kind(index)
            if current == .dollar, index + 1 < stop {
                let next = kind(index + 1)
                if next == .openParen, let close = reader.stream.closingIndex(ofDelimiterAt: index + 1) {
                    let children = matcherNodes(index + 2, close, bindings: &bindings)
                    let (separator, repetition, after) = repetitionSuffix(close + 1, stop)
                    guard let repetition else { return nodes }
                    let repetitionSpan = span(from: index, to: after)
                    if Self.canMatchEmpty(children) {
                        diagnostics.append(.error("repetition matches empty token tree", at: repetitionSpan))
                    }
                    nodes.append(.repetition(children: children, separator: separator, repetition: repetition, span: repetitionSpan))
                    index = after
                    continue
                }
                if next.isIdentOrKeyword {
                    let nameToken = reader.tokens[index + 1]
                    let name = reader.stream.source.text(Span(start: Int(nameToken.start), end: Int(nameToken.end)))
                    // `$name:kind`.
                    guard index + 3 < stop + 1, kind(index + 2) == .colon, index + 3 < stop, kind(index + 3).isIdentOrKeyword else {
                        fail("missing fragment specifier", at: index + 1, label: "add `:expr`, `:ident`, `:tt`… after `$\(name)`")
                        index += 2
                        continue
                    }
                    let specifierToken = reader.tokens[index + 3]
                    let specifier = reader.stream.source.text(Span(start: Int(specifierToken.start), end: Int(specifierToken.end)))
                    guard let fragment = FragmentKind(rawValue: specifier) else {
                        fail("invalid fragment specifier `\(specifier)`", at: index + 3,
                             label: "valid ones are expr, ident, tt, ty, pat, pat_param, path, block, stmt, item, meta, vis, literal, lifetime, expr_2021")
                        index += 4
                        continue
                    }
                    if !bindings.insert(name).inserted {
                        fail("duplicate matcher binding `$\(name)`", at: index + 1)
                    }
                    nodes.append(.metaVariable(name: name, kind: fragment, span: span(from: index, to: index + 4)))
                    index += 4
                    continue
                }
            }
            if current.isOpenDelimiter, let close = reader.stream.closingIndex(ofDelimiterAt: index) {
                let children = matcherNodes(index + 1, close, bindings: &bindings)
                nodes.append(.group(open: reader.token(at: index), close: reader.token(at: close), children: children))
                index = close + 1
                continue
            }
            let token = reader.token(at: index)
            nodes.append(.token(token))
            index += token.count
        }
        return nodes
    }

    /// Transcriber elements in `start..<stop`.
    private mutating func transcriberNodes(_ start: Int, _ stop: Int) -> [TranscriberNode] {
        var nodes: [TranscriberNode] = []
        var index = start
        while index < stop {
            let current = kind(index)
            if current == .dollar, index + 1 < stop {
                let next = kind(index + 1)
                if next == .openParen, let close = reader.stream.closingIndex(ofDelimiterAt: index + 1) {
                    let children = transcriberNodes(index + 2, close)
                    let (separator, repetition, after) = repetitionSuffix(close + 1, stop)
                    guard let repetition else { return nodes }
                    nodes.append(.repetition(children: children, separator: separator, repetition: repetition,
                                             span: span(from: index, to: after)))
                    index = after
                    continue
                }
                if next.isIdentOrKeyword, next != .kwCrate {
                    let nameToken = reader.tokens[index + 1]
                    let name = reader.stream.source.text(Span(start: Int(nameToken.start), end: Int(nameToken.end)))
                    nodes.append(.variable(name: name, tokens: MacroToken(start: index, count: 2), span: span(from: index, to: index + 2)))
                    index += 2
                    continue
                }
            }
            if current.isOpenDelimiter, let close = reader.stream.closingIndex(ofDelimiterAt: index) {
                let children = transcriberNodes(index + 1, close)
                nodes.append(.group(open: reader.token(at: index), close: reader.token(at: close), children: children))
                index = close + 1
                continue
            }
            // `$crate` and any other token are copied as they are.
            let token = reader.token(at: index)
            nodes.append(.token(token))
            index += token.count
        }
        return nodes
    }

    /// After `$( … )`: an optional separator and `*`, `+` or `?`.
    private mutating func repetitionSuffix(_ index: Int, _ stop: Int) -> (MacroToken?, RepetitionOperator?, Int) {
        func repetitionOperator(_ at: Int) -> RepetitionOperator? {
            guard at < stop else { return nil }
            let token = reader.token(at: at)
            guard token.count == 1 else { return nil }
            switch kind(at) {
            case .star: return .zeroOrMore
            case .plus: return .oneOrMore
            case .question: return .zeroOrOne
            default: return nil
            }
        }
        if let direct = repetitionOperator(index) { return (nil, direct, index + 1) }
        guard index < stop, !kind(index).isOpenDelimiter, !kind(index).isCloseDelimiter, kind(index) != .dollar else {
            fail("expected one of `*`, `+` or `?` after a macro repetition", at: index)
            return (nil, nil, stop)
        }
        let separator = reader.token(at: index)
        let after = index + separator.count
        guard let repetition = repetitionOperator(after) else {
            fail("expected one of `*`, `+` or `?` after a macro repetition", at: after)
            return (nil, nil, stop)
        }
        if repetition == .zeroOrOne {
            fail("the `?` repetition operator does not take a separator", at: index)
        }
        return (separator, repetition, after + 1)
    }

    /// Whether matcher elements can match no tokens at all (rustc rejects such repetitions).
    static func canMatchEmpty(_ nodes: [MatcherNode]) -> Bool {
        nodes.allSatisfy { node in
            switch node {
            case .token, .group: return false
            case .metaVariable(_, let kind, _): return kind == .visibility
            case .repetition(let children, _, let repetition, _): return repetition != .oneOrMore || canMatchEmpty(children)
            }
        }
    }
}

extension MacroDefinition {
    /// Expands one invocation: the first rule whose matcher matches wins (as
    /// in rustc); an error in matching stops the search.
    func expand(_ input: MacroTokenReader, range: Range<Int>, tokenLimit: Int) -> Result<Expansion, MatchFailure> {
        for rule in rules {
            let matcher = MacroMatcher(matcher: rule.matcher, definition: reader)
            switch matcher.match(input, range: range) {
            case .failure(.noMatch):
                continue
            case .failure(let failure):
                return .failure(failure)
            case .success(let result):
                let transcriber = MacroTranscriber(definition: reader, input: input, match: result, tokenLimit: tokenLimit)
                return transcriber.transcribe(rule.transcriber)
            }
        }
        return .failure(.noMatch)
    }
}
