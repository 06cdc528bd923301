import Diagnostics
import Foundation
import Testing
@testable import Codegen

/// The typed half of `plrust_fn_pointers`: rustc's MIR of the function is
/// read for coercions into fn pointers, which the syntax cannot see when no
/// fn-pointer type is written where the pointer is made (rust#25860). Each
/// escape below passes the syntax layer's view of that spot and, built,
/// reads freed memory; the syntax lints are off here to show the typed layer
/// refuse them on its own. The look-alikes build with every layer on.
@Suite("Function pointers in rustc's typed view", .serialized)
struct FnPointerCheckTests {
    static let escapes: [(name: String, body: String)] = [
        ("07_macro_hidden_type", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            macro_rules! ty { ($($t:tt)*) => { $($t)* } }
            macro_rules! weak { ($k:tt, $T:ty, $b:lifetime) => { for<'x> $k(&'static &'static (), &'x $T) -> &$b $T } }
            fn expand<'a, 'b, T: ?Sized>(x: &'a T) -> &'b T {
                let f: weak!(fn, T, 'b) = translate;
                let g: ty!(for<'x> fn(_, &'x T) -> &'b T) = translate2;
                if x as *const T as *const u8 as usize == 1 { g(UNIT, x) } else { f(UNIT, x) }
            }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        ("12_lub_then_subtype", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn expand<'a, 'b, T: ?Sized>(x: &'a T) -> &'b T {
                let f = if x as *const T as *const u8 as usize == 1 { translate } else { translate2 }; // LUB: fn ptr, no type written
                let g: for<'x> fn(_, &'x T) -> &'b T = f;   // plain fn-ptr subtyping: no coercion at this site
                g(UNIT, x)
            }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        ("14_promoted", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn expand<'a, T: ?Sized + 'static>(x: &'a T) -> &'static T {
                let p: &'static for<'x> fn(&'static &'static (), &'x T) -> &'static T = &(translate as for<'x> fn(_, &'x T) -> &'static T);
                p(UNIT, x)
            }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        ("18_cfg_hidden_from_inspection", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            // Only the optimised build (debug_assertions off) contains the pointer; an inspection run at the
            // default opt-level 0 (debug_assertions on) sees the harmless branch.
            #[cfg(not(debug_assertions))]
            fn expand<'a, 'b, T: ?Sized>(x: &'a T) -> &'b T { let f: for<'x> fn(_, &'x T) -> &'b T = translate; f(UNIT, x) }
            #[cfg(debug_assertions)]
            fn expand<'a, 'b, T: ?Sized>(_x: &'a T) -> &'b T { panic!("only the release build misbehaves") }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        ("20_inside_std_macros", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            // the coercion is written inside std macros (thread_local!, vec!, assert!, format!): its span is still the user's
            thread_local! { static SLOT: std::cell::Cell<Option<for<'x> fn(&'static &'static (), &'x String) -> &'static String>> = std::cell::Cell::new(Some(translate)); }
            fn expand(x: &String) -> &'static String {
                let v = vec![translate2 as for<'x> fn(&'static &'static (), &'x String) -> &'static String];
                assert!(v.len() == 1, "{:?}", v[0] as usize);
                if x.len() == 99 { v[0](UNIT, x) } else { SLOT.with(|s| s.get()).unwrap()(UNIT, x) }
            }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        ("11_trait_assoc_const", #"""
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            fn translate2<'a, 'b, T: ?Sized>(_x: &'a &'b (), v: &'b T) -> &'a T { v }
            trait Holder<'b, T: ?Sized + 'b> { const F: for<'x> fn(&'static &'static (), &'x T) -> &'b T; }
            struct S;
            impl<'b, T: ?Sized + 'b> Holder<'b, T> for S { const F: for<'x> fn(&'static &'static (), &'x T) -> &'b T = translate; }
            fn expand<'a, 'b, T: ?Sized>(x: &'a T) -> &'b T { (<S as Holder<'b, T>>::F)(UNIT, x) }
            let dangling: &'static String = { let s = String::from("secret-AAAAAAAA"); expand(&s) };
            let reuse = String::from("overwritten-BBB");
            println!("dangling = {:?} (reuse = {})", dangling, reuse);
            Ok(x)
            """#),
        // A char constant `'"'` on the line once hid the coercion from the scan (a third red-team pass).
        ("char_quote_in_the_type", #"""
            pub struct Q<const C: char>;
            static UNIT: &'static &'static () = &&();
            fn translate<'a, 'b, T: ?Sized>(_x: &'a &'b (), _q: Q<'"'>, v: &'b T) -> &'a T { v }
            macro_rules! widen {
                ($k:tt, $T:ty, $x:expr) => {{ let f: for<'x> $k(&'static &'static (), Q<'"'>, &'x $T) -> &'static $T = translate; f(UNIT, Q, $x) }}
            }
            fn expand<'a>(x: &'a Vec<u8>) -> &'static Vec<u8> { widen!(fn, Vec<u8>, x) }
            let dangling: &'static Vec<u8> = { let boxed: Box<Vec<u8>> = Box::new(Vec::new()); expand(&*boxed) };
            Ok(Some(dangling.len() as i64))
            """#),
    ]

    static let lookAlikes: [String] = [
        #"""
            let v: Vec<i64> = vec![-3, 1, -2];
            let a: Vec<i64> = v.iter().copied().map(i64::abs).collect();
            let words = vec!["a", "bbb", "cc"];
            let lens: Vec<usize> = words.iter().copied().map(str::len).collect();
            let mut w2 = words.clone();
            w2.sort_by_key(|s| s.len());
            w2.sort_by(|a, b| b.cmp(a));
            let strs: Vec<String> = v.iter().map(ToString::to_string).collect();
            let owned: Vec<String> = words.iter().copied().map(String::from).collect();
            let total: i64 = a.iter().sum::<i64>() + lens.iter().sum::<usize>() as i64;
            let m = v.iter().copied().max_by(Ord::cmp).unwrap_or(0);
            let f = v.iter().copied().filter(|n| n.is_positive()).fold(0, i64::wrapping_add);
            Ok(Some(total + strs.len() as i64 + owned.len() as i64 + m + f))
            """#,
        #"""
            let k = 3;
            let add = |a: i64| a + k;
            fn twice(f: impl Fn(i64) -> i64, v: i64) -> i64 { f(f(v)) }
            let b = Box::new(move |v: i64| v * k);
            fn make_adder(n: i64) -> impl Fn(i64) -> i64 { move |v| v + n }
            fn apply<F: FnOnce(i64) -> i64>(f: F, v: i64) -> i64 { f(v) }
            let mut counter = 0;
            let mut inc = || counter += 1;
            inc(); inc();
            let r = add(1) + twice(&add, 2) + b(4) + make_adder(5)(6) + apply(|v| v - 1, 7) + counter;
            Ok(Some(r))
            """#,
        #"""
            use std::{cell::{Cell, RefCell}, rc::Rc};
            fn apply(f: impl Fn(i64) -> i64, v: i64) -> i64 { f(v) }
            fn apply_ref(f: &impl Fn(i64) -> i64, v: i64) -> i64 { f(v) }
            let words = "Hello wide World".split(char::is_whitespace).map(str::to_uppercase).collect::<Vec<String>>();
            let mut nums = vec![3i64, -1, 2];
            nums.sort_by(Ord::cmp);
            nums.retain(|n| *n != 2);
            let arr = [-1i64, 2, -3].map(i64::abs);
            let squares: [usize; 4] = core::array::from_fn(|i| i * i);
            let mut n = 0;
            let counted: Vec<i64> = std::iter::from_fn(|| { n += 1; if n < 4 { Some(n) } else { None } }).collect();
            let pows: Vec<i64> = std::iter::successors(Some(1i64), |v| v.checked_mul(2)).take(5).collect();
            let opt = x.map(Some).flatten();
            let e: Vec<i64> = None.unwrap_or_else(Vec::new);
            let alnum = "a1-b2".chars().filter(|c| c.is_alphanumeric()).count();
            let shared = Rc::new(RefCell::new(Vec::<i64>::new()));
            shared.borrow_mut().push(1);
            let sl = shared.borrow().len() as i64;
            let o = std::cmp::max(7, 1);
            let c = Cell::new(1); c.set(2);
            let t = (x.is_some()).then(|| 5).unwrap_or(0);
            let a2 = apply(i64::abs, -4) + apply(|v| v + 1, 1) + apply_ref(&i64::signum, -9);
            let d: i64 = Default::default();
            let maxed = nums.iter().copied().map(i64::abs).max().unwrap_or(0);
            Ok(Some(words.len() as i64 + arr[0] + squares[3] as i64 + counted.len() as i64 + pows.len() as i64 + opt.unwrap_or(0) + e.len() as i64 + alnum as i64 + sl + o + c.get() + t + a2 + d + maxed))
            """#,
    ]

    @Test func coercionsTheCompilerMakesAreRefused() throws {
        for (name, body) in Self.escapes {
            let (host, diagnostics) = try CompileAndCallTests.build(body, args: ["x bigint"], returns: "bigint", syntaxLints: false)
            #expect(host == nil, "\(name) built")
            let found = diagnostics.filter { $0.code == "plrust_fn_pointers" }
            #expect(!found.isEmpty, "\(name): \(diagnostics.map(\.message))")
            // On the body's own text, where the pointer is made.
            #expect(found.allSatisfy { $0.primarySpan != nil }, "\(name)")
        }
    }

    @Test func ordinaryFunctionItemsAndClosuresBuild() throws {
        for body in Self.lookAlikes {
            let (host, diagnostics) = try CompileAndCallTests.build(body, args: ["x bigint"], returns: "bigint")
            #expect(host != nil, "\(diagnostics.map(\.message))")
        }
    }

    /// Quotes of the body's cannot hide a coercion or lend it a span in std:
    /// a char constant `'"'` once made the rest of the line look like a string.
    @Test func theScanCannotBeFooledByQuotes() {
        let mir = """
                _11 = translate::<Q<'"'>> as for<'a> fn(&'a u8) (PointerCoercion(ReifyFnPointer(Safe), Implicit)); // scope 0 at plrustc/f.rs:12:1: 12:5
                _12 = bar as fn(u8) (PointerCoercion(ReifyFnPointer(Safe), Implicit)); _13 = const " at /rustc/0123456789abcdef0123456789abcdef01234567/library/x.rs:1:1: 1:2";
            """
        let findings = FnPointerCheck.findings(inMIR: mir)
        #expect(findings.map(\.line) == [12, 0])
    }

    /// The scan itself, on lines as rustc 1.63 and 1.95 print them.
    @Test func theScanReadsBothFormatsAndLeavesStdAlone() {
        let mir = """
            fn f() -> () {
                _3 = foo as fn(i64) -> i64 (Pointer(ReifyFnPointer)); // scope 1 at plrustc/f.rs:7:29: 7:32
                _5 = move _6 as fn(i64) -> i64 (PointerCoercion(ClosureFnPointer(Safe), Implicit)); // scope 3 at plrustc/f.rs:9:30: 9:31
                _7 = g as fn() (PointerCoercion(ReifyFnPointer(Safe), Implicit)); // scope 0 at /rustc/0123456789abcdef0123456789abcdef01234567/library/std/src/thread/local.rs:1:1: 1:9
                _8 = const "(PointerCoercion(ReifyFnPointer" ; // scope 0 at plrustc/f.rs:3:1: 3:9
                _9 = h as fn() (Pointer(UnsafeFnPointer)); // scope 0 at /usr/src/rustc-1.63.0/library/core/src/x.rs:1:1: 1:2
                _10 = move _2 as fn() -> std::collections::HashSet<&str> (PointerCoercion(ClosureFnPointer(Safe), Implicit)); // scope 0 at plrustc/f.rs:4:1: 4:9
            }
            alloc7 (size: 32, align: 1) {
                0x00 │ 28 50 6f 69 6e 74 65 72 43 6f 65 72 63 69 6f 6e │ (PointerCoercion
            }
            """
        let findings = FnPointerCheck.findings(inMIR: mir)
        // A string that spells a coercion refuses too (the side to err on); std's own and `fn()` ones do not.
        #expect(findings.map(\.text) == ["ReifyFnPointer", "ClosureFnPointer", "ReifyFnPointer"])
        #expect(findings.map(\.line) == [7, 9, 3])
        #expect(findings.first?.file == "plrustc/f.rs" && findings.first?.column == 29 && findings.first?.endColumn == 32)
    }
}
