import Diagnostics

/// The Rust files the expected outputs in these tests come from: each test
/// builds the diagnostic rustc reported for one of them (same spans, labels,
/// notes) and expects our renderers to print what rustc 1.95 printed.
///
/// Outputs were made with `rustc --edition 2021 --crate-type lib FILE`, with
/// `--error-format=json` for the JSON and `--color=always` for colours.
enum RustcFixtures {
    /// `a.rs`: a `forbid(unsafe_code)` crate with unsafe blocks.
    static let a = SourceFile(path: "a.rs", text: """
        #![forbid(unsafe_code)]
        pub fn f() {
            unsafe {
                let x = 1;
                let y = 2;
            }
        }
        pub fn g() { unsafe {} }

        """)

    /// `b.rs`: type errors, duplicate items, tabs, wide characters and a missing `;`.
    static let b = SourceFile(path: "b.rs", text: """
        pub fn f() { let x: i32 = "a"; }
        struct A;
        struct B;

        struct A;
        struct B;
        fn g() {
        \tlet y: u8 =\t"tab";
            let 名前: i32 = "日本語";
            let z: u32 = "🦀🦀";
        }
        fn h() { let a = 1
        let b = 2; }

        """)

    /// `c.rs`: multi-line unsafe blocks, one long enough to be elided, and an `if` without `else`.
    static let c = SourceFile(path: "c.rs", text: """
        #![forbid(unsafe_code)]
        pub fn f() -> i32 { let a = 1; unsafe {
                let x = 1;
            } 
            if true {
                1
            }
        }
        pub fn long() {
            unsafe {
                let a1 = 1;
                let a2 = 1;
                let a3 = 1;
                let a4 = 1;
                let a5 = 1;
                let a6 = 1;
                let a7 = 1;
                let a8 = 1;
                let a9 = 1;
                let a10 = 1;
                let a11 = 1;
                let a12 = 1;
                let a13 = 1;
                let a14 = 1;
                let a15 = 1;
                let a16 = 1;
                let a17 = 1;
                let a18 = 1;
            }
        }

        """)

    /// `d.rs`: lints whose level is set by `deny`.
    static let d = SourceFile(path: "d.rs", text: """
        #![deny(unused_must_use, overflowing_literals, while_true)]
        fn r() -> Result<(), ()> { Ok(()) }
        pub fn f() {
            r();
            let _x: u8 = 300;
            while true {}
        }

        """)

    /// `e.rs`: control characters and zero-width characters in a string.
    static let e = SourceFile(path: "e.rs", text: """
        pub fn f() {
            let x: u32 = "a\u{1}b\u{1b} c\u{200d}d\u{301}e\u{200b}f";
        }

        """)

    /// `g.rs`: two items on lines 9 and 10 (gutter width 2).
    static let g = SourceFile(path: "g.rs", text: """








        struct A;
        struct A;

        """)

    /// `h.rs`: incompatible `if`/`match` arms (multi-line secondary spans).
    static let h = SourceFile(path: "h.rs", text: """
        pub fn f(c: bool) -> i32 {
            let x = if c {
                1
            } else {
                "a"
            };
            let y = match c {
                true => 1,
                false => "b",
            };
            let z = match c {
                true => {
                    1
                }
                false => {
                    // comment
                    "long"
                }
            };
            0
        }

        """)

    /// `j.rs`: tabs and CJK identifiers.
    static let j = SourceFile(path: "j.rs", text: """
        pub fn f() {
        \tlet x: u8 = "ta\tb";
        \tlet y: u8 =\t\t'c';
            let 名前: u8 = "日本語";
        }

        """)

    /// `m.rs`: an unclosed delimiter reported at the end of the file.
    static let m = SourceFile(path: "m.rs", text: """
        pub fn f() {
            if true {
                let x = 1;

        """)

    /// `o.rs`: borrow errors with three labels on one line.
    static let o = SourceFile(path: "o.rs", text: """
        pub fn f() {
            let mut v = vec![1];
            let first = &v[0]; v.push(2); let _ = first;
            let mut s = String::new();
            let a = &mut s; let b = &mut s; a.push('x'); b.push('y');
        }
        pub fn g(x: &mut Vec<i32>) { for i in x.iter() { x.push(*i); } }

        """)
}
