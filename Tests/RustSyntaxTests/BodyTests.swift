import Diagnostics
import Testing
@testable import RustSyntax

@Suite("PL/Rust bodies")
struct BodyTests {
    @Test func codeAloneIsAllCode() {
        let (layout, diagnostics) = BodyLayout.split(Array("Ok(Some(1))".utf8))
        #expect(diagnostics.isEmpty)
        #expect(layout.dependencies == nil)
        #expect(layout.code == Span(start: 0, end: 11))
    }

    @Test func dependenciesThenCode() {
        let text = "\n[dependencies]\nrand = \"0.8\"\n\n[code]\nuse rand::Rng;\nOk(None)\n"
        let (layout, diagnostics) = BodyLayout.split(Array(text.utf8))
        #expect(diagnostics.isEmpty)
        let bytes = Array(text.utf8)
        #expect(layout.dependencies.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == "rand = \"0.8\"\n\n")
        #expect(String(decoding: bytes[layout.code.start..<layout.code.end], as: UTF8.self) == "use rand::Rng;\nOk(None)\n")
        #expect(layout.codeHeader != nil)
    }

    @Test func headersMayBeIndented() {
        let (layout, diagnostics) = BodyLayout.split(Array("  [dependencies]  \r\n  [code]\r\nx".utf8))
        #expect(diagnostics.isEmpty)
        #expect(layout.code.start == 30)
    }

    @Test func codeHeaderAlone() {
        let (layout, _) = BodyLayout.split(Array("[code]\nOk(None)".utf8))
        #expect(layout.dependencies == nil)
        #expect(layout.code.start == 7)
    }

    @Test func dependenciesWithoutCodeIsAnError() {
        let tree = parse("[dependencies]\nrand = \"0.8\"\n")
        #expect(messages(tree) == ["a `[dependencies]` section must be followed by a `[code]` section"])
    }

    @Test func errorsInTheCodeSectionUseOriginalLines() {
        let text = "[dependencies]\nrand = \"0.8\"\n[code]\nlet x = ;\n"
        let file = SourceFile(path: "f.rs", text: text)
        let tree = RustParser.parse(file)
        let span = tree.diagnostics.first?.primarySpan
        #expect(span.map { file.location(ofByte: $0.start) } == SourceLocation(line: 4, column: 9))
    }

    @Test func anArrayLiteralLineIsNotAHeaderLaterInTheCode() {
        let tree = parse("let code = 1;\nlet v = [code];\nOk(Some(v[0]))")
        #expect(tree.diagnostics.isEmpty)
    }
}

@Suite("Brace injection")
struct BraceInjectionTests {
    @Test(arguments: [
        "} fn evil() {",
        "Ok(None) }\n#[no_mangle] pub extern \"C\" fn evil() {",
        "}}",
        "let x = 1; } {",
        "(]",
    ])
    func closingTheFunctionIsAnError(text: String) {
        let tree = parse(text)
        #expect(tree.hasErrors, "accepted: \(text)")
        #expect(!allKinds(tree).contains(.fn) || text.hasPrefix("Ok"), "an item escaped: \(text)")
    }

    @Test func strayClosingBraceIsExplained() {
        let tree = parse("Ok(None) } fn evil() {")
        let diagnostic = tree.diagnostics.first
        #expect(diagnostic?.message == "unexpected closing delimiter: `}`")
        #expect(diagnostic?.children.map(\.message) == ["a function body is the inside of a block: it cannot close the function it is in"])
    }

    @Test(arguments: [
        "let c = '}'; Ok(Some(c))",
        "let s = \"}\"; Ok(Some(s))",
        "let s = r#\"}\"#; Ok(Some(s))",
        "let b = b'}'; Ok(Some(b))",
        "let b = br\"}\"; Ok(Some(b))",
        "/* } */ Ok(None)",
        "/* /* } */ } */ Ok(None)",
        "// }\nOk(None)",
        "/// }\nfn f() {} Ok(None)",
        "let s = \"\\\"}\"; Ok(Some(s))",
        "let c = '\\''; let d = '}'; Ok(None)",
    ])
    func bracesInsideLiteralsAndCommentsDoNotCount(text: String) {
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
    }

    @Test func unclosedDelimiterIsReported() {
        let tree = parse("if x { Ok(None)")
        #expect(messages(tree) == ["this function body has an unclosed delimiter"])
    }
}
