import Foundation
import Testing
@testable import Diagnostics

@Suite("Very long lines")
struct HugeLineTests {
    /// A diagnostic near the end of a line of `padding` filler characters.
    private func render(padding: Int, json: Bool = false) -> (text: String, file: SourceFile) {
        let text = String(repeating: "x", count: padding) + " + ;\nnext line\n"
        let file = SourceFile(path: "long.rs", text: text)
        let semicolon = padding + 3
        let diagnostic = Diagnostic.error("expected expression, found `;`", at: Span(start: semicolon, end: semicolon + 1),
                                          label: "expected expression")
        let output = json ? JSONRenderer().render(diagnostic, in: file) : HumanRenderer().render(diagnostic, in: file)
        return (output, file)
    }

    @Test func windowedLinesRenderLikeShortOnes() {
        // Under the window threshold the whole line is measured; far above it only a window is.
        let short = render(padding: 4_000).text
        let huge = render(padding: 2_000_000).text
        #expect(short.replacingOccurrences(of: "1:4004", with: "COLUMN") == huge.replacingOccurrences(of: "1:2000004", with: "COLUMN"))
        #expect(huge.contains("..."))
        #expect(huge.utf8.count < 1_000)
    }

    @Test func jsonExcerptsHugeLines() {
        let (json, _) = render(padding: 2_000_000, json: true)
        #expect(json.utf8.count < 10_000)
        #expect(json.contains(#""column_start":2000004"#))
    }

    @Test func columnsOnLongLinesUseCheckpointsCorrectly() {
        // Multi-byte characters straddle checkpoint boundaries.
        let text = String(repeating: "é", count: 30_000) + "x"
        let file = SourceFile(path: "e.rs", text: text)
        #expect(file.location(ofByte: 60_000) == SourceLocation(line: 1, column: 30_001))
        #expect(file.location(ofByte: 12_345 * 2) == SourceLocation(line: 1, column: 12_346))
        #expect(file.byteOffset(ofScalar: 30_000, inLine: 1) == 60_000)
        #expect(file.byteOffset(ofScalar: 4_097, inLine: 1) == 8_194)
        #expect(file.scalarCount(inLine: 1) == 30_001)
    }
}
