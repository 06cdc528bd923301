import Testing
@testable import RustSyntax

@Suite("Statements and blocks")
struct StatementTests {
    @Test func letWithTypeInitAndElse() {
        let tree = parse("let Some(x): Option<u8> = f() else { return Ok(None); };")
        #expect(tree.diagnostics.isEmpty)
        #expect(rootKinds(tree) == [.letStmt])
        #expect(tree.root.children[0].children.map(\.kind) == [.tupleStructPat, .pathType, .callExpr, .letElse])
    }

    @Test func blockLikeStatementsNeedNoSemicolon() {
        let tree = parse("if a { } match b { _ => {} } loop { break } x")
        #expect(tree.diagnostics.isEmpty, "\(messages(tree))")
        #expect(rootKinds(tree) == [.exprStmt, .exprStmt, .exprStmt, .pathExpr])
    }

    @Test func blockLikeEndsTheStatement() {
        // `{ } - 1` is a block statement followed by `-1`.
        let tree = parse("{ } - 1")
        #expect(rootKinds(tree) == [.exprStmt, .prefixExpr])
        // …but method calls continue it.
        #expect(rootKinds(parse("match x { _ => 1 }.to_string()")) == [.methodCallExpr])
    }

    @Test func missingSemicolonIsReported() {
        #expect(messages(parse("let a = 1\nlet b = 2;")).contains("expected `;`, found keyword `let`"))
        #expect(messages(parse("f() g()")).contains("expected `;`, found `g`"))
    }

    @Test func itemsInsideBodies() {
        let tree = parse("use std::collections::HashMap; fn helper(x: u8) -> u8 { x } struct P { a: u8 } const N: usize = 3; helper(1)")
        #expect(tree.diagnostics.isEmpty)
        #expect(rootKinds(tree) == [.useItem, .fn, .structItem, .constItem, .callExpr])
    }

    @Test func macroStatements() {
        let tree = parse("println!(\"a\"); m! { x } vec![1];")
        #expect(tree.diagnostics.isEmpty)
        #expect(rootKinds(tree) == [.macroStmt, .macroStmt, .macroStmt])
        #expect(rootKinds(parse("macro_rules! m { () => {} } m!()")) == [.macroRules, .macroExpr])
    }

    @Test func innerAttributesAtTheStartOfABody() {
        let tree = parse("#![allow(unused)]\nlet x = 1;")
        #expect(tree.diagnostics.isEmpty)
        #expect(rootKinds(tree) == [.attr, .letStmt])
    }

    @Test func emptyStatementsAndEmptyBody() {
        #expect(rootKinds(parse(";;")) == [.emptyStmt, .emptyStmt])
        #expect(parse("").diagnostics.isEmpty)
        #expect(parse("   \n // only a comment\n").diagnostics.isEmpty)
    }
}
