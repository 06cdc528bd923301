import Diagnostics

/// Entry point: lex and parse a source file into a `SyntaxTree`.
public enum RustParser {
    /// Parses `source` as a crate file or as a PL/Rust function body.
    /// Never traps: malformed input yields diagnostics in `tree.diagnostics`.
    public static func parse(_ source: SourceFile, edition: Edition = .e2021, mode: ParseMode = .body) -> SyntaxTree {
        var diagnostics: [Diagnostic] = []
        var layout: BodyLayout?
        var range = 0..<source.bytes.count
        if mode == .body {
            let split = BodyLayout.split(source.bytes)
            layout = split.layout
            diagnostics += split.diagnostics
            range = split.layout.code.start..<split.layout.code.end
        }
        // Offsets are stored in 32 bits.
        guard source.bytes.count < Int(UInt32.max) else {
            diagnostics.append(.error("source text is too large (4 GiB or more)", at: Span(start: 0, end: 0)))
            return emptyTree(source, edition: edition, mode: mode, diagnostics: diagnostics, layout: layout)
        }
        return source.bytes.withUnsafeBufferPointer { text in
            var lexer = Lexer(text: text, range: range, edition: edition)
            lexer.run(allowShebang: mode == .crate)
            diagnostics += lexer.diagnostics.kept
            var dropped = lexer.diagnostics.dropped
            let tokens = lexer.tokens
            let eofIndex = tokens.count - 1
            let delimiters = DelimiterChecker(tokens: tokens, range: 0..<eofIndex, mode: mode)
            if !delimiters.diagnostics.isEmpty {
                // Unbalanced or too deeply nested: report that alone, as rustc does.
                diagnostics += delimiters.diagnostics.kept
                dropped += delimiters.diagnostics.dropped
                let root = RawNode(kind: mode == .body ? .body : .sourceFile, firstDescendant: 0, firstToken: 0,
                                   endToken: UInt32(eofIndex))
                return SyntaxTree(source: source, edition: edition, mode: mode, tokens: tokens, nodes: [root],
                                  diagnostics: sorted(diagnostics, dropped: dropped), bodyLayout: layout)
            }
            var parser = Parser(tokens: tokens, source: text, edition: edition, matchingDelimiter: delimiters.matching)
            let root = parser.start()
            switch mode {
            case .crate:
                parser.innerAttributes()
                parser.items(closing: nil, context: .module)
                parser.finish(root, .sourceFile)
            case .body:
                parser.innerAttributes()
                parser.statements(closing: nil)
                parser.finish(root, .body)
            }
            diagnostics += parser.diagnostics.kept
            dropped += parser.diagnostics.dropped
            return SyntaxTree(source: source, edition: edition, mode: mode, tokens: tokens, nodes: parser.nodes,
                              diagnostics: sorted(diagnostics, dropped: dropped), bodyLayout: layout)
        }
    }

    private static func emptyTree(_ source: SourceFile, edition: Edition, mode: ParseMode, diagnostics: [Diagnostic],
                                  layout: BodyLayout?) -> SyntaxTree {
        let eof = Token(kind: .eof, start: 0, end: 0)
        let root = RawNode(kind: mode == .body ? .body : .sourceFile, firstDescendant: 0, firstToken: 0, endToken: 0)
        return SyntaxTree(source: source, edition: edition, mode: mode, tokens: [eof], nodes: [root],
                          diagnostics: diagnostics, bodyLayout: layout)
    }

    /// At most this many diagnostics are kept per file: hostile input can
    /// produce one error per token, and each costs rendering time.
    public static let maximumDiagnostics = 100

    /// Diagnostics in source order (stable for equal positions), capped;
    /// `dropped` were never recorded (each stage keeps its first ones only).
    private static func sorted(_ diagnostics: [Diagnostic], dropped: Int = 0) -> [Diagnostic] {
        let ordered = diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.primarySpan?.start ?? 0
            let right = rhs.element.primarySpan?.start ?? 0
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        guard ordered.count > maximumDiagnostics || dropped > 0 else { return ordered }
        var kept = Array(ordered.prefix(maximumDiagnostics))
        let omitted = ordered.count - kept.count + dropped
        let at = kept.last?.primarySpan.map { Span(start: $0.start, end: $0.start) } ?? Span(start: 0, end: 0)
        kept.append(Diagnostic(level: .error, message: "too many errors: \(omitted) more not shown",
                               labels: [.primary(at)])
            .with(note: "only the first \(maximumDiagnostics) errors of a file are reported"))
        return kept
    }
}
