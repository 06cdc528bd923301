import Diagnostics

/// Entry point: lex and parse a source file into a `SyntaxTree`.
public enum RustParser {
    /// Parses `source` as a crate file or as a PL/Rust function body.
    /// Never traps: malformed input yields diagnostics in `tree.diagnostics`.
    public static func parse(_ source: SourceFile, edition: Edition = .e2021, mode: ParseMode = .body) -> SyntaxTree {
        // Placeholder until the lexer and parser land: an empty root.
        var layout: BodyLayout?
        var diagnostics: [Diagnostic] = []
        if mode == .body {
            let split = BodyLayout.split(source.bytes)
            layout = split.layout
            diagnostics = split.diagnostics
        }
        let eof = Token(kind: .eof, start: UInt32(source.bytes.count), end: UInt32(source.bytes.count))
        let root = RawNode(kind: mode == .body ? .body : .sourceFile, firstDescendant: 0, firstToken: 0, endToken: 0)
        return SyntaxTree(source: source, edition: edition, mode: mode, tokens: [eof], nodes: [root],
                          diagnostics: diagnostics, bodyLayout: layout)
    }
}
