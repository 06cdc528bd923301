import Diagnostics
import Testing
@testable import RustSyntax

@Suite("Spans and line/column")
struct SpanTests {
    @Test func nodeSpansCoverTheirTokens() {
        let text = "let total = price * 2;"
        let tree = parse(text)
        let binary = tree.root.preorder.first { $0.kind == .binExpr }
        #expect(binary?.span == Span(start: 12, end: 21))
        #expect(binary?.text == "price * 2")
        #expect(tree.root.children.first?.span == Span(start: 0, end: 22))
    }

    @Test func columnsCountScalarsAsRustcDoes() {
        // rustc's columns count characters: `é` and `ü` are one column each, a tab is one column.
        let file = SourceFile(path: "a.rs", text: "fn main() {\n    let é = \"ü\"; let x = 1 +;\n}\n")
        let semicolon = Array(file.bytes).lastIndex(of: UInt8(ascii: ";")) ?? 0
        #expect(file.location(ofByte: semicolon) == SourceLocation(line: 2, column: 29))
        let tabbed = SourceFile(path: "b.rs", text: "\tlet x = (1 +")
        #expect(tabbed.location(ofByte: 9) == SourceLocation(line: 1, column: 10))
    }

    @Test func lineTextExcludesTerminators() {
        let file = SourceFile(path: "c.rs", text: "a\r\nbb\n\nccc")
        #expect(file.lineCount == 4)
        #expect(file.lineText(1) == "a")
        #expect(file.lineText(2) == "bb")
        #expect(file.lineText(3) == "")
        #expect(file.lineText(4) == "ccc")
        #expect(file.location(ofByte: 10) == SourceLocation(line: 4, column: 4))
    }

    @Test func errorPositionsMatchRustc() {
        // Same input as rustc's "expected expression, found `;`" at 2:29.
        let file = SourceFile(path: "a.rs", text: "fn main() {\n    let é = \"ü\"; let x = 1 +;\n}\n")
        let tree = RustParser.parse(file, mode: .crate)
        let first = tree.diagnostics.first
        #expect(first?.message == "expected expression, found `;`")
        #expect(first?.primarySpan.map { file.location(ofByte: $0.start) } == SourceLocation(line: 2, column: 29))
    }

    @Test func directTokensExcludeChildren() {
        let tree = parse("pub unsafe fn f() {}")
        let function = tree.root.children[0]
        #expect(function.kind == .fn)
        #expect(function.directTokens.map(\.token.kind) == [.kwUnsafe, .kwFn])
        #expect(function.hasDirectToken(.kwUnsafe))
        #expect(function.child(.visibility) != nil)
    }

    @Test func dumpIsStable() {
        let dump = parse("f(1)").dump()
        #expect(dump == """
            body@0..4
              callExpr@0..4
                pathExpr@0..1
                  path@0..1
                    pathSegment@0..1
                      nameRef@0..1
                        ident@0..1 "f"
                argList@1..4
                  openParen@1..2 "("
                  literal@2..3
                    integer@2..3 "1"
                  closeParen@3..4 ")"

            """)
    }
}
