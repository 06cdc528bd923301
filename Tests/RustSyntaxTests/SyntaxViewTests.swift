import Testing
@testable import RustSyntax

@Suite("Typed views and walking")
struct SyntaxViewTests {
    @Test func functionParts() throws {
        let tree = parse("pub unsafe extern \"C\" fn f<T: Copy>(x: T, y: &mut u8) -> Option<T> where T: Send { None }", mode: .crate)
        let function = try #require(tree.root.children.first?.as(FnSyntax.self))
        #expect(function.name?.identifier == "f")
        #expect(function.isUnsafe && function.isExtern && !function.isAsync)
        #expect(function.abi?.abiName == "C")
        #expect(function.visibility != nil)
        #expect(function.parameters?.parameters.count == 2)
        #expect(function.parameters?.parameters[1].type?.is(RefTypeSyntax.self) == true)
        #expect(function.returnType?.as(PathTypeSyntax.self)?.path?.names == ["Option"])
        #expect(function.body?.statementList?.tailExpression?.is(PathExprSyntax.self) == true)
        #expect(function.genericParams?.typeParams.count == 1)
    }

    @Test func useTrees() throws {
        let tree = parse("use std::{io::{stdout as out, self}, fs::*};", mode: .crate)
        let use = try #require(tree.root.children.first?.as(UseSyntax.self))
        let top = try #require(use.tree)
        #expect(top.path?.names == ["std"])
        #expect(top.subtrees.count == 2)
        let io = top.subtrees[0]
        #expect(io.subtrees[0].path?.names == ["stdout"])
        #expect(io.subtrees[0].renamedTo?.identifier == "out")
        #expect(io.subtrees[1].path?.names == ["self"])
        #expect(top.subtrees[1].isGlob)
    }

    @Test func rawIdentifiersLoseTheirPrefix() throws {
        let tree = parse("r#try::r#async()")
        let call = try #require(tree.root.children.first?.as(CallExprSyntax.self))
        #expect(call.callee?.as(PathExprSyntax.self)?.path?.names == ["try", "async"])
    }

    @Test func attributesAndMeta() throws {
        let tree = parse("#[unsafe(no_mangle)] #[doc = \"x\"] /// d\nfn f() {}", mode: .crate)
        let function = try #require(tree.root.children.first?.as(FnSyntax.self))
        let attributes = function.attributes
        #expect(attributes.count == 3)
        #expect(attributes[0].meta?.isUnsafe == true)
        #expect(attributes[0].name == ["no_mangle"])
        #expect(attributes[1].meta?.value?.is(LiteralSyntax.self) == true)
        #expect(attributes[2].isDocComment && !attributes[2].isInner)
    }

    @Test func implParts() throws {
        let tree = parse("unsafe impl<T> Send for Wrapper<T> {} impl Wrapper<u8> { fn new() {} }", mode: .crate)
        let impls = tree.root.children.compactMap { $0.as(ImplSyntax.self) }
        #expect(impls.count == 2)
        #expect(impls[0].isUnsafe)
        #expect(impls[0].traitType?.as(PathTypeSyntax.self)?.path?.names == ["Send"])
        #expect(impls[0].selfType?.as(PathTypeSyntax.self)?.path?.names == ["Wrapper"])
        #expect(impls[1].traitType == nil)
        #expect(impls[1].items.count == 1)
    }

    @Test func macroCallsInEveryPosition() {
        let tree = parse("m1!(); let x: m2!() = m3![]; if let m4!() = x {} macro_rules! m5 { () => {} }")
        let paths = tree.root.descendants([.macroCall]).compactMap { $0.as(MacroCallSyntax.self)?.path?.names.joined(separator: "::") }
        #expect(paths == ["m1", "m2", "m3", "m4"])
        #expect(tree.root.descendants([.macroRules]).first?.as(MacroRulesSyntax.self)?.name?.identifier == "m5")
    }

    @Test func walkVisitsInSourceOrderAndCanSkip() {
        let tree = parse("let a = f(1); let b = { g(2) };")
        var kinds: [SyntaxKind] = []
        tree.root.walk { node in
            kinds.append(node.kind)
            return node.kind == .blockExpr ? .skipChildren : .visitChildren
        }
        #expect(kinds.first == .body)
        #expect(kinds.contains(.callExpr))
        #expect(kinds.filter { $0 == .callExpr }.count == 1, "the call inside the skipped block is not visited")
        var depth = 0
        var maximum = 0
        tree.root.walk({ _ in depth += 1; maximum = max(maximum, depth); return .visitChildren }, leave: { _ in depth -= 1 })
        #expect(depth == 0)
        #expect(maximum > 3)
    }

    @Test func walkingVeryDeepTreesNeedsNoRecursion() {
        let sum = (0..<50_000).map(String.init).joined(separator: "+")
        let tree = parse(sum)
        var count = 0
        tree.root.walk { _ in count += 1; return .visitChildren }
        #expect(count == 100_000)  // 50,000 literals, 49,999 operators, the body
    }

    @Test func parentAndTokens() throws {
        let tree = parse("x.await")
        let field = try #require(tree.root.descendants([.pathExpr]).first)
        #expect(field.parent?.kind == .awaitExpr)
        #expect(tree.root.parent == nil)
        #expect(field.parent?.token(.kwAwait)?.text == "await")
        #expect(tree.root.allTokens.map(\.text) == ["x", ".", "await"])
    }
}
