import Diagnostics

/// Where the sections of a PL/Rust function body are, as byte ranges of the
/// original text (so diagnostics point into the text the user wrote).
///
/// The format: an optional `[dependencies]` section (Cargo TOML) followed by a
/// `[code]` section, each header alone on its line; without headers the whole
/// text is code. A `[code]` header may also stand alone at the top.
public struct BodyLayout: Hashable, Sendable {
    /// The `[dependencies]` header line, when present.
    public var dependenciesHeader: Span?
    /// The TOML text between the `[dependencies]` and `[code]` headers.
    public var dependencies: Span?
    /// The `[code]` header line, when present.
    public var codeHeader: Span?
    /// The Rust code: the inside of the function's block.
    public var code: Span

    /// Splits a body into its sections. Problems with the layout itself
    /// (a `[dependencies]` section with no `[code]` after it) are returned as
    /// diagnostics; the code range is then empty.
    public static func split(_ bytes: [UInt8]) -> (layout: BodyLayout, diagnostics: [Diagnostic]) {
        var lineStart = 0
        var firstHeader: (kind: Header, span: Span, next: Int)?
        // Find the first non-blank line.
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let next = min(lineEnd + 1, bytes.count)
            let trimmed = trim(bytes, lineStart..<lineEnd)
            if !trimmed.isEmpty {
                if let header = Header(bytes[trimmed]) {
                    firstHeader = (header, Span(trimmed), next)
                }
                break
            }
            lineStart = next
        }
        guard let first = firstHeader else {
            return (BodyLayout(code: Span(start: 0, end: bytes.count)), [])
        }
        if first.kind == .code {
            return (BodyLayout(codeHeader: first.span, code: Span(start: first.next, end: bytes.count)), [])
        }
        // A `[dependencies]` section runs to the first `[code]` line.
        var cursor = first.next
        while cursor < bytes.count {
            let lineEnd = bytes[cursor...].firstIndex(of: 0x0A) ?? bytes.count
            let next = min(lineEnd + 1, bytes.count)
            let trimmed = trim(bytes, cursor..<lineEnd)
            if Header(bytes[trimmed]) == .code {
                let layout = BodyLayout(
                    dependenciesHeader: first.span,
                    dependencies: Span(start: first.next, end: cursor),
                    codeHeader: Span(trimmed),
                    code: Span(start: next, end: bytes.count))
                return (layout, [])
            }
            cursor = next
        }
        let layout = BodyLayout(
            dependenciesHeader: first.span,
            dependencies: Span(start: first.next, end: bytes.count),
            codeHeader: nil,
            code: Span(start: bytes.count, end: bytes.count))
        let diagnostic = Diagnostic.error(
            "a `[dependencies]` section must be followed by a `[code]` section",
            at: first.span, label: "dependencies start here, but no `[code]` line follows")
            .with(help: "put the function's Rust code after a line that reads `[code]`")
        return (layout, [diagnostic])
    }

    private enum Header {
        case dependencies, code
        init?(_ text: ArraySlice<UInt8>) {
            if text.elementsEqual("[dependencies]".utf8) { self = .dependencies } else if text.elementsEqual("[code]".utf8) { self = .code } else { return nil }
        }
    }

    private static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}
