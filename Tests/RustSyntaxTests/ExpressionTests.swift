import Testing
@testable import RustSyntax

@Suite("Expressions")
struct ExpressionTests {
    /// Shape of a tail expression in a body.
    private func expr(_ text: String) -> String {
        let tree = parse(text)
        #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
        return bodyShape(text)
    }

    @Test func arithmeticPrecedenceAndAssociativity() {
        #expect(expr("1 + 2 * 3") == "binExpr(literal(1) + binExpr(literal(2) * literal(3)))")
        #expect(expr("1 - 2 - 3") == "binExpr(binExpr(literal(1) - literal(2)) - literal(3))")
        #expect(expr("a = b = c") == "binExpr(pathExpr(path(pathSegment(nameRef(a)))) = binExpr(pathExpr(path(pathSegment(nameRef(b)))) = pathExpr(path(pathSegment(nameRef(c))))))")
    }

    @Test func gluedOperators() {
        #expect(expr("a << 2 >> 1").hasPrefix("binExpr(binExpr("))
        #expect(expr("a <<= 2").contains("< < ="))
        #expect(expr("a && b || c") == "binExpr(binExpr(pathExpr(path(pathSegment(nameRef(a)))) & & pathExpr(path(pathSegment(nameRef(b))))) | | pathExpr(path(pathSegment(nameRef(c)))))")
        #expect(expr("a & &b").contains("refExpr(&"))
        #expect(expr("x != -1").contains("! ="))
    }

    @Test func unaryCastAndPostfix() {
        #expect(expr("-a as u8") == "castExpr(prefixExpr(- pathExpr(path(pathSegment(nameRef(a))))) as pathType(path(pathSegment(nameRef(u8)))))")
        #expect(expr("*x.f()?") == "prefixExpr(* tryExpr(methodCallExpr(pathExpr(path(pathSegment(nameRef(x)))) . nameRef(f) argList(( ))) ?))")
        #expect(expr("&mut v[0]") == "refExpr(& mut indexExpr(pathExpr(path(pathSegment(nameRef(v)))) [ literal(0) ]))")
        #expect(expr("&raw const x").hasPrefix("refExpr(& raw const"))
        #expect(expr("x.0.1") == "fieldExpr(fieldExpr(pathExpr(path(pathSegment(nameRef(x)))) . nameRef(0)) . nameRef(1))")
        #expect(expr("f.await").hasPrefix("awaitExpr("))
        #expect(expr("v.iter().map::<u8, _>(f)").contains("genericArgList(: : < typeArg("))
    }

    @Test func rangesAreNonAssociative() {
        #expect(expr("a..b") == "rangeExpr(pathExpr(path(pathSegment(nameRef(a)))) . . pathExpr(path(pathSegment(nameRef(b)))))")
        #expect(expr("..") == "rangeExpr(. .)")
        #expect(expr("..=5") == "rangeExpr(. . = literal(5))")
        #expect(expr("a.. ") == "rangeExpr(pathExpr(path(pathSegment(nameRef(a)))) . .)")
        #expect(messages(parse("a..b..c")).contains("a range cannot be the start of another range"))
    }

    @Test func comparisonsDoNotChain() {
        #expect(messages(parse("a < b < c")).contains("comparison operators cannot be chained"))
    }

    @Test func closures() {
        #expect(expr("|x| x + 1").hasPrefix("closureExpr(paramList(| param("))
        #expect(expr("move || 1") == "closureExpr(move paramList(| |) literal(1))")
        #expect(expr("async move |a: u8| -> u8 { a }").hasPrefix("closureExpr(async move paramList("))
        #expect(expr("|(a, b): (u8, u8)| a").contains("tuplePat("))
    }

    @Test func blocksWithModifiersAndLabels() {
        #expect(expr("unsafe { 1 }").hasPrefix("blockExpr(unsafe stmtList("))
        #expect(expr("async move { 1 }").hasPrefix("blockExpr(async move stmtList("))
        #expect(expr("const { 1 }").hasPrefix("blockExpr(const stmtList("))
        #expect(expr("'a: { break 'a 1; }").hasPrefix("blockExpr(label('a :) stmtList("))
        #expect(expr("'outer: loop { break 'outer; }").hasPrefix("loopExpr(label("))
        #expect(expr("loop { break 5 }").contains("breakExpr(break literal(5))"))
    }

    @Test func conditionsForbidStructLiterals() {
        let shape = expr("if x == S { 1 } else { 2 }")
        #expect(shape.hasPrefix("ifExpr(if binExpr("))
        #expect(!shape.contains("recordExpr"))
        #expect(expr("if (S { a: 1 }).a { }").contains("recordExpr"))
        #expect(expr("S { a, b: 2, ..base }").hasPrefix("recordExpr("))
        #expect(parse("match S { a: 1 } { _ => () }").hasErrors)
    }

    @Test func letChainsAndElseIf() {
        let text = "if let Some(x) = a && let Ok(y) = b && x > y { } else if c { } else { }"
        let tree = parse(text, edition: .e2024)
        #expect(tree.diagnostics.isEmpty, "\(messages(tree))")
        let shape = bodyShape(text, edition: .e2024)
        #expect(shape.hasPrefix("ifExpr(if binExpr(binExpr(letExpr("))
        #expect(shape.contains("else ifExpr(if"))
        // Let chains are a 2024 feature; a lone `let` is fine everywhere.
        #expect(messages(parse(text, edition: .e2021)) == ["let chains are only allowed in Rust 2024 or later"])
        #expect(parse("if let Some(x) = a { } while let Some(y) = b.pop() { }", edition: .e2015).diagnostics.isEmpty)
        #expect(messages(parse("let x = (let y = 1);")).contains("expected expression, found `let` statement"))
        #expect(messages(parse("if let Some(x) = a || b { }", edition: .e2024)).contains("expected expression, found `let` statement"))
        #expect(messages(parse("if !let Some(x) = a { }", edition: .e2024)).contains("expected expression, found `let` statement"))
        // A condition inside a closure inside a scrutinee is its own condition.
        #expect(parse("if let Some(o) = f(|cx| { if let Ready(v) = g(cx) { return v; } 0 }) { }", edition: .e2021).diagnostics.isEmpty)
    }

    @Test func matchArms() {
        let shape = expr("match x { 0 | 1 => a, 2..=9 if b => { c } _ => d }")
        #expect(shape.contains("matchArm(orPat(literalPat(literal(0)) | literalPat(literal(1))) = > pathExpr"))
        #expect(shape.contains("matchGuard(if"))
        #expect(messages(parse("match x { 0 => a 1 => b }")).contains("expected `,` following `match` arm, found `1`"))
    }

    @Test func macroCallsInExpressions() {
        #expect(expr("println!(\"{}\", x)") == "macroExpr(macroCall(path(pathSegment(nameRef(println))) ! tokenTree(( \"{}\" , x ))))")
        #expect(expr("vec![1, 2]").hasPrefix("macroExpr(macroCall("))
        #expect(expr("a != b").hasPrefix("binExpr("))
    }

    @Test func arraysTuplesAndParens() {
        #expect(expr("[0; 4]") == "arrayExpr([ literal(0) ; literal(4) ])")
        #expect(expr("(1,)") == "tupleExpr(( literal(1) , ))")
        #expect(expr("(1)") == "parenExpr(( literal(1) ))")
        #expect(expr("()") == "tupleExpr(( ))")
    }

    @Test func qualifiedPathsAndTurbofish() {
        #expect(expr("<T as Default>::default()").hasPrefix("callExpr(pathExpr(path(qualifiedSelf(< pathType"))
        #expect(expr("Vec::<u8>::new()").contains("genericArgList(: : <"))
    }

    @Test func returnBreakAndYieldValues() {
        #expect(expr("return").hasPrefix("returnExpr(return)"))
        #expect(expr("|| return 1").contains("returnExpr(return literal(1))"))
    }

    @Test func attributesOnExpressions() {
        let tree = parse("let v = [#[cfg(a)] 1, 2];")
        #expect(tree.diagnostics.isEmpty)
        #expect(shape(tree.root).contains("literal(attr(# [ meta("))
    }
}
