import Diagnostics
import RustSyntax

/// Where an expanded token came from.
enum TokenOrigin: Equatable {
    /// Written in the macro's definition (its transcriber).
    case definition
    /// Passed by the invocation (a matched fragment).
    case argument
    /// Added by the expander: the invisible parentheses around an `expr` fragment.
    case synthesized
}

/// The tokens a macro invocation expands to, each with its origin. Spans
/// still point into the source file (the definition or the invocation).
struct Expansion {
    var tokens: [Token] = []
    var origins: [TokenOrigin] = []
    /// Fragments passed on sealed, as rustc passes them (see `SealedFragment`).
    var sealed: [SealedFragment] = []

    mutating func append(_ token: Token, _ origin: TokenOrigin) {
        tokens.append(token)
        origins.append(origin)
    }
}

/// Instantiates a rule's transcriber with the bindings of a match.
struct MacroTranscriber {
    let definition: MacroTokenReader
    let input: MacroTokenReader
    /// Bindings by name and repetition path: one lookup per use.
    private let bindings: [BindingKey: Binding]
    private let counts: [SequenceKey: Int]
    private let variableSequences: [String: [Int]]
    /// Expansion size allowed, in tokens.
    let tokenLimit: Int

    private struct BindingKey: Hashable {
        let name: String
        let path: [Int]
    }

    init(definition: MacroTokenReader, input: MacroTokenReader, match: MatchResult, tokenLimit: Int) {
        self.definition = definition
        self.input = input
        var byKey: [BindingKey: Binding] = [:]
        for binding in match.bindings { byKey[BindingKey(name: binding.name, path: binding.path)] = binding }
        self.bindings = byKey
        self.counts = match.counts
        self.variableSequences = match.variableSequences
        self.tokenLimit = tokenLimit
    }

    func transcribe(_ nodes: [TranscriberNode]) -> Result<Expansion, MatchFailure> {
        var output = Expansion()
        if let failure = transcribe(nodes, path: [], into: &output) { return .failure(failure) }
        return .success(output)
    }

    private func copy(_ token: MacroToken, into output: inout Expansion) {
        for index in token.start..<(token.start + token.count) {
            output.append(definition.tokens[index], .definition)
        }
    }

    private func transcribe(_ nodes: [TranscriberNode], path: [Int], into output: inout Expansion) -> MatchFailure? {
        for node in nodes {
            if output.tokens.count > tokenLimit {
                return .tooLarge
            }
            switch node {
            case .token(let token):
                copy(token, into: &output)
            case .group(let open, let close, let children):
                copy(open, into: &output)
                if let failure = transcribe(children, path: path, into: &output) { return failure }
                copy(close, into: &output)
            case .variable(let name, let tokens, _):
                guard let sequences = variableSequences[name] else {
                    // Not a meta-variable of this rule: rustc copies `$name` as written.
                    copy(tokens, into: &output)
                    continue
                }
                guard sequences.count <= path.count else {
                    return .error("variable `$\(name)` is still repeating at this depth")
                }
                // A variable declared outside a repetition may be used inside it.
                guard let binding = bindings[BindingKey(name: name, path: Array(path.prefix(sequences.count)))] else {
                    return .error("variable `$\(name)` has no value at this repetition")
                }
                emit(binding, into: &output)
            case .repetition(let children, let separator, _, _):
                switch iterationCount(children, path: path) {
                case .failure(let failure):
                    return failure
                case .success(let count):
                    for iteration in 0..<count {
                        if iteration > 0, let separator { copy(separator, into: &output) }
                        if let failure = transcribe(children, path: path + [iteration], into: &output) { return failure }
                    }
                }
            }
        }
        return nil
    }

    /// Emits a matched fragment. An expression is kept whole by wrapping it in
    /// parentheses (rustc wraps it in an invisible group), so `$e * 2` with
    /// `1 + 1` still multiplies the sum.
    private func emit(_ binding: Binding, into output: inout Expansion) {
        let range = binding.range
        let start = output.tokens.count
        defer {
            // Sealed fragments inside what was bound stay sealed; and the fragment itself is
            // sealed unless it is an `ident`, a `lifetime` or a `tt`.
            for fragment in input.sealed.values where fragment.range.lowerBound >= range.lowerBound
                && fragment.range.upperBound <= range.upperBound {
                let shift = start + (output.tokens.count - start - range.count) / 2 - range.lowerBound
                output.sealed.append(SealedFragment(range: (fragment.range.lowerBound + shift)..<(fragment.range.upperBound + shift),
                                                    kind: fragment.kind))
            }
            if ![.identifier, .lifetime, .tokenTree].contains(binding.kind), output.tokens.count > start {
                output.sealed.append(SealedFragment(range: start..<output.tokens.count, kind: binding.kind))
            }
        }
        let wrap = (binding.kind == .expression || binding.kind == .expression2021) && range.count > 1
        if wrap, let first = range.first {
            let at = input.tokens[first].start
            output.append(Token(kind: .openParen, start: at, end: at), .synthesized)
        }
        for index in range {
            var token = input.tokens[index]
            if index == range.upperBound - 1 { token.flags.remove(.joint) }
            output.append(token, .argument)
        }
        if wrap, let last = range.last {
            let at = input.tokens[last].end
            output.append(Token(kind: .closeParen, start: at, end: at), .synthesized)
        }
    }

    /// How often a repetition runs at `path`: decided by the variables it uses
    /// that repeat at this depth, which must agree.
    private func iterationCount(_ nodes: [TranscriberNode], path: [Int]) -> Result<Int, MatchFailure> {
        var counts: [(String, Int)] = []
        for name in variables(in: nodes) {
            guard let sequences = variableSequences[name], sequences.count > path.count else { continue }
            let count = self.counts[SequenceKey(sequence: sequences[path.count], path: path)] ?? 0
            counts.append((name, count))
        }
        guard let first = counts.first else {
            return .failure(.error("this repetition uses no meta-variable that repeats at this depth"))
        }
        if let other = counts.first(where: { $0.1 != first.1 }) {
            return .failure(.error("meta-variable `$\(first.0)` repeats \(first.1) times, but `$\(other.0)` repeats \(other.1) times"))
        }
        return .success(first.1)
    }

    private func variables(in nodes: [TranscriberNode]) -> [String] {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .token: break
            case .group(_, _, let children): names += variables(in: children)
            case .variable(let name, _, _): names.append(name)
            case .repetition(let children, _, _, _): names += variables(in: children)
            }
        }
        return names
    }
}
