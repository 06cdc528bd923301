import Diagnostics
import Testing
@testable import Lints
@testable import RustSyntax

/// Defines the first `macro_rules!` of `definition`, invokes it with `arguments`
/// and returns the expansion's text (tokens joined by spaces) or the error.
private func expand(_ definition: String, _ arguments: String, edition: Edition = .e2021) -> String {
    let text = definition + "\nm!(" + arguments + ");"
    let tree = RustParser.parse(SourceFile(path: "m.rs", text: text), edition: edition, mode: .body)
    guard tree.diagnostics.isEmpty else { return "parse error: \(tree.diagnostics.map(\.message))" }
    guard let rules = tree.root.descendants([.macroRules]).first?.as(MacroRulesSyntax.self),
          let rulesTree = rules.rules,
          let call = tree.root.descendants([.macroCall]).first?.as(MacroCallSyntax.self),
          let argumentsTree = call.tokenTree else { return "missing nodes" }
    let (definitionValue, problems) = MacroDefinition.read(name: "m", rulesTree: rulesTree, definitionSpan: rules.span)
    guard let macro = definitionValue else { return "definition error: \(problems.map(\.message))" }
    let inner = argumentsTree.innerTokenRange
    let stream = TokenStream(tokens: Array(tree.tokens[inner]), source: tree.source, edition: edition)
    let reader = MacroTokenReader(stream: stream)
    switch macro.expand(reader, range: 0..<(stream.tokens.count - 1), tokenLimit: 100_000) {
    case .success(let expansion):
        return expansion.tokens.map { token in
            token.start == token.end ? (token.kind == .openParen ? "⟨" : "⟩") : tree.source.text(Span(start: Int(token.start), end: Int(token.end)))
        }.joined(separator: " ")
    case .failure(.noMatch):
        return "no match"
    case .failure(.error(let message)):
        return "error: \(message)"
    case .failure(.tooLarge):
        return "too large"
    }
}

@Suite("macro_rules! expansion")
struct MacroRulesTests {
    @Test func literalTokensAndFragments() {
        let definition = "macro_rules! m { ($a:expr, $b:ident) => { let $b = $a * 2; }; }"
        #expect(expand(definition, "1 + 1, x") == "let x = ⟨ 1 + 1 ⟩ * 2 ;")
        #expect(expand(definition, "f(y), z") == "let z = ⟨ f ( y ) ⟩ * 2 ;")
    }

    @Test func rulesAreTriedInOrder() {
        let definition = "macro_rules! m { () => { empty }; ($x:literal) => { lit $x }; ($($t:tt)*) => { any $($t)* }; }"
        #expect(expand(definition, "") == "empty")
        #expect(expand(definition, "5") == "lit 5")
        #expect(expand(definition, "a b") == "any a b")
    }

    @Test func repetitionsWithSeparators() {
        let definition = "macro_rules! m { ($($k:ident = $v:expr),* $(,)?) => { $( set($k, $v); )* }; }"
        #expect(expand(definition, "a = 1, b = 2,") == "set ( a , 1 ) ; set ( b , 2 ) ;")
        #expect(expand(definition, "") == "")
    }

    @Test func nestedRepetitions() {
        let definition = "macro_rules! m { ($($name:ident: [$($x:expr),*]);*) => { $( let $name = [$($x),*]; )* }; }"
        #expect(expand(definition, "a: [1, 2]; b: []") == "let a = [ 1 , 2 ] ; let b = [ ] ;")
    }

    @Test func gluedOperatorsMatchAsOneToken() {
        let definition = "macro_rules! m { ($a:ident => $b:ident) => { $a $b }; ($a:ident = > $b:ident) => { spaced }; }"
        #expect(expand(definition, "x => y") == "x y")
        #expect(expand(definition, "x = > y") == "spaced")
    }

    @Test func typeFragmentEndsInsideAGluedToken() {
        // `Vec<Vec<u8>>` then `>`: the type parser takes one `>` of `>>`.
        let definition = "macro_rules! m { ($t:ty) => { type T = $t; }; }"
        #expect(expand(definition, "Vec<Vec<u8>>") == "type T = Vec < Vec < u8 > > ;")
    }

    @Test func ambiguityIsAnErrorNotAGuess() {
        // After `$a:ident`, both another `$b:ident` and the literal `x` could match `x`.
        let definition = "macro_rules! m { ($($a:ident)* x) => { a }; }"
        #expect(expand(definition, "x").hasPrefix("error: local ambiguity"))
    }

    @Test func fragmentsCommitWithoutBacktracking() {
        // rustc parses `$e:expr` greedily: `1 + 2` then expects `+`, so this rule fails with an error.
        let definition = "macro_rules! m { ($e:expr + 3) => { a }; }"
        #expect(expand(definition, "1 + 2 + 3").hasPrefix("error") || expand(definition, "1 + 2 + 3") == "no match")
    }

    @Test func noRuleMatches() {
        #expect(expand("macro_rules! m { (a) => { x }; }", "b") == "no match")
    }

    @Test func definitionErrors() {
        #expect(expand("macro_rules! m { ($a) => { $a }; }", "1").contains("missing fragment specifier"))
        #expect(expand("macro_rules! m { ($a:foo) => { $a }; }", "1").contains("invalid fragment specifier `foo`"))
        #expect(expand("macro_rules! m { ($a:expr, $a:expr) => { }; }", "1, 2").contains("duplicate matcher binding `$a`"))
        #expect(expand("macro_rules! m { ($()*) => { }; }", "").contains("repetition matches empty token tree"))
    }

    @Test func repetitionCountsMustAgree() {
        let definition = "macro_rules! m { ($($a:ident),*; $($b:ident),*) => { $( $a $b )* }; }"
        #expect(expand(definition, "x, y; z").contains("repeats"))
        #expect(expand(definition, "x, y; z, w") == "x z y w")
    }

    @Test func variablesAtDepthZeroCanBeRepeated() {
        let definition = "macro_rules! m { ($f:ident; $($x:expr),*) => { $( $f($x); )* }; }"
        #expect(expand(definition, "g; 1, 2") == "g ( 1 ) ; g ( 2 ) ;")
    }

    @Test func tokenTreesAndDollarCrate() {
        let definition = "macro_rules! m { ($($t:tt)*) => { $crate::f($($t)*) }; }"
        #expect(expand(definition, "{ a } [b] c") == "$ crate : : f ( { a } [ b ] c )")
    }

    @Test func splitTupleIndexIsOneLiteralToken() {
        // `x.0.1` lexes as `x . 0 . 1` here, but rustc's `$l:literal`... sees `0.1` as a float.
        let definition = "macro_rules! m { ($a:ident . $b:tt) => { got $b }; }"
        #expect(expand(definition, "x.0.1") == "got 0 . 1")
    }

    @Test func visibilityMayBeEmpty() {
        let definition = "macro_rules! m { ($v:vis fn $n:ident) => { $v fn $n() {} }; }"
        #expect(expand(definition, "pub fn f") == "pub fn f ( ) { }")
        #expect(expand(definition, "fn g") == "fn g ( ) { }")
    }

    @Test func matchingWorkIsBounded() {
        let definition = "macro_rules! m { ($($a:tt)*) => { $($a)* }; }"
        let many = String(repeating: "x ", count: 30_000)
        let result = expand(definition, many)
        #expect(result.hasPrefix("x x") || result.hasPrefix("error"))
    }
}
