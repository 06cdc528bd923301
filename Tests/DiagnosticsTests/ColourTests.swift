import Diagnostics
import Testing

/// Expected escapes copied from rustc's `--color=always` output.
@Suite struct ColourTests {
    private let bold = "\u{1B}[1m"
    private let reset = "\u{1B}[0m"
    private let red = "\u{1B}[1m\u{1B}[91m"
    private let yellow = "\u{1B}[1m\u{1B}[33m"
    private let blue = "\u{1B}[1m\u{1B}[94m"
    private let green = "\u{1B}[1m\u{1B}[92m"
    private let cyan = "\u{1B}[1m\u{1B}[96m"

    @Test func errorWithPrimaryAndSecondaryLabels() {
        let diagnostic = Diagnostic(
            level: .error, message: "the name `A` is defined multiple times", code: "E0428",
            labels: [.primary(Span(start: 54, end: 63), "`A` redefined here"),
                     .secondary(Span(start: 33, end: 42), "previous definition of the type `A` here")],
            children: [Diagnostic(level: .note, message: "`A` must be defined only once in the type namespace of this module")])
        let expected = """
            \(red)error[E0428]\(reset)\(bold): the name `A` is defined multiple times\(reset)
             \(blue)--> \(reset)b.rs:5:1
              \(blue)|\(reset)
            \(blue)2\(reset) \(blue)|\(reset) struct A;
              \(blue)|\(reset) \(blue)---------\(reset) \(blue)previous definition of the type `A` here\(reset)
            \(blue)...\(reset)
            \(blue)5\(reset) \(blue)|\(reset) struct A;
              \(blue)|\(reset) \(red)^^^^^^^^^\(reset) \(red)`A` redefined here\(reset)
              \(blue)|\(reset)
              \(blue)= \(reset)\(bold)note\(reset): `A` must be defined only once in the type namespace of this module


            """
        #expect(HumanRenderer(colors: true).render(diagnostic, in: RustcFixtures.b) == expected)
    }

    @Test func warningMultiLineSpanAndLabelledNote() {
        // Primary marks take the colour of their section's level: yellow in a
        // warning, green in a note. The corner of a multi-line start is a styled space.
        let diagnostic = Diagnostic(
            level: .warning, message: "usage of an `unsafe` block", code: "unsafe_code",
            labels: [.primary(Span(start: 55, end: 88))],
            children: [Diagnostic(level: .note, message: "the lint level is defined here",
                                  labels: [.primary(Span(start: 10, end: 21))])])
        let expected = """
            \(yellow)warning\(reset)\(bold): usage of an `unsafe` block\(reset)
             \(blue)--> \(reset)c.rs:2:32
              \(blue)|\(reset)
            \(blue)2\(reset) \(blue)|\(reset)   pub fn f() -> i32 { let a = 1; unsafe {
              \(blue)|\(reset) \(yellow) ________________________________^\(reset)
            \(blue)3\(reset) \(blue)|\(reset) \(yellow)|\(reset)         let x = 1;
            \(blue)4\(reset) \(blue)|\(reset) \(yellow)|\(reset)     }\u{20}
              \(blue)|\(reset) \(yellow)|_____^\(reset)
              \(blue)|\(reset)
            \(green)note\(reset): the lint level is defined here
             \(blue)--> \(reset)c.rs:1:11
              \(blue)|\(reset)
            \(blue)1\(reset) \(blue)|\(reset) #![forbid(unsafe_code)]
              \(blue)|\(reset)           \(green)^^^^^^^^^^^\(reset)


            """
        #expect(HumanRenderer(colors: true).render(diagnostic, in: RustcFixtures.c) == expected)
    }

    @Test func labelledHelpIsCyan() {
        let file = SourceFile(path: "u.rs", text: "extra::extra!(aa bb);\n")
        let diagnostic = Diagnostic(
            level: .error, message: "use of unsafe", labels: [.primary(Span(start: 14, end: 16))],
            children: [Diagnostic(level: .help, message: "remove the block", labels: [.primary(Span(start: 17, end: 19))]),
                       Diagnostic(level: .note, message: "on by default")])
        let expected = """
            \(red)error\(reset)\(bold): use of unsafe\(reset)
             \(blue)--> \(reset)u.rs:1:15
              \(blue)|\(reset)
            \(blue)1\(reset) \(blue)|\(reset) extra::extra!(aa bb);
              \(blue)|\(reset)               \(red)^^\(reset)
              \(blue)|\(reset)
            \(cyan)help\(reset): remove the block
             \(blue)--> \(reset)u.rs:1:18
              \(blue)|\(reset)
            \(blue)1\(reset) \(blue)|\(reset) extra::extra!(aa bb);
              \(blue)|\(reset)                  \(cyan)^^\(reset)
              \(blue)= \(reset)\(bold)note\(reset): on by default


            """
        #expect(HumanRenderer(colors: true).render(diagnostic, in: file) == expected)
    }

    @Test func summaryColours() {
        let renderer = HumanRenderer(colors: true)
        #expect(renderer.summary(errors: 2, warnings: 1)
            == "\(red)error\(reset)\(bold): aborting due to 2 previous errors; 1 warning emitted\(reset)\n\n")
        #expect(renderer.summary(errors: 0, warnings: 2) == "\(yellow)warning\(reset)\(bold): 2 warnings emitted\(reset)\n\n")
    }

    @Test func noEscapesWithoutColours() {
        let diagnostic = Diagnostic(level: .error, message: "m", labels: [.primary(Span(start: 0, end: 1), "l")]).with(note: "n")
        let text = HumanRenderer().render(diagnostic, in: RustcFixtures.a) + HumanRenderer().summary(errors: 1, warnings: 1)
        #expect(!text.contains("\u{1B}"))
    }
}
