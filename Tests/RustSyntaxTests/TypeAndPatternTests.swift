import Testing
@testable import RustSyntax

@Suite("Types and patterns")
struct TypeAndPatternTests {
    /// Shape of the type in `let _: TYPE;`.
    private func type(_ text: String, edition: Edition = .e2021) -> String {
        let tree = parse("let _: \(text);", edition: edition)
        #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
        return tree.root.children[0].children.dropFirst().map(shape).joined()
    }

    /// Shape of the pattern in `let PATTERN = x;`.
    private func pattern(_ text: String) -> String {
        let tree = parse("match x { \(text) => () }")
        #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
        guard let arm = tree.root.preorder.first(where: { $0.kind == .matchArm }) else { return "" }
        return shape(arm.children[0])
    }

    @Test func typeForms() {
        #expect(type("&'a mut [u8]") == "refType(& lifetime('a) mut sliceType([ pathType(path(pathSegment(nameRef(u8)))) ]))")
        #expect(type("*const *mut T").hasPrefix("ptrType(* const ptrType(* mut"))
        #expect(type("[u8; 4]").hasPrefix("arrayType("))
        #expect(type("(u8,)").hasPrefix("tupleType("))
        #expect(type("(u8)").hasPrefix("parenType("))
        #expect(type("()") == "tupleType(( ))")
        #expect(type("!") == "neverType(!)")
        #expect(type("_") == "inferType(_)")
        #expect(type("for<'a> unsafe extern \"C\" fn(&'a u8, ...) -> u8").hasPrefix("fnPtrType(forBinder("))
        #expect(type("fn(x: u8) -> bool").hasPrefix("fnPtrType(fn paramList("))
        #expect(type("Box<dyn Fn(u8) -> u8 + Send + 'static>").contains("dynTraitType(dyn typeBoundList("))
        #expect(type("impl Iterator<Item = u8> + use<'a, T>").contains("useBoundArgs("))
        #expect(type("<T as Trait>::Assoc<'a>").hasPrefix("pathType(path(qualifiedSelf("))
        #expect(type("Box<?Sized>") != "")
        #expect(type("m!(x)").hasPrefix("macroType(macroCall("))
        #expect(type("Vec<Vec<u8>>").contains("genericArgList(< typeArg(pathType(path(pathSegment(nameRef(Vec) genericArgList("))
        #expect(type("Foo<N, 3, { N + 1 }, -1, 'x'>").contains("constArg("))
        #expect(type("T::method(..)").contains("returnTypeSyntax"))
    }

    @Test func bareTraitObjectsAndDyn2015() {
        #expect(type("Box<Write + Send>").contains("dynTraitType("))
        #expect(type("Box<dyn Write>", edition: .e2015).contains("dynTraitType(dyn"))
        // In 2015 `dyn` before `::` is a path.
        #expect(type("dyn::Path", edition: .e2015).hasPrefix("pathType("))
    }

    @Test func patternForms() {
        #expect(pattern("ref mut x @ Some(_)") == "identPat(ref mut name(x) @ tupleStructPat(path(pathSegment(nameRef(Some))) ( wildcardPat(_) )))")
        #expect(pattern("&(a, ..)") == "refPat(& tuplePat(( identPat(name(a)) , restPat(. .) )))")
        #expect(pattern("[first, rest @ .., last]").hasPrefix("slicePat("))
        #expect(pattern("P { x, ref y, z: 0, .. }").hasPrefix("recordPat("))
        #expect(pattern("1..=5") == "rangePat(literalPat(literal(1)) . . = literalPat(literal(5)))")
        #expect(pattern("..=b'z'").hasPrefix("rangePat(. . ="))
        #expect(pattern("-5..") == "rangePat(literalPat(prefixExpr(- literal(5))) . .)")
        #expect(pattern("A::B | C") == "orPat(pathPat(path(pathSegment(nameRef(A)) : : pathSegment(nameRef(B)))) | identPat(name(C)))")
        // A lone identifier is a binding, as in rustc; `C::D` or `C(..)` make a path.
        #expect(pattern("| A | B").hasPrefix("orPat(|"))
        #expect(pattern("box x") == "boxPat(box identPat(name(x)))")
        #expect(pattern("m!()").hasPrefix("macroPat("))
        #expect(pattern("const { 1 }").hasPrefix("constBlockPat("))
        #expect(pattern("(a)") == "parenPat(( identPat(name(a)) ))")
        #expect(pattern("\"s\"") == "literalPat(literal(\"s\"))")
    }

    @Test func closureParametersExcludeTopLevelAlternatives() {
        let tree = parse("let f = |x| x | 1;")
        #expect(tree.diagnostics.isEmpty)
        #expect(shape(tree.root).contains("closureExpr(paramList(| param(identPat(name(x))) |) binExpr("))
    }
}
