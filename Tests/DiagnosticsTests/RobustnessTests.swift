import Diagnostics
import Foundation
import Testing

/// Spans that do not fit the file are clamped; nothing may trap.
@Suite struct RobustnessTests {
    private func renderBoth(_ diagnostic: Diagnostic, in file: SourceFile) throws -> String {
        let text = HumanRenderer().render(diagnostic, in: file)
        _ = HumanRenderer(colors: true).render(diagnostic, in: file)
        let json = JSONRenderer().render(diagnostic, in: file)
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        return text
    }

    private static func reversed(_ start: Int, _ end: Int) -> Span {
        var span = Span(start: 0, end: 0)
        span.start = start
        span.end = end
        return span
    }

    private static let awkwardSpans: [Span] = [
        Span(start: -5, end: -1), Span(start: -3, end: 4), Span(start: 2, end: 1_000),
        Span(start: 1_000, end: 2_000), Span(start: Int.max - 1, end: Int.max), Span(start: Int.min, end: Int.max),
        reversed(6, 2), reversed(100, -100), Span(start: 0, end: 0),
    ]

    private static let files: [SourceFile] = [
        SourceFile(path: "empty.rs", text: ""),
        SourceFile(path: "newline.rs", text: "\n"),
        SourceFile(path: "crlf.rs", text: "a\r\nb\r\n"),
        SourceFile(path: "bom.rs", bytes: [0xEF, 0xBB, 0xBF, 0x61, 0x0A]),
        SourceFile(path: "broken.rs", bytes: [0x61, 0xE6, 0x97, 0x0A, 0xFF, 0x80, 0x62]),
        SourceFile(path: "wide.rs", text: "\t名🦀\u{301}\u{200D}\n\t\tx\n"),
        RustcFixtures.c,
    ]

    @Test(arguments: files)
    func awkwardSpansDoNotCrash(file: SourceFile) throws {
        for span in Self.awkwardSpans {
            let labels: [Label] = [.primary(span, "primary"), .secondary(span, "secondary"), .primary(span)]
            let diagnostic = Diagnostic(level: .error, message: "m", code: "E0001", labels: labels,
                                        children: [Diagnostic(level: .note, message: "n", labels: [.secondary(span, "")])])
            let text = try renderBoth(diagnostic, in: file)
            #expect(text.hasPrefix("error[E0001]: m\n"))
            #expect(text.hasSuffix("\n\n"))
        }
    }

    @Test func spanPastTheEndPointsAfterTheLastCharacter() throws {
        let file = SourceFile(path: "lib.rs", text: "let x = 1")
        let text = try renderBoth(Diagnostic.error("m", at: Span(start: 50, end: 60), label: "here"), in: file)
        #expect(text == """
            error: m
             --> lib.rs:1:10
              |
            1 | let x = 1
              |          ^ here


            """)
    }

    @Test func emptyFile() throws {
        let file = SourceFile(path: "empty.rs", text: "")
        let text = try renderBoth(Diagnostic.error("m", at: Span(start: 0, end: 0)), in: file)
        #expect(text == """
            error: m
             --> empty.rs:1:1
              |
            1 |
              | ^


            """)
    }

    @Test func manyLabelsAndOverlappingMultiLineSpans() throws {
        // Every pair of offsets in c.rs's first lines as a label: a stress test of the layout.
        let file = RustcFixtures.c
        var labels: [Label] = []
        for start in stride(from: 0, to: 140, by: 13) {
            for end in stride(from: start, to: 160, by: 29) {
                labels.append(Label(span: Span(start: start, end: end), message: end % 2 == 0 ? "label \(start)" : nil,
                                    isPrimary: start % 3 == 0))
            }
        }
        let text = try renderBoth(Diagnostic(level: .warning, message: "stress", labels: labels), in: file)
        #expect(text.hasPrefix("warning: stress\n"))
    }

    @Test func displayWidthsOfUnusualText() throws {
        // After a tab (4 columns), 名 (2 columns) and e + combining accent (1 column):
        // the `-->` column counts scalars, the underline counts screen columns.
        let file = SourceFile(path: "w.rs", text: "\t名e\u{301}x\n")
        let text = try renderBoth(Diagnostic.error("m", at: Span(start: 7, end: 8)).with(label: .secondary(Span(start: 1, end: 4))), in: file)
        #expect(text == """
            error: m
             --> w.rs:1:5
              |
            1 |     名e\u{301}x
              |     -- ^


            """)
    }
}
