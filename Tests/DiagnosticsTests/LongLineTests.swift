import Diagnostics
import Testing

/// rustc cuts deep indentation and lines wider than its 140-column window,
/// marking the cuts with `...`. Expected texts are rustc 1.95's output for the
/// same sources and spans.
@Suite struct LongLineTests {
    let renderer = HumanRenderer()

    private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }

    @Test func deepIndentationIsCut() {
        let file = SourceFile(path: "deep.rs", text: "pub fn f() {\n" + spaces(30) + "let x: u8 = \"deep\";\n"
                                  + spaces(28) + "let y: u8 = 1;\n}\n")
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 55, end: 61), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 50, end: 52), "expected due to this")])
        #expect(renderer.render(diagnostic, in: file) == #"""
            error[E0308]: mismatched types
             --> deep.rs:2:43
              |
            2 | ...                   let x: u8 = "deep";
              |                              --   ^^^^^^ expected `u8`, found `&str`
              |                              |
              |                              expected due to this


            """#)
    }

    @Test func indentationWithTabsIsMeasuredInColumns() {
        // Eight tabs are 32 columns: the cut falls inside the third tab.
        let file = SourceFile(path: "long5.rs", text: "pub fn f() {\n" + String(repeating: "\t", count: 8)
                                  + "let x: u8 = \"tabs\";\n}\n")
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 33, end: 39), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 28, end: 30), "expected due to this")])
        #expect(renderer.render(diagnostic, in: file) == #"""
            error[E0308]: mismatched types
             --> long5.rs:2:21
              |
            2 | ...                   let x: u8 = "tabs";
              |                              --   ^^^^^^ expected `u8`, found `&str`
              |                              |
              |                              expected due to this


            """#)
    }

    @Test func wideLineIsCutOnBothSides() {
        let file = SourceFile(path: "long3.rs", text: "pub fn f() {\n    let " + String(repeating: "v", count: 150)
                                  + ": u8 = \"x\"; let " + String(repeating: "w", count: 100) + " = 3;\n}\n")
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 178, end: 181), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 173, end: 175), "expected due to this")])
        #expect(renderer.render(diagnostic, in: file) == #"""
            error[E0308]: mismatched types
             --> long3.rs:2:166
              |
            2 | ...vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv: u8 = "x"; let wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww...
              |                                                   --   ^^^ expected `u8`, found `&str`
              |                                                   |
              |                                                   expected due to this


            """#)
    }

    @Test func deeplyIndentedMultiLineSpan() {
        let file = SourceFile(path: "long7.rs", text: "#![forbid(unsafe_code)]\npub fn f() {\n" + spaces(36) + "unsafe {\n"
                                  + spaces(40) + "let a = 1;\n" + spaces(36) + "}\n}\n")
        let diagnostic = Diagnostic(
            level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
            labels: [.primary(Span(start: 73, end: 170))],
            children: [Diagnostic(level: .note, message: "the lint level is defined here",
                                  labels: [.primary(Span(start: 10, end: 21))])])
        #expect(renderer.render(diagnostic, in: file) == #"""
            error: usage of an `unsafe` block
             --> long7.rs:3:37
              |
            3 | / ...                   unsafe {
            4 | | ...                       let a = 1;
            5 | | ...                   }
              | |_______________________^
              |
            note: the lint level is defined here
             --> long7.rs:1:11
              |
            1 | #![forbid(unsafe_code)]
              |           ^^^^^^^^^^^


            """#)
    }
}
