import Diagnostics

/// What a macro fragment specifier (`$x:expr`) or a macro expansion is parsed as.
public enum FragmentKind: String, Sendable, CaseIterable {
    case expression = "expr"
    /// `expr_2021`: like `expr`, minus `const { … }` blocks and `_` (which 2024's `expr` accepts).
    case expression2021 = "expr_2021"
    case statement = "stmt"
    case item
    case block
    /// `pat`: from 2021 on, alternatives `A | B` at the top are allowed.
    case pattern = "pat"
    /// `pat_param`: no top-level alternatives (closure parameters).
    case patternParameter = "pat_param"
    case type = "ty"
    case path
    case meta
    case visibility = "vis"
    case literal
    case lifetime
    case identifier = "ident"
    case tokenTree = "tt"
}

/// What a whole token sequence (a macro expansion) is parsed as.
public enum SequenceKind: Sendable {
    /// Statements and an optional tail expression, as in a block (statement position).
    case statements
    /// Items (item position).
    case items
    /// Exactly one expression.
    case expression
    /// Exactly one pattern.
    case pattern
    /// Exactly one type.
    case type
    /// Expressions separated by commas, or `expr; expr` (a standard macro's
    /// arguments: `println!("{}", x)`, `vec![0; n]`, `write!(f, "…")`).
    case expressionList
}

/// Tokens that did not come from lexing a file directly (macro input, macro
/// expansions), with their delimiters paired, ready to be parsed from any
/// position. Token spans still point into `source`.
public struct TokenStream: Sendable {
    public let source: SourceFile
    public let edition: Edition
    /// The tokens, ending with one `.eof` token.
    public let tokens: [Token]
    let matchingDelimiter: [Int32]
    /// Delimiter errors (unbalanced or too deep); a stream with errors parses nothing.
    public let delimiterErrors: [Diagnostic]

    /// `tokens` need not end with `.eof`: one is added.
    public init(tokens: [Token], source: SourceFile, edition: Edition) {
        var all = tokens
        if all.last?.kind != .eof {
            let end = UInt32(all.last.map { Int($0.end) } ?? 0)
            all.append(Token(kind: .eof, start: end, end: end))
        }
        self.tokens = all
        self.source = source
        self.edition = edition
        let checker = DelimiterChecker(tokens: all, range: 0..<(all.count - 1), mode: .crate)
        matchingDelimiter = checker.matching
        delimiterErrors = checker.diagnostics.kept
    }

    /// The index of the closing partner of the opening delimiter at `index`.
    public func closingIndex(ofDelimiterAt index: Int) -> Int? {
        guard index >= 0, index < matchingDelimiter.count, matchingDelimiter[index] >= 0 else { return nil }
        return Int(matchingDelimiter[index])
    }

    /// Parses one fragment starting at `start`, not past `end`. Returns the
    /// index after the fragment, or nil when none could be parsed there
    /// (a macro rule then does not match). Never reads outside `start..<end`.
    public func parseFragment(_ kind: FragmentKind, at start: Int, end: Int) -> Int? {
        guard delimiterErrors.isEmpty, start >= 0, start <= end, end < tokens.count else { return nil }
        return source.bytes.withUnsafeBufferPointer { text -> Int? in
            var parser = Parser(tokens: tokens, source: text, edition: edition, matchingDelimiter: matchingDelimiter,
                                range: start..<end)
            parser.allowsDollarCrate = true
            switch kind {
            case .expression, .expression2021:
                if kind == .expression2021 || edition < .e2024 {
                    // `const { … }` and `_` only begin an `expr` fragment from 2024 on.
                    if parser.at(.underscore) || (parser.at(.kwConst) && parser.nth(1) == .openBrace) { return nil }
                }
                guard parser.canBeginExpression() else { return nil }
                parser.expression()
            case .statement:
                parser.statementFragment()
            case .item:
                let marker = parser.start()
                parser.outerAttributes()
                guard parser.item(marker, context: .module) else { return nil }
            case .block:
                guard parser.at(.openBrace) else { return nil }
                parser.blockExpression()
            case .pattern:
                if edition >= .e2021 { parser.pattern() } else { parser.patternNoAlternatives() }
            case .patternParameter:
                parser.patternNoAlternatives()
            case .type:
                guard parser.canBeginType() else { return nil }
                parser.type()
            case .path:
                guard parser.atPathStart else { return nil }
                parser.path(.type)
            case .meta:
                parser.meta()
            case .visibility:
                parser.visibility()  // may be empty
            case .literal:
                if parser.at(.minus) { parser.bump() }
                guard parser.current.isLiteral || parser.at(.kwTrue) || parser.at(.kwFalse) else { return nil }
                parser.bump()
            case .lifetime:
                guard parser.at(.lifetime) else { return nil }
                parser.bump()
            case .identifier:
                guard parser.current.isIdentOrKeyword, !parser.at(.underscore) else { return nil }
                parser.bump()
            case .tokenTree:
                guard !parser.atEnd else { return nil }
                parser.skipTokenOrTree()
            }
            guard parser.diagnostics.isEmpty, parser.position > start || kind == .visibility else { return nil }
            return parser.position
        }
    }

    /// Parses the whole stream as one sequence. Tokens left over are an error.
    public func parse(as kind: SequenceKind) -> SyntaxTree {
        let eofIndex = tokens.count - 1
        guard delimiterErrors.isEmpty else {
            let root = RawNode(kind: .body, firstDescendant: 0, firstToken: 0, endToken: UInt32(eofIndex))
            return SyntaxTree(source: source, edition: edition, mode: .body, tokens: tokens, nodes: [root],
                              diagnostics: delimiterErrors, bodyLayout: nil)
        }
        return source.bytes.withUnsafeBufferPointer { text in
            var parser = Parser(tokens: tokens, source: text, edition: edition, matchingDelimiter: matchingDelimiter)
            parser.allowsDollarCrate = true
            let root = parser.start()
            switch kind {
            case .statements:
                parser.statements(closing: nil)
            case .items:
                parser.items(closing: nil, context: .module)
            case .expression:
                parser.expression()
            case .pattern:
                parser.pattern()
            case .type:
                parser.type()
            case .expressionList:
                while !parser.atEnd {
                    let before = parser.position
                    parser.expression()
                    if !parser.eat(.comma), !parser.eat(.semicolon) { break }
                    if parser.position == before { break }
                }
            }
            if !parser.atEnd {
                parser.error("macro expansion ends with unexpected tokens", label: "unexpected here")
                while !parser.atEnd { parser.skipAsError() }
            }
            parser.finish(root, kind == .items ? .sourceFile : .body)
            return SyntaxTree(source: source, edition: edition, mode: kind == .items ? .crate : .body, tokens: tokens,
                              nodes: parser.nodes, diagnostics: parser.diagnostics.kept, bodyLayout: nil)
        }
    }
}
