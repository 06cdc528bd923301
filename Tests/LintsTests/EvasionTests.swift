import Diagnostics
import Testing
import BuiltinLintCatalog
@testable import Lints
@testable import RustSyntax

/// The lint names that fire on a body (sorted, unique), or the messages of non-lint errors.
private func lints(_ body: String, crates: Set<String> = []) -> [String] {
    guard case .success(let catalog) = LintCatalog.builtin(), let engine = try? LintEngine(catalog: catalog) else { return ["no catalog"] }
    let file = SourceFile(path: "e.rs", text: body)
    let tree = RustParser.parse(file, mode: .body)
    if tree.hasErrors { return ["syntax: " + (tree.diagnostics.first?.message ?? "")] }
    // Without `crates`, a `[dependencies]` section in the body names them.
    let diagnostics = crates.isEmpty ? SourceLinter(engine: engine).check(file) : engine.lint(tree, externCrates: crates)
    return Array(Set(diagnostics.map { $0.code ?? "error: \($0.message)" })).sorted()
}

@Suite("Escape attempts")
struct EvasionTests {
    @Test(arguments: [
        // Renames, globs, spellings, values, aliases.
        ("use std::mem as m; m::forget(v);", "plrust_leaky"),
        ("use std::mem::{forget as keep}; keep(v);", "plrust_leaky"),
        ("use ::core::mem::*; forget(v);", "plrust_leaky"),
        ("use std; std::mem::forget(v);", "plrust_leaky"),
        ("let f: Box<dyn (Fn(i64) -> i64)> = Box::new(|x| x + 1);", "plrust_fn_pointers"),
        ("trait U {} impl<F: (Fn())> U for F {}", "plrust_closure_trait_impl"),
        ("trait T {} impl<F> T for F where for<'a> F: Fn(&'a u8) {}", "plrust_closure_trait_impl"),
        ("trait T {} type S = &'static str; impl T for S {}", "plrust_static_impls"),
        ("trait U {} impl<'a: 'static> U for &'a [u8] {}", "plrust_static_impls"),
        ("trait W {} impl<'a> W for &'a u32 where 'a: 'static {}", "plrust_static_impls"),
        ("macro_rules! ty { () => { &'static u64 } } trait X {} impl X for ty!() {}", "plrust_static_impls"),
        ("mod m { pub type H = dyn std::any::Any; } fn foo<T: ?Sized>() {} foo::<m::H>();", "plrust_suspicious_trait_object"),
        ("trait S {} type H2 = dyn S; use H2 as G; fn foo<T: ?Sized>() {} foo::<G>();", "plrust_suspicious_trait_object"),
        ("trait Tr {} impl<'a> Tr for &'a str where Self: 'static {}", "plrust_static_impls"),
        ("trait Tr {} impl<'a> Tr for &'a [u8] where &'a (): 'static {}", "plrust_static_impls"),
        ("trait Tr {} impl<'a: 'b, 'b: 'static> Tr for &'a u32 {}", "plrust_static_impls"),
        ("trait T { type A; } impl<R, F> T for F where Self: FnOnce() -> R { type A = R; }", "plrust_closure_trait_impl"),
        ("trait S {} fn foo<T: ?Sized>() {} impl dyn S { fn g() { foo::<Self>() } }", "plrust_suspicious_trait_object"),
        ("let cwd = std::path::absolute(\"x\");", "plrust_filesystem"),
        ("std::alloc::handle_alloc_error(std::alloc::Layout::new::<u64>());", "plrust_process"),
        ("let k = std::mem::ManuallyDrop::new(vec![1]);", "plrust_leaky"),
        ("let p = Box::into_raw(Box::new(1));", "plrust_leaky"),
        // Found after it: no bound at all, the carrier is boxed as `dyn Any` outside any generic code.
        ("struct S<I: Iterator>(I::Item); fn mk<I: Iterator>(_: &I, x: I::Item) -> S<I> { S(x) } fn cast<T: 'static>(_: std::marker::PhantomData<T>, b: Box<dyn std::any::Any>) -> Option<Box<T>> { b.downcast().ok() }", "plrust_static_projections"),
        ("fn mk<I: Iterator>(_: &I, x: I::Item) -> impl FnOnce() -> I::Item { move || x } fn keep(_: Box<dyn FnOnce()>) {}", "plrust_static_projections"),
        // Issue 9 (class 10b): the lints see through aliases, type arguments and compound types.
        // rust#84591: a higher-ranked bound on a subtrait whose arguments imply what its supertrait's impl needs.
        ("trait Sub<A, B, R>: Sup<A, B> {} trait Sup<A, B> { fn convert(x: A) -> B; } fn need<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where X: for<'a, 'b> Sub<&'a T, &'b T, &'b &'a ()> { X::convert(x) }", "plrust_higher_ranked_trait_args"),
        ("trait Sub<A, B, R>: Sup<A, B> {} trait Sup<A, B> { fn convert(x: A) -> B; } struct N<'a, 'b>(&'b &'a ()); fn need<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where X: for<'a, 'b> Sub<&'a T, &'b T, N<'a, 'b>> { X::convert(x) }", "plrust_higher_ranked_trait_args"),
        ("trait Sub<A, B, R>: Sup<A, B> {} trait Sup<A, B> { fn convert(x: A) -> B; } fn need<'x, 'y, X, T: ?Sized>(x: &'x T) -> &'y T where for<'a, 'b> X: Sub<&'a T, &'b T, std::slice::Iter<'b, &'a ()>> { X::convert(x) }", "plrust_higher_ranked_trait_args"),
        ("trait Sub<A, B, R> where Self: Sup<A, B> {} trait Sup<A, B> {} fn f<T>(_: Box<dyn for<'a, 'b> Sub<&'a T, &'b T, (&'b &'a (),)>>) {}", "plrust_higher_ranked_trait_args"),
        ("macro_rules! t { () => { trait Sub<A, B, R>: Sup<A, B> {} } } t!(); trait Sup<A, B> {} use Sub as S2; fn f<X, T>() where X: for<'a, 'b> S2<&'a T, &'b T, &'b &'a ()> {}", "plrust_higher_ranked_trait_args"),
        // rust#84366 with the `'static` bound on a type built from the parameter, or a lifetime that outlives it.
        ("fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where Option<I>: 'static { Box::new(x) }", "plrust_static_projections"),
        ("fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where Vec<I>: Send + 'static { Box::new(x) }", "plrust_static_projections"),
        ("use std::any::Any as A; fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn A> where Option<I>: A { Box::new(x) }", "plrust_static_projections"),
        ("trait St: 'static {} impl<T: 'static> St for T {} fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where (I,): St { Box::new(x) }", "plrust_static_projections"),
        ("type Same<T> = T; fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where Same<I>: 'static { Box::new(x) }", "plrust_static_projections"),
        ("fn launder<'s, I: Iterator + 's>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where 's: 'static { Box::new(x) }", "plrust_static_projections"),
        ("fn launder<'s, I: Iterator + 's>(_: &I, _: &'static &'s (), x: I::Item) -> Box<dyn std::any::Any> { Box::new(x) }", "plrust_static_projections"),
        ("struct Wit<'s: 'static>(&'static &'s ()); fn launder<'s, I: Iterator + 's>(_: &I, _: Option<Wit<'s>>, x: I::Item) -> Box<dyn std::any::Any> { Box::new(x) }", "plrust_static_projections"),
        ("struct L; impl L { fn launder<I: Iterator>(_: &I, x: I::Item) -> Box<dyn std::any::Any> where (I,): 'static { Box::new(x) } }", "plrust_static_projections"),
        // A field of `I::Item`, carried as `'static` with no `'static` written: the body's error, a panic's payload.
        ("struct S<I: Iterator>(I::Item); impl<I: Iterator> std::fmt::Debug for S<I> { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) } } impl<I: Iterator> std::fmt::Display for S<I> { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { Ok(()) } } impl<I: Iterator> std::error::Error for S<I> {}", "plrust_static_projections"),
        ("use std::error::Error as E; enum S<I: Iterator> { A(I::Item) } impl<I: Iterator> E for S<I> {}", "plrust_static_projections"),
        ("struct S<I: Iterator>(I::Item) where I::Item: std::fmt::Debug; impl<I: Iterator> Drop for S<I> where I::Item: std::fmt::Debug { fn drop(&mut self) {} }", "plrust_static_projections"),
        ("struct S<I: Iterator>(I::Item); fn mk<I: Iterator>(_: &I, x: I::Item) -> S<I> { S(x) } fn f<I: Iterator>(i: &I, x: I::Item) { std::panic::panic_any(mk(i, x)) }", "plrust_static_projections"),
        ("struct S<I: Iterator> { x: Option<I::Item> } fn back<T>(p: Box<dyn std::any::Any + Send>) -> Option<T> { None }", "plrust_static_projections"),
        ("fn later<I: Iterator>(_: &I, x: I::Item) -> impl std::fmt::Debug where I::Item: std::fmt::Debug { vec![x] } fn keep(_: Box<dyn std::fmt::Debug>) {}", "plrust_static_projections"),
        // rust#100051 through an associated type's own arguments, whatever it is projected out of.
        ("trait F { type Of<T>; } impl F for () { type Of<T> = (); } trait E<A, B> { fn e(self, a: A) -> B; } impl<'a, 'b, T: ?Sized> E<&'a T, &'b T> for <() as F>::Of<&'b &'a ()> { fn e(self, s: &'a T) -> &'b T { s } }", "plrust_implied_bounds"),
        ("trait F { type Of<T>; } impl F for () { type Of<T> = (); } fn lt<'a, 'b, T: ?Sized>(_: <() as F>::Of<&'a &'b ()>, v: &'b T) -> &'a T { v }", "plrust_implied_bounds"),
        ("trait Family { type Member<T>; } fn lt<'a, 'b, T: ?Sized, F: Family>(_: F::Member<&'a &'b ()>, v: &'b T) -> &'a T { v }", "plrust_implied_bounds"),
        ("trait Trait { type Out; } impl<T> Trait for T { type Out = (); } trait Aliases { type P<X>; } struct Z; impl Aliases for Z { type P<X> = <X as Trait>::Out; } trait E<A, B> { fn e(self, a: A) -> B; } impl<'a, 'b, T: ?Sized> E<&'a T, &'b T> for <Z as Aliases>::P<&'b &'a ()> { fn e(self, s: &'a T) -> &'b T { s } }", "plrust_implied_bounds"),
        ("trait Family { type Member<T>; fn lt<'a, 'b, T: ?Sized>(_: Self::Member<std::slice::Iter<'a, &'b ()>>, v: &'b T) -> &'a T { v } }", "plrust_implied_bounds"),
        ("trait Trait { type Type; } impl<T> Trait for T { type Type = (); } macro_rules! rel { () => { &'a &'b () } } fn lt<'a, 'b, T: ?Sized>(_: <rel!() as Trait>::Type, v: &'b T) -> &'a T { v }", "plrust_implied_bounds"),
        // A sixth pass: `'static` from what the signature's types need, aliases by other names, panic hooks.
        ("struct S<I: 'static>(I); type AnyBox = Box<dyn std::any::Any>; fn launder<I: Iterator>(_: &S<I>, x: I::Item) -> AnyBox { Box::new(x) }", "plrust_static_projections"),
        ("type AnyBox = Box<dyn std::any::Any>; fn launder<I: Iterator>(_: Option<&std::thread::LocalKey<I>>, _: &I, x: I::Item) -> AnyBox { Box::new(x) }", "plrust_static_projections"),
        ("struct W<I>(I); trait Tr { type Y; } impl<I: Iterator> Tr for W<I> { type Y = I::Item; } impl<I: Iterator + 'static> W<I> { fn launder(&self, x: <Self as Tr>::Y) {} }", "plrust_static_projections"),
        ("trait Trait { type Type; } impl<T> Trait for T { type Type = (); } type Proj<X> = <X as Trait>::Type; fn lt<'a, 'b, T: ?Sized>(_: Proj<&'a &'b ()>, v: &'b mut T) -> &'a mut T { v }", "plrust_implied_bounds"),
        ("trait Object<U> { type Output; } type Same<X> = X; use Same as Other; impl<T: ?Sized, U> Object<U> for Other<T> { type Output = U; }", "plrust_suspicious_trait_object"),
        ("macro_rules! a { () => { type Same<X> = X; } } a!(); trait Object<U> { type Output; } impl<T: ?Sized, U> Object<U> for Same<T> { type Output = U; }", "plrust_suspicious_trait_object"),
        ("struct W<F>(F); trait Tr { type A; } impl<F, R> Tr for W<Box<F>> where Box<F>: Fn() -> R { type A = R; }", "plrust_closure_trait_impl"),
        ("let _ = std::panic::take_hook();", "plrust_process"),
        ("use std::panic::set_hook as h; h(Box::new(|_| {}));", "plrust_process"),
        // A fifth pass: open rustc soundness holes reached without fn-pointer types, `dyn Fn` or `impl … for F`.
        ("fn launder<I: Iterator + 'static>(_: &I, x: I::Item) -> Box<dyn std::any::Any> { Box::new(x) } fn e<'a, T: 'static>(x: &'a mut T) -> &'static mut T { let it = std::iter::from_fn(|| -> Option<&'a mut T> { None }); *launder(&it, x).downcast().ok().unwrap() }", "plrust_static_projections"),
        ("struct W<F>(F); trait Tr { type A; } impl<F: Fn() -> R, R> Tr for W<F> { type A = R; }", "plrust_closure_trait_impl"),
        ("trait Tr { type A; } impl<F: Fn() -> R, R> Tr for Box<F> { type A = R; }", "plrust_closure_trait_impl"),
        ("trait Trait { type Type; } impl<T> Trait for T { type Type = (); } fn lt<'a, 'b, T: ?Sized>(_: <&'a &'b () as Trait>::Type, v: &'b mut T) -> &'a mut T { v }", "plrust_implied_bounds"),
        ("trait Trait { type Type; } impl<T> Trait for T { type Type = (); } trait E<A, B> { fn e(self, a: A) -> B; } impl<'a, 'b, T: 'static> E<&'a mut T, &'b mut T> for <&'b &'a () as Trait>::Type { fn e(self, s: &'a mut T) -> &'b mut T { s } }", "plrust_implied_bounds"),
        ("trait Object<U> { type Output; } macro_rules! output { ($u:ty) => { type Output = $u; } } impl<T: ?Sized, U> Object<U> for T { output!(U); }", "plrust_suspicious_trait_object"),
        ("trait Object<U> { type Output; } impl<T: ?Sized, U> Object<U> for (T) { type Output = U; }", "plrust_suspicious_trait_object"),
        // The fourth pass: an inner scope's glob comes before an outer scope's items, any glob before the prelude.
        ("mod env { pub fn vars() {} } let e = { use std::*; env::vars().count() };", "plrust_environment"),
        ("mod fs { pub fn read_to_string(_: &str) {} } let n = { use std::*; fs::read_to_string(\"/etc/passwd\") };", "plrust_filesystem"),
        ("mod process { pub struct Command; } fn g() -> usize { use std::*; process::Command::new(\"id\").output().map(|o| o.stdout.len()).unwrap_or(0) }", "plrust_process"),
        ("mod env { pub fn vars() {} } let c = || { use std::*; env::vars().count() };", "plrust_environment"),
        ("mod m { pub mod env { pub fn vars() {} } } use m::env; let e = { use std::*; env::vars() };", "plrust_environment"),
        ("mod m { pub mod env { pub fn vars() {} } } use m::*; let e = { use std::*; env::vars() };", "plrust_environment"),
        ("mod env { pub fn vars() {} } mod k { use std::*; pub fn g() -> usize { env::vars().count() } }", "plrust_environment"),
        ("fn forget<T>(_: T) -> i64 { 42 } let a = { use std::mem::*; let _r: () = forget(vec![1u8; 1000]); 0 };", "plrust_leaky"),
        ("fn stdout() -> i64 { 0 } let b = { use std::io::*; let _ = stdout().write_all(b\"hi\"); 0 };", "plrust_stdio"),
        ("struct ManuallyDrop; let d = { use std::mem::*; ManuallyDrop::new(vec![7u8; 100]) };", "plrust_leaky"),
        ("fn absolute() -> i64 { 0 } let c = { use std::path::*; absolute(\"x\") };", "plrust_filesystem"),
        ("use std::io::*; use std::mem::*; forget(vec![1u8]);", "plrust_leaky"),
        ("mod env { pub fn vars() {} } mod m { pub use std::env; } let e = { use m::*; env::vars() };", "plrust_environment"),
        ("trait Fn {} let x = { use std::ops::*; trait T {} impl<F: Fn()> T for F {} };", "plrust_closure_trait_impl"),
        ("trait Unpin {} struct S; { use std::marker::*; impl Unpin for S {} }", "plrust_autotrait_impls"),
        ("macro_rules! g { () => { { use std::*; env::vars() } } } mod env { pub fn vars() {} } let e = g!();", "plrust_environment"),
        // A fourth red-team pass: modules do not see the body's items, braced structs are types only, re-captured fragments.
        ("trait Fn {} mod m { pub fn f<F: Fn()>(f: F) {} trait T {} impl<F: Fn()> T for F {} }", "plrust_closure_trait_impl"),
        ("mod std { pub mod env { pub fn vars() {} } } mod b { pub fn g() -> usize { std::env::vars().count() } }", "plrust_environment"),
        ("trait Unpin {} mod m { struct S; impl Unpin for S {} }", "plrust_autotrait_impls"),
        ("use std::io::*; struct stdout {} let o = stdout();", "plrust_stdio"),
        ("macro_rules! c { ($($t:tt)*) => { std::fs::read(\"/\") }; (1) => { 0 } } macro_rules! b { ($p:pat) => { c!($p) } } macro_rules! a { ($e:expr) => { b!($e) } } let x = a!(1);", "plrust_filesystem"),
        ("let b = Box::<u8>::new_uninit();", "plrust_leaky"),
        ("let mut v: Vec<u8> = Vec::with_capacity(8); let s = v.spare_capacity_mut();", "plrust_leaky"),
        // A third red-team pass: fragments passed on sealed, qualified-self leaks, 'static through type arguments.
        ("macro_rules! inner { (1) => { 0usize }; ($($t:tt)*) => { std::fs::read_to_string(\"/etc/passwd\") }; } macro_rules! outer { ($e:expr) => { inner!($e) } } let a = outer!(1);", "plrust_filesystem"),
        ("macro_rules! inner { ($i:ident) => { 0 }; ($($t:tt)*) => { std::process::Command::new(\"id\") }; } macro_rules! outer { ($e:ty) => { inner!($e) } } let a = outer!(u8);", "plrust_process"),
        ("let md = <std::mem::ManuallyDrop<Vec<u8>>>::new(vec![1]);", "plrust_leaky"),
        ("let bx = <Box<u8>>::into_raw(Box::new(1));", "plrust_leaky"),
        ("let cs = std::ffi::CString::new(\"x\").unwrap().into_raw();", "plrust_leaky"),
        ("let mu = std::mem::MaybeUninit::new(vec![1u8]);", "plrust_leaky"),
        ("trait T {} type A<'a> = &'a str; impl T for A<'static> {}", "plrust_static_impls"),
        ("trait T {} struct S<'a>(&'a u8); impl T for S<'static> {}", "plrust_static_impls"),
        ("trait T {} struct S<'a>(&'a u8); impl<'a> T for S<'a> where 'a: 'static {}", "plrust_static_impls"),
        // A second red-team pass: code inside std macros' arguments, and rules rustc picks.
        ("let t = matches!(1, _ if { #[no_mangle] pub extern \"C\" fn plrust_evil() {} true });", "unsafe_code"),
        ("let t = matches!(1, _ if { let f: fn() = || {}; true });", "plrust_fn_pointers"),
        ("let p = std::pin::pin!({ struct X; impl Unpin for X {} 1 });", "plrust_autotrait_impls"),
        ("let p = std::ptr::addr_of!({ trait Lt<'a> {} 1 });", "plrust_lifetime_parameterized_traits"),
        ("[dependencies]\nsome_crate = \"1\"\n[code]\nsome_crate::mac!({ #[path = \"/etc/hostname\"] mod leak; });", "plrust_external_mod"),
        ("macro_rules! m { ($t:ty) => { std::fs::read_to_string(\"/etc/passwd\") }; ($($x:tt)*) => { 0 }; } let n = m!(safe fn());", "plrust_filesystem"),
        ("macro_rules! m { ($p:pat) => { 0 }; ($($x:tt)*) => { std::process::Command::new(\"id\") }; } let n = m!(!);", "plrust_process"),
        ("macro_rules! m { ($e:expr) => { 0 }; ($($x:tt)*) => { std::env::vars() }; } let n = m!(become f());", "plrust_environment"),
        ("macro_rules! m { ($e:expr) => { 0 }; ($($x:tt)*) => { unsafe { 1 } }; } let n = m!(const move || 1);", "unsafe_code"),
        ("macro_rules! m { ($p:pat) => { 0 }; ($($x:tt)*) => { std::net::TcpStream::connect(\"x\") }; } let n = m!($crate::X);", "plrust_network"),
        ("macro_rules! m { ($x:path) => { 0 }; ($($t:tt)*) => { std::mem::forget(1) }; } m!($crate::a);", "plrust_leaky"),
        ("macro_rules! m { ($x:pat) => { () }; ($($t:tt)*) => { std::mem::forget(vec![1u8]) } } m!(..=2);", "plrust_leaky"),
        // Found by a red-team pass: macros reached by paths and imports, globs through
        // local modules, macro calls inside concat!, attributes and std macros' types.
        ("#[macro_use] mod m { macro_rules! peek { ($a:expr) => { unsafe { *($a as *const u8) } } } } let v = peek!(0usize);", "unsafe_code"),
        ("macro_rules! z { () => { std::process::Command::new(\"id\").output() } } use z as run; let out = run!();", "plrust_process"),
        ("mod m { macro_rules! decl { () => { extern \"C\" { fn getpid() -> i32; } } } pub(crate) use decl; } m::decl!();", "plrust_extern_blocks"),
        ("macro_rules! def { () => { macro_rules! say { () => { println!(\"x\") } } } } def!(); say!();", "plrust_print_macros"),
        ("mod a { pub use std::*; } use a::*; let s = fs::read_to_string(\"/etc/passwd\");", "plrust_filesystem"),
        ("let s = concat!(\"\", include_str!(\"/etc/passwd\"));", "plrust_filesystem_macros"),
        ("let p = concat!(env!(\"PATH\"));", "plrust_env_macros"),
        ("macro_rules! m { (# $x:tt) => { unsafe { 1 } }; ($($t:tt)*) => { 0 }; } let v = m!(/// doc\n);", "error: doc comments inside a call of `m!` are not supported"),
        ("macro_rules! m { ($p:path) => { 0 }; ($($t:tt)*) => { std::fs::read_dir(\"/\") }; } let n = m!(<a as b>::c);", "plrust_filesystem"),
        ("use std::path::Path; let e = Path::exists(Path::new(\"/etc/shadow\"));", "plrust_filesystem"),
        ("#[doc = include_str!(\"/etc/passwd\")] struct S;", "plrust_filesystem_macros"),
        ("struct S<T> { a: u8, b: T } let o = std::mem::offset_of!(S<fn()>, a);", "plrust_fn_pointers"),
        ("thread_local! { static F: Box<dyn Fn()> = Box::new(|| {}); }", "plrust_fn_pointers"),
        // A redefinition shadows the first definition from where it stands.
        ("macro_rules! m { () => { 1 } } let a = m!(); macro_rules! m { () => { std::mem::forget(1) } } let b = m!();",
         "plrust_leaky"),
        // Forty levels of recursion before the call: still resolved through every level.
        ("macro_rules! down { () => { std::mem::forget(1u8); }; (x $($r:tt)*) => { down!($($r)*); }; } down!("
            + String(repeating: "x ", count: 40) + ");", "plrust_leaky"),
        ("use core as c; c::mem::forget(v);", "plrust_leaky"),
        ("let f = std::mem::forget; f(v);", "plrust_leaky"),
        ("type B = Box<u8>; let r = B::leak(Box::new(1));", "plrust_leaky"),
        ("let r = <Vec<u8>>::leak(vec![]);", "plrust_leaky"),
        ("let s: &'static mut str = String::new().leak();", "plrust_leaky"),
        ("mod m { pub use std::io::stdout as o; } m::o();", "plrust_stdio"),
        ("extern crate std as s; s::io::stderr();", "plrust_stdio"),
        ("let f = std::fs::File::open(\"/etc/passwd\");", "plrust_filesystem"),
        ("use std::fs; let t = fs::read(\"x\");", "plrust_filesystem"),
        ("fn h() -> std::io::Result<std::fs::File> { todo!() }", "plrust_filesystem"),
        ("std::process::Command::new(\"sh\").spawn().ok();", "plrust_process"),
        ("use std::env::var_os as v; v(\"HOME\");", "plrust_environment"),
        // Macros: renamed, from a user macro, as a `$m` token, hidden in arguments.
        ("use std::println as p; p!(\"x\");", "plrust_print_macros"),
        ("macro_rules! say { ($($t:tt)*) => { println!($($t)*) } } say!(\"x\");", "plrust_print_macros"),
        ("macro_rules! call { ($m:ident) => { $m!(\"x\") } } call!(eprintln);", "plrust_print_macros"),
        ("let n = format!(\"{}\", std::fs::read_to_string(\"x\").unwrap());", "plrust_filesystem"),
        ("let v = vec![std::env::args().count(); 2];", "plrust_environment"),
        ("assert!(std::mem::forget(v) == ());", "plrust_leaky"),
        ("macro_rules! m { ($e:expr) => { unsafe { $e } } } let x = m!(1);", "unsafe_code"),
        ("macro_rules! m { ($($t:tt)*) => { $($t)* } } m!(unsafe { 1 });", "unsafe_code"),
        ("macro_rules! m { () => { std::mem::forget } } let f = m!(); f(1);", "plrust_leaky"),
        ("macro_rules! m { ($a:ident) => { std::$a::forget(1) } } m!(mem);", "plrust_leaky"),
        ("macro_rules! m { () => { m2!() } } macro_rules! m2 { () => { include_str!(\"/etc/passwd\") } } let s = m!();", "plrust_filesystem_macros"),
        ("[dependencies]\nserde_json = \"1\"\n[code]\nserde_json::json!({ \"a\": unsafe { 1 } });", "unsafe_code"),
        ("[dependencies]\nsome_crate = \"1\"\n[code]\nsome_crate::mac!(std::fs::remove_file(\"x\"));", "plrust_filesystem"),
        // Macros plrustc cannot tell apart are refused, whatever they hold.
        ("some_crate::mac!(1);", "error: plrustc cannot tell which macro `some_crate::mac!` is"),
        ("unknown!();", "error: plrustc cannot tell which macro `unknown!` is"),
        // Structural lints through paths.
        ("struct S; impl core::marker::Unpin for S {}", "plrust_autotrait_impls"),
        ("use std::panic::*; struct S; impl UnwindSafe for S {}", "plrust_autotrait_impls"),
        ("trait T {} impl<F> T for F where F: core::ops::FnMut() {}", "plrust_closure_trait_impl"),
        ("let f: &dyn std::ops::Fn() = &|| {};", "plrust_fn_pointers"),
        ("struct S(fn(u8));", "plrust_fn_pointers"),
        ("trait T {} impl T for Vec<&'static str> {}", "plrust_static_impls"),
        ("fn f<T: ?Sized>() {} type A = dyn std::any::Any; type B = A; f::<B>();", "plrust_suspicious_trait_object"),
        ("#[no_mangle] fn f() {}", "unsafe_code"),
        ("#[unsafe(link_section = \".init_array\")] static S: u8 = 0;", "unsafe_code"),
        ("unsafe extern \"C\" { safe fn abs(x: i32) -> i32; }", "plrust_extern_blocks"),
        ("use std::arch::asm; asm!(\"nop\");", "plrust_asm"),
        ("let x = async move { 1 }; ", "plrust_async"),
        ("let s = std::os::unix::fs::MetadataExt::mode;", "plrust_os"),
        // Items that a macro of the body defines are visible where it is called.
        ("macro_rules! m { () => { use std::io as i; } } m!(); i::stdout();", "plrust_stdio"),
        ("macro_rules! m { ($n:ident) => { use std::mem as $n; } } m!(q); q::forget(1);", "plrust_leaky"),
        ("macro_rules! m { () => { use std::io as i; } } macro_rules! n { () => { m!(); } } n!(); i::stderr();", "plrust_stdio"),
        ("macro_rules! m { () => { type B = Box<u8>; } } m!(); let r = B::leak(Box::new(1));", "plrust_leaky"),
        ("let r#x = r#std::r#mem::r#forget(1);", "plrust_leaky"),
        ("#[cfg_attr(all(), no_mangle)] pub extern \"C\" fn f() {}", "unsafe_code"),
        ("#[cfg_attr(any(), cfg_attr(all(), unsafe(export_name = \"x\")))] fn f() {}", "unsafe_code"),
        ("#[cfg_attr(all(), path = \"/etc/x\")] mod m { }", "plrust_external_mod"),
        ("trait T { fn f(b: Self) -> &'static mut Self; } impl T for Box<u8> { fn f(b: Self) -> &'static mut Self { Self::leak(b) } }", "plrust_leaky"),
    ])
    func escapeIsCaught(body: String, lint: String) {
        #expect(lints(body).contains(lint), "\(body) → \(lints(body))")
    }

    @Test(arguments: [
        "let v: Vec<i64> = (1..10).map(|x| x * 2).filter(|x| x % 3 == 0).collect(); Ok(Some(v.iter().sum()))",
        "use std::collections::HashMap; let mut m = HashMap::new(); m.insert(\"a\", 1); Ok(Some(m.len() as i64))",
        "let s = format!(\"{}-{}\", 1, \"two\"); let t = s.to_uppercase(); Ok(Some(t))",
        "struct P { x: i64 } impl P { fn leak_check(&self) -> bool { false } } Ok(Some(P { x: 1 }.x))",
        "fn apply<F: Fn(i64) -> i64>(f: F) -> i64 { f(2) } Ok(Some(apply(|v| v + 1)))",
        "let text = \"std::fs::read and unsafe { } and println!\"; Ok(Some(text.len() as i64))",
        "macro_rules! double { ($e:expr) => { $e * 2 } } Ok(Some(double!(21)))",
        "let r#async = 1; let r#unsafe = 2; Ok(Some(r#async + r#unsafe))",
        "trait T { fn f(&self) -> usize; } impl<'a> T for &'a str { fn f(&self) -> usize { self.len() } } Ok(Some(\"ab\".f() as i64))",
        "type Pair<'a> = (&'a str, i32); fn first<'a>(p: Pair<'a>) -> &'a str { p.0 } Ok(Some(first((\"x\", 1)).len() as i64))",
        "fn apply<F>(f: F) -> i64 where F: Fn(i64) -> i64 { f(1) } Ok(Some(apply(|v| v * 2)))",
        "macro_rules! inner { ($a:tt) => { 1 }; } macro_rules! outer { ($t:ty) => { inner!($t) }; } Ok(Some(outer!(u8)))",
        "trait Tr {} struct W<T>(T); impl<T: 'static> Tr for W<T> {} impl<'a> Tr for &'a str where 'a: 'a {} Ok(None)",
        "let v = vec![Some(1), None]; let n = v.iter().filter(|x| matches!(x, Some(n) if *n > 0)).count(); Ok(Some(n as i64))",
        "macro_rules! pick { ($e:expr) => { $e }; ($a:expr, $b:expr) => { $a + $b }; } Ok(Some(pick!(1, 2) + pick!(3)))",
        "mod helpers { pub fn add(a: i64, b: i64) -> i64 { a + b } } Ok(Some(helpers::add(1, 2)))",
        "let opt: Option<&str> = None; let v = opt.map(str::to_string); Ok(v)",
        "use std::fmt::Write; let mut s = String::new(); write!(s, \"{}\", 1).unwrap(); Ok(Some(s))",
        "let mut v = vec![3, 1, 2]; v.sort(); let b: Box<[i32]> = v.into_boxed_slice(); Ok(Some(b.len() as i64))",
        "trait Shape { fn area(&self) -> f64; } struct Sq(f64); impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } } let s: Box<dyn Shape> = Box::new(Sq(2.0)); Ok(Some(s.area() as i64))",
        "let x = std::cmp::max(1, 2); let y = std::mem::swap; Ok(Some(x))",
        "#[cfg_attr(test, derive(Debug))] struct S; #[cfg_attr(all(), inline)] fn f() {} Ok(None)",
        // Look-alikes of issue 9's holes: no supertraits, `Fn` sugar, binders on the bounded type; fields and
        // `impl Trait` of `I::Item` where nothing asks for `'static`; `'static` about something else; GATs
        // given lifetime-free types or bare lifetimes.
        "trait Parse<S> { fn parse(s: S) -> Self; } impl<'s> Parse<&'s str> for i64 { fn parse(s: &'s str) -> i64 { s.len() as i64 } } fn read<T>(t: &str) -> T where for<'a> T: Parse<&'a str> { T::parse(t) } Ok(Some(read::<i64>(\"ab\")))",
        "trait Sup<A> {} trait Sub<A>: Sup<A> {} fn f<T>() where for<'a> &'a T: Sub<i64> {} fn g<F: for<'a> Fn(&'a str) -> &'a str>(f: F) -> usize { f(\"x\").len() } Ok(Some(g(|s| s) as i64))",
        "struct Pairs<I: Iterator> { inner: I, pending: Option<I::Item> } enum Slot<I: Iterator> { Empty, Full(I::Item) } fn first<I: Iterator>(mut it: I) -> Slot<I> { match it.next() { Some(x) => Slot::Full(x), None => Slot::Empty } } Ok(match first(vec![1i64].into_iter()) { Slot::Full(x) => Some(x), Slot::Empty => None })",
        "fn mk<I: Iterator>(_: &I, x: I::Item) -> impl FnOnce() -> I::Item { move || x } fn evens<I: Iterator<Item = i64>>(it: I) -> impl Iterator<Item = I::Item> { it.filter(|x| x % 2 == 0) } Ok(Some(evens(vec![1i64, 2].into_iter()).sum()))",
        "fn parse<T: std::str::FromStr>(s: &str) -> Option<T> where T::Err: std::fmt::Debug + 'static, Option<T>: Clone { s.parse().ok() } fn name<I: Iterator>(x: I::Item, n: &'static str) -> &'static str where Vec<I::Item>: 'static { n } Ok(parse::<i64>(\"4\"))",
        "fn short<'s, I: Iterator + 's>(_: &'s I, x: I::Item, _: &'s &'static ()) -> I::Item { x } let v = vec![1i64]; Ok(Some(*short(&v.iter(), &5i64, &&())))",
        "trait Family { type Member<T>; } struct VecFamily; impl Family for VecFamily { type Member<T> = Vec<T>; } fn make<F: Family>(_: F::Member<i64>) {} trait Lend { type Item<'a> where Self: 'a; fn lend<'a>(&'a mut self) -> Option<Self::Item<'a>>; } fn m<'a>(_: std::collections::HashMap<&'a str, i64>) {} Ok(None)",
        // Generic code that the fifth and sixth passes' rules must leave alone.
        "fn parse<T: std::str::FromStr>(s: &str) -> Result<T, Box<dyn std::error::Error + Send + Sync>> where T::Err: std::error::Error + Send + Sync + 'static { Ok(s.trim().parse::<T>()?) } let n: i64 = parse(\"42\")?; Ok(Some(n))",
        "fn longest<I: Iterator<Item = &'static str>>(it: I) -> Option<I::Item> { it.max_by_key(|s| s.len()) } Ok(longest([\"a\", \"bcd\"].into_iter()).map(|s| s.len() as i64))",
        "struct Lazy<F: Fn() -> i64> { f: F } impl<F: Fn() -> i64> std::ops::Deref for Lazy<F> { type Target = F; fn deref(&self) -> &F { &self.f } } let l = Lazy { f: || 41 }; Ok(Some((l.f)() + 1))",
        "fn first<I: Iterator>(mut it: I) -> Option<I::Item> { it.next() } fn show<T: std::fmt::Display + ?Sized>(t: &T) -> String { t.to_string() } Ok(first(vec![1i64].into_iter()))",
        "trait Len { fn l(&self) -> usize; } impl<T: ?Sized + AsRef<[u8]>> Len for T { fn l(&self) -> usize { self.as_ref().len() } } Ok(Some(\"abc\".l() as i64))",
        "struct W<F>(F); impl<F: Fn() -> i64> W<F> { fn call(&self) -> i64 { (self.0)() } } Ok(Some(W(|| 2).call()))",
        // Globs of std modules next to the body's own items and the prelude.
        "mod env { pub fn vars() -> i64 { 1 } } let e = { use std::io::*; env::vars() }; Ok(Some(e))",
        "use std::io::*; use std::mem::*; let b: Box<u8> = Box::new(1); let n = size_of::<u64>(); Ok(Some(n as i64 + *b as i64))",
        "fn forget(x: i64) -> i64 { x } let a = { use std::collections::*; forget(1) }; Ok(Some(a))",
        "use std::fmt::*; struct S; impl Display for S { fn fmt(&self, f: &mut Formatter) -> Result { write!(f, \"s\") } } Ok(Some(S.to_string()))",
    ])
    func legitimateBodiesPass(body: String) {
        #expect(lints(body) == [], "\(body) → \(lints(body))")
    }

    @Test func macroProvenanceIsReportedAtTheDefinitionOrTheArgument() throws {
        let catalog = try LintCatalog.builtin().get()
        let engine = try LintEngine(catalog: catalog)
        let body = "macro_rules! m {\n    ($e:expr) => { unsafe { $e } };\n}\nlet a = m!(1);\nlet b = m!(unsafe { 2 });\n"
        let source = SourceFile(path: "p.rs", text: body)
        let diagnostics = engine.lint(RustParser.parse(source)).filter { $0.code == "unsafe_code" }
        // From the definition: the block written in the transcriber, labelled "in this macro invocation".
        let fromDefinition = try #require(diagnostics.first { source.location(ofByte: $0.primarySpan?.start ?? 0).line == 2 })
        #expect(fromDefinition.labels.contains { !$0.isPrimary && $0.message == "in this macro invocation" })
        #expect(fromDefinition.children.contains { $0.message == "this error originates in the macro `m`" })
        // From the argument: the block written by the caller, on line 5.
        #expect(diagnostics.contains { source.location(ofByte: $0.primarySpan?.start ?? 0).line == 5 })
    }

    @Test func unexpandableCallsOfBodyMacrosAreRefused() {
        #expect(lints("macro_rules! m { (a) => {} } m!(b);").contains("error: no rules of `m!` match this call"))
        let recursive = "macro_rules! r { () => { r!() } } r!();"
        #expect(lints(recursive).contains { $0.hasPrefix("error: recursion limit reached while expanding `r!`") })
        let exponential = "macro_rules! d { (x) => { 1 }; ($($t:tt)*) => { d!($($t)* $($t)*) }; } d!(y);"
        #expect(lints(exponential).contains { $0.hasPrefix("error:") })
    }

    /// A red-team pass after issue 9's fixes: each of these passed lint and
    /// compile and, called, ran programs or read files.
    @Test func namesRustcRemovesOrResolvesOtherwiseAreNotTakenForOthers() {
        // 31 renames resolved from the far end: past the depth limit the body is refused, never passed unresolved.
        let chain = (0..<31).map { "use s\($0 + 1) as s\($0);" }.joined(separator: "\n")
        let renamed = lints(chain + "\nuse std as s31;\nlet t = s0::fs::read_to_string(\"/etc/passwd\")?;\nOk(Some(t))")
        #expect(renamed == ["error: the names in this code are too tangled to resolve"], "\(renamed)")
        // `cfg` removes an item before names are resolved: the removed `mod std` hides nothing.
        #expect(lints("#[cfg(any())]\nmod std {}\nlet t = std::fs::read_to_string(\"/etc/passwd\")?;").contains("plrust_filesystem"))
        #expect(lints("#[cfg_attr(all(), cfg(any()))]\nmod std {}\nlet t = std::fs::read(\"/x\")?;").contains("plrust_filesystem"))
        #expect(lints("#[cfg(windows)]\nuse core as std;\nstd::process::exit(1);").contains("plrust_process"))
        // A removed redefinition of a macro leaves the first one in scope, as rustc does.
        let macros = """
            macro_rules! m { ($a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") } }
            #[cfg(any())] macro_rules! m { ($a:ident $b:ident) => { Ok::<String, std::io::Error>(String::new()) } }
            Ok(Some(m!(std fs)?))
            """
        #expect(lints(macros).contains("plrust_filesystem"))
        #expect(lints("#[cfg(any())]\nmacro_rules! include_str { ($e:expr) => { \"\" } }\nconst P: &str = include_str!(\"/etc/passwd\");")
                    .contains("plrust_filesystem_macros"))
        // A removed macro call adds no items.
        let call = "macro_rules! shadow { () => { mod std {} } }\n#[cfg(any())] shadow!();\nlet t = std::fs::read(\"/x\")?;"
        #expect(lints(call).contains("plrust_filesystem"))
        // What differs between plrustc's builds cannot decide what a name is.
        #expect(lints("#[cfg(target_arch = \"x86_64\")]\nmod std {}\nOk(None)") == ["plrust_attributes"])
        #expect(lints("#[cfg(all(unix, target_os = \"linux\", not(windows)))]\nfn f() {}\nOk(Some(f()))").isEmpty)
        // An empty `vis` is not tried before `)`: rustc expands the second rule here, and so does plrustc.
        let visibility = """
            macro_rules! m {
                (($v:vis) $a:ident $b:ident) => { Ok::<String, std::io::Error>(String::new()) };
                (() $a:ident $b:ident) => { $a::$b::read_to_string("/etc/hostname") };
            }
            Ok(Some(m!(() std fs)?))
            """
        #expect(lints(visibility).contains("plrust_filesystem"))
        // The CPU's identity is the host's.
        #expect(lints("let id = std::arch::x86_64::__cpuid(0);\nOk(Some(id.eax as i64))") == ["plrust_os"])
        #expect(lints("Ok(Some(std::arch::is_x86_feature_detected!(\"avx2\")))") == ["plrust_os"])
    }

    /// Items a macro makes are read in the expansion's own tree: reading them
    /// in the caller's crashed plrustc when one call made many modules.
    @Test func manyItemsFromOneCallAreReadInTheirOwnTree() {
        let names = (0..<60).map { "n\($0)" }.joined(separator: " ")
        let body = "macro_rules! m { ($($a:ident)*) => { $( mod $a { pub const X: u8 = 0; pub const Y: u8 = 0; } )* } }\n"
            + "m!(\(names));\nOk(Some(n0::X as i64))"
        #expect(lints(body).isEmpty)
        #expect(lints("macro_rules! m { () => { #[cfg(any())] mod std {} } }\nm!();\nlet t = std::fs::read(\"/x\")?;\nOk(None)")
                    .contains("plrust_filesystem"))
    }

    /// Running out of expansions refuses the body, whichever unit is left
    /// with calls: a thousand calls that each recurse used to end the loop
    /// with units never expanded, and the body passed.
    @Test func runningOutOfExpansionsRefusesWhatIsLeft() {
        let calls = String(repeating: "dup!(x);\n", count: 1_000)
        let body = "macro_rules! dup { ($($t:tt)*) => { dup!($($t)* $($t)*) }; }\n" + calls + "Ok(None)"
        #expect(lints(body).contains("error: this code calls macros too many times to be checked"))
    }

    /// Failed expansions are charged too, and past the budget each call fails
    /// at once with the budget itself in the message; repeated errors are
    /// reported once, and at most 100 diagnostics are shown.
    @Test func lintingStaysBoundedForHostileMacros() throws {
        let engine = try LintEngine(catalog: try LintCatalog.builtin().get())
        let grow = "macro_rules! g { (@ $($t:tt)*) => { g!(@ $($t)* $($t)* $($t)* $($t)*) }; ($x:tt) => { g!(@ $x) } }\n"
        let text = grow + (0..<1_000).map { "g!(a\($0));\n" }.joined() + "Ok(None)"
        let diagnostics = engine.lint(RustParser.parse(SourceFile(path: "g.rs", text: text)))
        #expect(diagnostics.count == LintEngine.maximumDiagnostics + 1)
        #expect(diagnostics.first?.labels.first?.message == "more than 200000 tokens in all")
        #expect(diagnostics.last?.message.hasPrefix("too many lint errors: ") == true)
        #expect(diagnostics.last?.children.first?.message == "only the first 100 lint diagnostics of a file are reported")
    }

    /// Each expansion hoists its `use num::*` to the call site, so the crate
    /// root ends with many globs of one unresolvable import; resolving `num`
    /// through them once took N! steps (tracing-core's field.rs does this).
    @Test func manyGlobsOfOneImportResolveQuickly() throws {
        let text = """
            use crate::stdlib::num;
            macro_rules! one {
                (normal, $t:ty) => { impl Sealed for $t {} };
                (nonzero, $t:ty) => { use num::*; impl Sealed for Option<$t> {} };
                ($t:ty) => { one!(normal, $t); one!(nonzero, $t); };
            }
            macro_rules! many { ($($t:ty),*) => { $( one!($t); )* }; }
            many!(\(Array(repeating: "u8", count: 16).joined(separator: ", ")));
            fn f() { std::mem::forget(1); }
            """
        let engine = try LintEngine(catalog: try LintCatalog.builtin().get())
        let diagnostics = engine.lint(RustParser.parse(SourceFile(path: "g.rs", text: text), mode: .crate))
        #expect(diagnostics.map { $0.code ?? $0.message } == ["plrust_leaky"])
    }

    /// Past the step limit the code is refused, never passed unresolved.
    @Test func resolutionThatRunsOutOfStepsRefusesTheCode() throws {
        var engine = try LintEngine(catalog: try LintCatalog.builtin().get())
        let text = "use a::*; use b::*; use std::io as i; let x = i::stdout(); Ok(None)"
        let tree = RustParser.parse(SourceFile(path: "x.rs", text: text))
        #expect(engine.lint(tree).map(\.code) == ["plrust_stdio"])
        engine.resolutionStepLimit = 1
        #expect(engine.lint(tree).map(\.message) == ["the names in this code are too tangled to resolve"])
    }
}
