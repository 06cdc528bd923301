import Testing
@testable import RustSyntax

@Suite("Items")
struct ItemTests {
    private func items(_ text: String, edition: Edition = .e2021) -> [SyntaxKind] {
        let tree = parse(text, mode: .crate, edition: edition)
        #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
        return rootKinds(tree)
    }

    @Test func functionsWithQualifiers() {
        #expect(items("""
            pub const async unsafe extern "C" fn a<'x, T: Copy + 'x, const N: usize>(self: &Self, v: [T; N]) -> impl Iterator<Item = T> + 'x where T: Send { todo!() }
            fn b(&'a mut self, (x, y): (u8, u8), mut z: u8, _: u8) {}
            extern fn c() {}
            safe fn d();
            """) == [.fn, .fn, .fn, .fn])
    }

    @Test func structsUnionsAndEnums() {
        #expect(items("""
            struct Unit;
            struct Tuple<T>(pub T, pub(crate) u8) where T: Clone;
            struct Record<'a> { pub a: &'a str, #[serde(skip)] b: Vec<u8>, c: u8 = 3 }
            union U { a: u32, b: f32 }
            enum E { A, B(u8), C { x: i32 } = 5, #[default] D }
            """) == [.structItem, .structItem, .structItem, .unionItem, .enumItem])
        // `union` and `auto` are only keywords in place.
        #expect(items("fn union() { let union = 1; }") == [.fn])
    }

    @Test func traitsAndImpls() {
        #expect(items("""
            pub unsafe auto trait Marker {}
            trait Iter: Sized where Self: 'static { type Item<'a>: Copy where Self: 'a; const N: usize = 1; fn next(&mut self) -> Option<Self::Item<'_>>; }
            trait Alias = Send + Sync;
            impl<T> Iter for Vec<T> { type Item<'a> = &'a T; fn next(&mut self) -> Option<&T> { None } }
            unsafe impl Send for X {}
            impl !Sync for X {}
            impl<T: ?Sized> dyn Tr<T> + Send {}
            impl<'a> X<'a> { pub(crate) fn f() {} default fn g() {} }
            """) == [.traitItem, .traitItem, .traitAlias, .implItem, .implItem, .implItem, .implItem, .implItem])
        #expect(messages(parse("unsafe impl X {}", mode: .crate)).contains("inherent impls cannot be unsafe"))
        #expect(messages(parse("impl !X {}", mode: .crate)).contains("inherent impls cannot be negative"))
        #expect(parse("impl ! {}", mode: .crate).diagnostics.isEmpty)
    }

    @Test func typeAliasesConstsStatics() {
        #expect(items("""
            type A<T> = Vec<T>;
            pub(in crate::x) type B: Bound = u8;
            const _: () = ();
            static mut COUNTER: u32 = 0;
            static NAME: &str = "x";
            """) == [.typeAlias, .typeAlias, .constItem, .staticItem, .staticItem])
    }

    @Test func modulesUseAndExternCrate() {
        #expect(items("""
            mod a;
            pub mod b { #![allow(dead_code)] fn c() {} }
            use std::{io::{self, Read as R}, fmt::*, collections::HashMap as _};
            use ::core::mem;
            use {a, b::c};
            extern crate alloc;
            extern crate self as me;
            """) == [.module, .module, .useItem, .useItem, .useItem, .externCrate, .externCrate])
    }

    @Test func useTreeShape() {
        let tree = parse("use a::{b as c, d::*, self};", mode: .crate)
        let text = shape(tree.root)
        #expect(text.contains("useTree(path(pathSegment(nameRef(a))) : : useTreeList({ useTree(path(pathSegment(nameRef(b))) rename(as name(c))) ,"))
        #expect(text.contains("useTree(path(pathSegment(nameRef(d))) : : *)"))
    }

    @Test func externBlocks() {
        #expect(items("""
            extern "C" { fn abs(x: i32) -> i32; static errno: i32; fn printf(f: *const u8, ...) -> i32; }
            unsafe extern "C" { pub safe fn sqrt(x: f64) -> f64; pub unsafe static VALUE: u8; }
            extern { type Opaque; }
            """) == [.externBlock, .externBlock, .externBlock])
    }

    @Test func macrosInItemPosition() {
        #expect(items("""
            macro_rules! m { ($x:expr) => { $x }; }
            macro_rules! n ( () => () );
            m!(a);
            lazy_static::lazy_static! { static ref X: u8 = 1; }
            macro mac($x:ident) { $x }
            """) == [.macroRules, .macroRules, .macroItem, .macroItem, .macroDef])
    }

    @Test func anonymousParametersOnlyIn2015() {
        #expect(items("trait T { fn f(u8, &str); }", edition: .e2015) == [.traitItem])
        #expect(!parse("trait T { fn f(u8, &str); }", mode: .crate, edition: .e2021).diagnostics.isEmpty)
    }

    @Test func attributesOfAllShapes() {
        #expect(items("""
            #![cfg_attr(docsrs, feature(doc_cfg))]
            /// Doc.
            #[derive(Debug, Clone)]
            #[doc = include_str!("x.md")]
            #[unsafe(no_mangle)]
            #[path = "x.rs"]
            mod m;
            """) == [.attr, .module])
        let tree = parse("#[unsafe(no_mangle)] fn f() {}", mode: .crate)
        #expect(shape(tree.root).contains("meta(unsafe ( meta(path(pathSegment(nameRef(no_mangle)))) ))"))
    }

    @Test func itemErrorsRecoverAndReportSeveral() {
        let tree = parse("fn a() -> {} struct ; fn ok() {} 5 fn b() {}", mode: .crate)
        #expect(tree.diagnostics.count >= 2)
        #expect(rootKinds(tree).contains(.fn))
    }
}

@Suite("Strictness matching rustc")
struct StrictnessTests {
    @Test func aSemicolonAfterABracedItemMacroIsStray() {
        #expect(messages(parse("m! {};", mode: .crate)) == ["expected item, found `;`"])
        #expect(messages(parse("macro_rules! m { () => {} };", mode: .crate)) == ["expected item, found `;`"])
        // In a block the `;` is an empty statement.
        #expect(parse("m! {};").diagnostics.isEmpty)
    }

    @Test func leftArrowIsNotAComparison() {
        #expect(messages(parse("x<-1")) == ["unexpected token: `<-`"])
        #expect(parse("x < -1").diagnostics.isEmpty)
    }
}

@Suite("Parse-time checks rustc makes")
struct RustcParseChecksTests {
    @Test(arguments: [
        ("let x = { 1 } else { return; };", "right curly brace `}` before `else` in a `let...else` statement not allowed"),
        ("let x = a || b else { return; };", "a `||` expression cannot be directly assigned in `let...else`"),
        ("let x = a &&-b else { return; };", "a `&&` expression cannot be directly assigned in `let...else`"),
        ("...1;", "unexpected token: `...`"),
        ("let x:::a = 1;", "expected `;`, found `:`"),
        ("fn r(z: 'a) {}", "lifetimes must be followed by `+` to form a trait object type"),
        ("x.async;", "expected identifier, found keyword `async`"),
        ("a.await();", "incorrect use of `await`"),
        ("'static: loop {}", "labels cannot use keyword names"),
        ("match x { &1..=2 => () }", "the range pattern here has ambiguous interpretation"),
        ("let A | B = x;", "top-level or-patterns are not allowed in `let` bindings"),
        ("#[a] ;", "expected statement after outer attribute"),
        ("match x { _ => m!{} _ => 2 }", "expected `,` following `match` arm, found `_`"),
        ("fn f(x: u8, self) {}", "unexpected `self` parameter in function"),
        ("pub async const fn f() {}", "keyword `const` is out of order in this function's qualifiers"),
        ("extern { const C: u8; }", "extern items cannot be `const`"),
        ("impl ?Sized for S {}", "expected a trait, found type"),
        ("type T = Box<dyn Fn() -> dyn A + B>;", "ambiguous `+` in a type"),
        ("m!(\"a\"_);", "underscore literal suffix is not allowed"),
        ("$crate::a();", "expected expression, found `$`"),
        ("if let x = a..b {}", "expected expression, found `let` statement"),
        ("match x { S { .., } => {} }", "expected `}` (`..` must be the last field of a struct pattern), found `,`"),
        ("if x { #![a] }", "an inner attribute is not permitted in this context"),
        ("let y = x as != 1;", "expected type, found `!`"),
    ])
    func rejected(text: String, message: String) {
        let tree = parse(text, edition: .e2024)
        #expect(messages(tree).contains(message), "\(text): \(messages(tree))")
    }

    @Test func stillAccepted() {
        for text in ["let Some(x) = f() else { return; };", "let x = (a || b) else { return; };",
                     "if let A | B = x {}", "let (A | B) = x;", "match x { _ => {} _ => 2 }", "x.r#async;",
                     "'a: loop { break 'a; }", "impl<T: Trait> Other for T {}", "a.self; x.use;",
                     "loop { #![allow(x)] }", "{ #![allow(x)] 1 }"] {
            let tree = parse(text, edition: .e2024)
            #expect(tree.diagnostics.isEmpty, "\(text): \(messages(tree))")
        }
    }
}
