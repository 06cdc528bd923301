import Diagnostics

/// Pairs `(`/`)`, `[`/`]` and `{`/`}` over a token array before parsing, the
/// way rustc builds token trees first. Unbalanced input is reported here and
/// not parsed further: no later stage ever sees a `}` that closes more than it
/// opened, which is what keeps a body inside its function.
struct DelimiterChecker {
    /// For each opening delimiter, the index of its closing partner (others: -1).
    private(set) var matching: [Int32]
    private(set) var diagnostics = DiagnosticSink()
    private(set) var maximumDepth = 0

    /// Deepest nesting accepted; deeper input is refused with one error.
    static let depthLimit = 256

    init(tokens: [Token], range: Range<Int>, mode: ParseMode) {
        matching = [Int32](repeating: -1, count: tokens.count)
        var open: [Int] = []
        var depthReported = false
        for index in range {
            let kind = tokens[index].kind
            if kind.isOpenDelimiter {
                open.append(index)
                if open.count > maximumDepth { maximumDepth = open.count }
                if open.count > DelimiterChecker.depthLimit, !depthReported {
                    depthReported = true
                    diagnostics.add(
                        Diagnostic.error("brackets are nested too deeply", at: span(tokens[index]),
                                         label: "more than \(DelimiterChecker.depthLimit) levels of `(`, `[` and `{` here")
                            .with(help: "nested brackets are limited to \(DelimiterChecker.depthLimit) levels; split this code into smaller pieces"))
                }
            } else if kind.isCloseDelimiter {
                if let last = open.last, tokens[last].kind.closingDelimiter == kind {
                    matching[last] = Int32(index)
                    open.removeLast()
                } else if let partner = open.lastIndex(where: { tokens[$0].kind.closingDelimiter == kind }) {
                    // Closes an outer group: everything opened since is unclosed.
                    let unclosed = open[open.count - 1]
                    diagnostics.add(
                        Diagnostic(level: .error, message: "mismatched closing delimiter: `\(kind.fixedText ?? "")`", labels: [
                            .primary(span(tokens[index]), "mismatched closing delimiter"),
                            .secondary(span(tokens[unclosed]), "unclosed delimiter"),
                        ]))
                    matching[open[partner]] = Int32(index)
                    open.removeSubrange(partner...)
                } else {
                    var diagnostic = Diagnostic.error("unexpected closing delimiter: `\(kind.fixedText ?? "")`",
                                                      at: span(tokens[index]), label: "unexpected closing delimiter")
                    if mode == .body {
                        diagnostic = diagnostic.with(note: "a function body is the inside of a block: it cannot close the function it is in")
                    }
                    diagnostics.add(diagnostic)
                }
            }
        }
        if !open.isEmpty {
            let endSpan = range.upperBound < tokens.count ? span(tokens[range.upperBound]) : Span(start: 0, end: 0)
            var labels: [Label] = [.primary(Span(start: endSpan.start, end: endSpan.start))]
            for index in open.suffix(8) {
                labels.append(.secondary(span(tokens[index]), "unclosed delimiter"))
            }
            diagnostics.add(Diagnostic(
                level: .error,
                message: mode == .body ? "this function body has an unclosed delimiter" : "this file contains an unclosed delimiter",
                labels: labels))
        }
    }

    private func span(_ token: Token) -> Span { Span(start: Int(token.start), end: Int(token.end)) }
}
