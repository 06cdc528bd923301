import Diagnostics
import Testing
@testable import RustSyntax

@Suite("Robustness")
struct RobustnessTests {
    @Test func hundredThousandNestedBracketsAreRefused() {
        let text = String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000)
        let tree = parse(text)
        #expect(messages(tree) == ["brackets are nested too deeply"])
        let mixed = String(repeating: "[{(", count: 40_000)
        #expect(parse(mixed).hasErrors)
    }

    @Test func deepNestingWithoutBracketsHitsTheParserLimit() {
        // Unary operators and generic arguments nest without delimiters.
        #expect(messages(parse(String(repeating: "-", count: 50_000) + "1")).contains("this code is nested too deeply to be checked"))
        #expect(messages(parse("let x: " + String(repeating: "Vec<", count: 50_000) + "u8" + String(repeating: ">", count: 50_000) + ";"))
                    .contains("this code is nested too deeply to be checked"))
        #expect(messages(parse(String(repeating: "&", count: 50_000) + "x")).contains("this code is nested too deeply to be checked"))
    }

    @Test func nestingWithinTheLimitParses() {
        let depth = 100
        let text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(parse(text).diagnostics.isEmpty)
    }

    @Test func longFlatChainsAreFine() {
        // Left-nested trees built without recursion: a long sum and a long else-if chain.
        let sum = (0..<20_000).map(String.init).joined(separator: " + ")
        let tree = parse(sum)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.dump().count > 0)
        let chain = "if a {}" + String(repeating: " else if a {}", count: 5_000)
        #expect(parse(chain).diagnostics.isEmpty)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let count = Int(generator.next() % 400)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            for mode in [ParseMode.body, .crate] {
                let tree = RustParser.parse(SourceFile(path: "r.rs", bytes: bytes), edition: .e2021, mode: mode)
                _ = tree.dump()
            }
        }
    }

    @Test func randomTokenSoupNeverCrashes() {
        let pieces = ["fn", "(", ")", "{", "}", "[", "]", "<", ">", "::", ":", ";", ",", "=", "=>", "|", "||", "&", "'a",
                      "x", "1", "1.0", "\"s\"", "let", "if", "else", "match", "impl", "for", "in", "..", "..=", "#", "!",
                      "?", "-", "*", "as", "dyn", "mut", "ref", "@", "_", "move", "async", "unsafe", "where", "+", "$"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let count = Int(generator.next() % 60)
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(separator: " ")
            for edition in Edition.allCases {
                _ = parse(text, mode: .crate, edition: edition).dump()
                _ = parse(text, edition: edition)
            }
        }
    }

    @Test func errorsAreReportedSeveralTimesAndParsingContinues() {
        let tree = parse("let a = ;\nlet b = 1 +;\nlet c: = 3;\nOk(None)")
        #expect(tree.diagnostics.count == 3, "\(messages(tree))")
        #expect(rootKinds(tree).last == .callExpr)
    }
}

/// A small deterministic generator for reproducible random inputs.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

@Suite("Diagnostic cap")
struct DiagnosticCapTests {
    @Test func onlyTheFirstHundredErrorsAreKept() {
        let tree = parse(String(repeating: "€ ", count: 500))
        #expect(tree.diagnostics.count == RustParser.maximumDiagnostics + 1)
        #expect(tree.diagnostics.last?.message == "too many errors: 400 more not shown")
    }
}

@Suite("Nesting up to the limits")
struct NestingLimitTests {
    // These run on the test runner's own threads (no large stack), in debug
    // builds: the parser must stay within an ordinary thread's stack.
    @Test(arguments: ["parentheses", "blocks", "closures in calls", "arrays of tuples", "if blocks"])
    func nestingJustUnderTheBracketLimitParses(shape: String) {
        let depth = 250
        let text: String
        switch shape {
        case "parentheses": text = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        case "blocks": text = String(repeating: "{", count: depth) + "1" + String(repeating: "}", count: depth)
        case "closures in calls": text = String(repeating: "f(|x| ", count: depth) + "1" + String(repeating: ")", count: depth)
        case "arrays of tuples": text = String(repeating: "[(", count: depth / 2) + "1" + String(repeating: ",)]", count: depth / 2)
        default: text = String(repeating: "if a {", count: depth) + "1" + String(repeating: "}", count: depth)
        }
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty, "\(shape): \(messages(tree).prefix(2))")
    }

    @Test func typesAndPatternsNestToo() {
        let type = String(repeating: "Vec<", count: 250) + "u8" + String(repeating: ">", count: 250)
        #expect(parse("let x: \(type) = v;").diagnostics.isEmpty)
        let pattern = String(repeating: "Some(", count: 250) + "x" + String(repeating: ")", count: 250)
        #expect(parse("let \(pattern) = v;").diagnostics.isEmpty)
    }

    @Test func constGenericDefaultsAreNotComparisons() {
        #expect(parse("struct S<const N: usize = 3>; struct T<const B: bool = true, const M: i32 = -1>;", mode: .crate).diagnostics.isEmpty)
    }

    @Test func docCommentsOnExpressions() {
        #expect(parse("f(/// d\n 1); let v = [/// d\n 1];").diagnostics.isEmpty)
    }
}
