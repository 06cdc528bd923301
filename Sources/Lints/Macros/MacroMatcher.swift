import Diagnostics
import RustSyntax

/// What a meta-variable matched: a range of input tokens, at a repetition path
/// (the iteration index in each enclosing `$( … )`).
struct Binding {
    let name: String
    let kind: FragmentKind
    let path: [Int]
    let range: Range<Int>
}

/// A successful match: the bindings, and how many times each repetition ran
/// (a repetition that ran zero times leaves no binding to count).
struct MatchResult {
    let bindings: [Binding]
    /// Iterations of sequence `sequence` at repetition path `path`.
    let counts: [SequenceKey: Int]
    /// For each meta-variable, the sequences it is declared in, outermost first.
    let variableSequences: [String: [Int]]
}

struct SequenceKey: Hashable {
    let sequence: Int
    let path: [Int]
}

/// Why a rule did not produce bindings.
enum MatchFailure: Error {
    /// The rule does not match; the next rule is tried.
    case noMatch
    /// rustc would stop with an error here (ambiguity, a fragment that fails to parse).
    case error(String)
    /// The expansion outgrew the tokens it was allowed (the body's budget).
    case tooLarge
}

/// Matches invocation tokens against one rule's matcher the way rustc does:
/// all possible positions in the matcher advance together, one token at a
/// time; where a fragment (`$e:expr`) is possible it must be the only
/// possibility, and then the parser reads the whole fragment. No backtracking,
/// so the rule chosen is the one rustc chooses.
struct MacroMatcher {
    /// A flat form of the matcher: positions are indexes into `locations`.
    private enum Location {
        case token(MacroToken)
        case sequenceStart(Int)
        case sequenceEnd(Int)
        case separator(Int)
        case metaVariable(name: String, kind: FragmentKind)
        case end
    }

    private struct Sequence {
        var start = 0
        var end = 0
        var after = 0
        var separator: MacroToken?
        var repetition: RepetitionOperator = .zeroOrMore
    }

    /// What a position has recorded, as a persistent list: forking a
    /// position shares the tail.
    private final class Record {
        enum Entry {
            case binding(Binding)
            case count(SequenceKey, Int)
        }
        let entry: Entry
        let next: Record?
        init(_ entry: Entry, _ next: Record?) {
            self.entry = entry
            self.next = next
        }
    }

    private struct Position {
        var location: Int
        var iterations: [Int]
        var records: Record?
    }

    private var locations: [Location] = []
    private var sequences: [Sequence] = []
    private var variableSequences: [String: [Int]] = [:]
    private var openSequences: [Int] = []
    private let definition: MacroTokenReader

    /// Work allowed per invocation, counted in position steps.
    static let stepLimit = 2_000_000

    init(matcher: [MatcherNode], definition: MacroTokenReader) {
        self.definition = definition
        flatten(matcher)
        locations.append(.end)
    }

    private mutating func flatten(_ nodes: [MatcherNode]) {
        for node in nodes {
            switch node {
            case .token(let token):
                locations.append(.token(token))
            case .group(let open, let close, let children):
                locations.append(.token(open))
                flatten(children)
                locations.append(.token(close))
            case .metaVariable(let name, let kind, _):
                locations.append(.metaVariable(name: name, kind: kind))
                variableSequences[name] = openSequences
            case .repetition(let children, let separator, let repetition, _):
                let index = sequences.count
                sequences.append(Sequence(separator: separator, repetition: repetition))
                sequences[index].start = locations.count
                locations.append(.sequenceStart(index))
                openSequences.append(index)
                flatten(children)
                openSequences.removeLast()
                sequences[index].end = locations.count
                locations.append(.sequenceEnd(index))
                if separator != nil { locations.append(.separator(index)) }
                sequences[index].after = locations.count
            }
        }
    }

    /// Matches `input` tokens `range` (the inside of the invocation's delimiters).
    func match(_ input: MacroTokenReader, range: Range<Int>) -> Result<MatchResult, MatchFailure> {
        var steps = 0
        // Buffers reused for every token: matching allocates no arrays per step.
        var scratch = Scratch()
        var current: [Position] = []
        var advanced: [Position] = []
        var fragments: [Position] = []
        var finished: [Position] = []
        scratch.pending.append(Position(location: 0, iterations: [], records: nil))
        closure(into: &current, scratch: &scratch, steps: &steps)
        var index = range.lowerBound
        while true {
            if steps > MacroMatcher.stepLimit {
                return .failure(.error("macro matching gave up: this invocation is too complex to check"))
            }
            advanced.removeAll(keepingCapacity: true)
            fragments.removeAll(keepingCapacity: true)
            finished.removeAll(keepingCapacity: true)
            let atEnd = index >= range.upperBound
            let token = atEnd ? nil : input.token(at: index)
            // A sealed fragment is no literal token (and no separator).
            let sealedHere = atEnd ? nil : input.sealedFragment(at: index)
            for position in current {
                steps += 1
                switch locations[position.location] {
                case .end:
                    if atEnd { finished.append(position) }
                case .token(let expected):
                    if let token, sealedHere == nil, input.same(expected, in: definition, as: token) {
                        var next = position
                        next.location += 1
                        advanced.append(next)
                    }
                case .separator(let sequence):
                    if let token, sealedHere == nil, let separator = sequences[sequence].separator,
                       input.same(separator, in: definition, as: token) {
                        var next = position
                        next.location = sequences[sequence].start + 1
                        next.iterations[next.iterations.count - 1] += 1
                        advanced.append(next)
                    }
                case .metaVariable(_, let kind):
                    if let sealedHere {
                        // A sealed type that is a path (`u8`, `a::B`, `Vec<u8>`) is a path to `path` and `meta`.
                        let pathLike = sealedHere.kind == .type && mayBegin(.path, input, at: index)
                        if MacroMatcher.accepts(kind, sealed: sealedHere.kind, pathLike: pathLike) { fragments.append(position) }
                    } else if !atEnd, mayBegin(kind, input, at: index) {
                        fragments.append(position)
                    }
                case .sequenceStart, .sequenceEnd:
                    break  // resolved by `closure`
                }
            }
            if atEnd {
                if finished.count == 1, let only = finished.first { return .success(collect(only.records)) }
                return .failure(finished.isEmpty ? .noMatch : .error("ambiguous macro invocation: several ways to match"))
            }
            if fragments.count > 1 || (!fragments.isEmpty && !advanced.isEmpty) {
                return .failure(.error("local ambiguity when calling this macro: several parsing options at one token"))
            }
            if let position = fragments.first {
                guard case .metaVariable(let name, let kind) = locations[position.location] else { return .failure(.noMatch) }
                let stop: Int
                if kind == .tokenTree, let sealedHere {
                    stop = sealedHere.range.upperBound
                } else {
                    guard let end = fragmentEnd(kind, input, at: index, end: range.upperBound) else {
                        return .failure(.error("no rules expected this token in macro call: `$\(name):\(kind.rawValue)` does not parse here"))
                    }
                    // rustc reads a sealed fragment whole; ending inside one is not something it does.
                    guard !input.isInsideSealedFragment(end) else {
                        return .failure(.error("plrustc cannot match `$\(name):\(kind.rawValue)` here as rustc would: a fragment passed on by another macro would be split"))
                    }
                    stop = end
                }
                var next = position
                next.records = Record(.binding(Binding(name: name, kind: kind, path: position.iterations, range: index..<stop)),
                                      position.records)
                next.location += 1
                current.removeAll(keepingCapacity: true)
                scratch.pending.append(next)
                closure(into: &current, scratch: &scratch, steps: &steps)
                index = stop
                continue
            }
            guard let token, !advanced.isEmpty else { return .failure(.noMatch) }
            current.removeAll(keepingCapacity: true)
            scratch.pending.append(contentsOf: advanced)
            closure(into: &current, scratch: &scratch, steps: &steps)
            index += token.count
        }
    }

    /// Work buffers of `closure`, kept across steps.
    private struct Scratch {
        var pending: [Position] = []
        var seen: [SeenKey] = []
        var seenSet: Set<SeenKey> = []

        /// Whether `position` is met for the first time in this closure: a
        /// linear search while few (the usual case), a set beyond that.
        mutating func firstVisit(_ position: Position) -> Bool {
            let key = SeenKey(location: position.location, iterations: position.iterations)
            if seen.count < 16 {
                if seen.contains(key) { return false }
                seen.append(key)
                return true
            }
            if seenSet.isEmpty { seenSet = Set(seen) }
            return seenSet.insert(key).inserted
        }
    }

    /// Follows the moves that consume no token: entering, skipping, looping
    /// and leaving repetitions, from `scratch.pending` into `result`.
    private func closure(into result: inout [Position], scratch: inout Scratch, steps: inout Int) {
        scratch.seen.removeAll(keepingCapacity: true)
        scratch.seenSet.removeAll(keepingCapacity: true)
        while let position = scratch.pending.popLast() {
            steps += 1
            guard scratch.firstVisit(position) else { continue }
            switch locations[position.location] {
            case .sequenceStart(let index):
                let sequence = sequences[index]
                var enter = position
                enter.location += 1
                enter.iterations.append(0)
                scratch.pending.append(enter)
                if sequence.repetition != .oneOrMore {
                    var skip = position
                    skip.location = sequence.after
                    skip.records = Record(.count(SequenceKey(sequence: index, path: position.iterations), 0), position.records)
                    scratch.pending.append(skip)
                }
            case .sequenceEnd(let index):
                let sequence = sequences[index]
                var exit = position
                exit.location = sequence.after
                let iteration = exit.iterations.removeLast()
                exit.records = Record(.count(SequenceKey(sequence: index, path: exit.iterations), iteration + 1), position.records)
                scratch.pending.append(exit)
                if sequence.repetition != .zeroOrOne {
                    var again = position
                    if sequence.separator != nil {
                        again.location = sequence.end + 1  // the separator
                        result.append(again)
                    } else {
                        again.location = sequence.start + 1
                        again.iterations[again.iterations.count - 1] += 1
                        scratch.pending.append(again)
                    }
                }
            default:
                result.append(position)
            }
        }
    }

    private struct SeenKey: Hashable {
        let location: Int
        let iterations: [Int]
    }

    private func collect(_ list: Record?) -> MatchResult {
        var bindings: [Binding] = []
        var counts: [SequenceKey: Int] = [:]
        var node = list
        while let current = node {
            switch current.entry {
            case .binding(let binding): bindings.append(binding)
            case .count(let key, let count): counts[key] = count
            }
            node = current.next
        }
        return MatchResult(bindings: bindings.reversed(), counts: counts, variableSequences: variableSequences)
    }

    /// Whether a fragment of `kind` can start with the token at `index`: rustc's
    /// `nonterminal_may_begin_with`, token for token. A rule whose fragment
    /// cannot begin here does not match, and the next rule is tried; that
    /// choice must be rustc's, or a different rule than rustc's would be checked.
    /// (`$` never begins one: `$crate` written in a call is two tokens to rustc.)
    private func mayBegin(_ kind: FragmentKind, _ input: MacroTokenReader, at index: Int) -> Bool {
        let tokens = input.tokens
        let token = tokens[index].kind
        func next(_ offset: Int) -> TokenKind? {
            index + offset < tokens.count ? tokens[index + offset].kind : nil
        }
        /// The second (and third) of a run of joined punctuation: `..=`, `&&`, `::`, `||`.
        func joined(_ kinds: TokenKind...) -> Bool {
            var at = index
            for kind in kinds {
                guard tokens[at].isJoint, at + 1 < tokens.count, tokens[at + 1].kind == kind else { return false }
                at += 1
            }
            return true
        }
        let edition = input.stream.edition
        switch kind {
        case .tokenTree, .item, .statement: return !token.isCloseDelimiter
        case .identifier: return token.isIdentOrKeyword && token != .underscore
        case .lifetime: return token == .lifetime
        case .literal: return token.isLiteral || token == .minus || token == .kwTrue || token == .kwFalse
        case .block: return token == .openBrace
        // rustc tries `vis` only before a `,`, a name (any keyword too) or a type's first token:
        // an empty visibility before `)` is no match, and another rule is expanded.
        case .visibility: return token == .comma || token.isIdentOrKeyword || MacroMatcher.canBeginType(token)
        case .path, .meta:
            return token.isIdentOrKeyword || (token == .colon && joined(.colon))
        case .expression, .expression2021:
            if token == .kwLet { return false }
            if token == .kwConst || token == .underscore { return kind == .expression && edition >= .e2024 }
            // `.` only as `..`/`..=`/`...`, `:` only as `::`.
            if token == .dot { return joined(.dot) }
            if token == .colon { return joined(.colon) }
            return MacroMatcher.canBeginExpression(token)
        case .type:
            if token == .colon { return joined(.colon) }
            return MacroMatcher.canBeginType(token)
        case .pattern, .patternParameter:
            switch token {
            case .openParen, .openBracket, .and, .minus, .lt, .underscore: return true
            case .colon: return joined(.colon)
            // `..` and `...`, not `..=`.
            case .dot: return joined(.dot) && !joined(.dot, .eq)
            case .or: return kind == .pattern && edition >= .e2021 && !joined(.or)
            default: return token.isIdentOrKeyword || token.isLiteral
            }
        }
    }

    /// Whether a fragment of `kind` may begin with a sealed fragment of kind
    /// `sealed` (rustc: an invisible group carrying its fragment kind).
    static func accepts(_ kind: FragmentKind, sealed: FragmentKind, pathLike: Bool = false) -> Bool {
        switch kind {
        case .tokenTree, .item, .statement: return true
        case .identifier, .lifetime: return false
        case .expression, .expression2021: return [.expression, .expression2021, .literal, .path, .block].contains(sealed)
        case .type: return [.type, .path].contains(sealed)
        case .pattern, .patternParameter:
            return [.pattern, .patternParameter, .expression, .expression2021, .literal, .path, .type, .meta].contains(sealed)
        case .path: return sealed == .path || pathLike
        case .meta: return [.meta, .path].contains(sealed) || pathLike
        case .literal: return [.literal, .expression, .expression2021].contains(sealed)
        case .block: return [.block, .expression, .expression2021, .literal].contains(sealed)
        case .visibility: return sealed == .visibility
        }
    }

    /// rustc's `Token::can_begin_expr`.
    static func canBeginExpression(_ token: TokenKind) -> Bool {
        switch token {
        case .openParen, .openBracket, .openBrace, .bang, .minus, .star, .or, .and, .dot, .lt, .colon, .lifetime, .pound:
            return true
        case .kwAsync, .kwDo, .kwBox, .kwBreak, .kwConst, .kwContinue, .kwFalse, .kwFor, .kwGen, .kwIf, .kwLet, .kwLoop,
             .kwMatch, .kwMove, .kwReturn, .kwTrue, .kwTry, .kwUnsafe, .kwWhile, .kwYield, .kwStatic,
             .kwSelfValue, .kwSelfType, .kwSuper, .kwCrate:
            return true
        default:
            // Other names that are not reserved words (`become`, `as`, `fn`… are).
            return token == .ident || token.isLiteral
        }
    }

    /// rustc's `Token::can_begin_type`.
    static func canBeginType(_ token: TokenKind) -> Bool {
        switch token {
        case .openParen, .openBracket, .bang, .star, .and, .question, .lifetime, .lt, .colon:
            return true
        case .underscore, .kwFor, .kwImpl, .kwFn, .kwUnsafe, .kwExtern, .kwTypeof, .kwDyn,
             .kwSelfValue, .kwSelfType, .kwSuper, .kwCrate:
            return true
        default:
            return token == .ident
        }
    }

    /// The parser decides where a fragment ends.
    private func fragmentEnd(_ kind: FragmentKind, _ input: MacroTokenReader, at index: Int, end: Int) -> Int? {
        if kind == .tokenTree {
            let token = input.token(at: index)
            if input.tokens[index].kind.isOpenDelimiter, let close = input.stream.closingIndex(ofDelimiterAt: index) {
                return close + 1
            }
            return index + token.count
        }
        return input.stream.parseFragment(kind, at: index, end: end)
    }
}
