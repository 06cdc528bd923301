import Diagnostics
import RustSyntax

/// A token as `macro_rules!` sees it: rustc glues punctuation into operators
/// (`=>`, `::`, `>>=`) and a split tuple-index number back into one literal,
/// so one `MacroToken` may cover several of our single-character tokens.
struct MacroToken {
    /// Index of the first underlying token.
    let start: Int
    /// Underlying tokens covered.
    let count: Int
}

/// A fragment a macro passed on (`$e` of `$e:expr` in a transcriber): rustc
/// hands it to the next macro as one sealed token of its kind, which literal
/// tokens and most other fragment kinds do not match; only `tt` and
/// compatible kinds take it, whole. (`ident`, `lifetime` and `tt` fragments
/// are not sealed.)
struct SealedFragment: Equatable {
    let range: Range<Int>
    let kind: FragmentKind
}

/// Reading a token array the way rustc's macro matcher does.
struct MacroTokenReader {
    let stream: TokenStream
    /// Sealed fragments among the tokens, by first token index.
    let sealed: [Int: SealedFragment]

    init(stream: TokenStream, sealed: [SealedFragment] = []) {
        self.stream = stream
        // The widest fragment at a position; of two alike, the later one: a
        // fragment re-captured as another kind (`$e:expr` taken as `$p:pat`) is that kind now.
        self.sealed = Dictionary(sealed.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { earlier, later in
            earlier.range.count > later.range.count ? earlier : later
        })
    }

    var tokens: [Token] { stream.tokens }

    /// The sealed fragment starting at `index`, if any.
    func sealedFragment(at index: Int) -> SealedFragment? { sealed.isEmpty ? nil : sealed[index] }

    /// Whether `index` falls strictly inside a sealed fragment.
    func isInsideSealedFragment(_ index: Int) -> Bool {
        sealed.values.contains { $0.range.lowerBound < index && index < $0.range.upperBound }
    }

    /// The glued token starting at `index` (which must be < the stream's end).
    func token(at index: Int) -> MacroToken {
        let count = gluedLength(at: index)
        return MacroToken(start: index, count: count)
    }

    /// rustc's multi-character operators, longest first.
    private static let operators: [[TokenKind]] = [
        [.lt, .lt, .eq], [.gt, .gt, .eq], [.dot, .dot, .dot], [.dot, .dot, .eq],
        [.eq, .eq], [.bang, .eq], [.lt, .eq], [.gt, .eq], [.and, .and], [.or, .or], [.plus, .eq], [.minus, .eq],
        [.star, .eq], [.slash, .eq], [.percent, .eq], [.caret, .eq], [.and, .eq], [.or, .eq], [.lt, .lt],
        [.gt, .gt], [.dot, .dot], [.colon, .colon], [.minus, .gt], [.lt, .minus], [.eq, .gt],
    ]

    private func gluedLength(at index: Int) -> Int {
        let first = tokens[index]
        if first.flags.contains(.splitNumber), first.kind == .integer {
            // `0` `.` `1` lexed from the float `0.1` after a field dot.
            if index + 2 < tokens.count, tokens[index + 1].kind == .dot, tokens[index + 2].flags.contains(.splitNumber) {
                return 3
            }
        }
        guard first.kind.isPunctuation, first.isJoint else { return 1 }
        for candidate in MacroTokenReader.operators where candidate[0] == first.kind {
            if matches(candidate, at: index) { return candidate.count }
        }
        return 1
    }

    private func matches(_ kinds: [TokenKind], at index: Int) -> Bool {
        guard index + kinds.count <= tokens.count - 1 else { return false }
        for offset in 0..<kinds.count {
            let token = tokens[index + offset]
            guard token.kind == kinds[offset] else { return false }
            // Every token but the last must be glued to the next.
            if offset < kinds.count - 1, !token.isJoint { return false }
        }
        return true
    }

    /// Whether two glued tokens are the same token (kind and spelling).
    func same(_ left: MacroToken, in leftReader: MacroTokenReader, as right: MacroToken) -> Bool {
        guard left.count == right.count else { return false }
        for offset in 0..<left.count {
            let a = leftReader.tokens[left.start + offset]
            let b = tokens[right.start + offset]
            guard a.kind == b.kind else { return false }
            if a.kind == .ident || a.kind == .lifetime || a.kind.isLiteral || a.kind == .docComment {
                guard leftReader.stream.source.text(Span(start: Int(a.start), end: Int(a.end)))
                        == stream.source.text(Span(start: Int(b.start), end: Int(b.end))) else { return false }
            }
        }
        return true
    }

    func text(_ token: MacroToken) -> String {
        (token.start..<(token.start + token.count)).map { stream.source.text(Span(start: Int(tokens[$0].start), end: Int(tokens[$0].end))) }
            .joined()
    }
}
