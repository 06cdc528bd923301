import Diagnostics
import Testing

/// Every expected text here is what rustc 1.95 printed for the same file and
/// the same spans (see `RustcFixtures`).
@Suite struct HumanRendererTests {
    let renderer = HumanRenderer()

    @Test func singleLineLabelsWithOneHangingBelow() {
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 26, end: 29), "expected `i32`, found `&str`"),
                     .secondary(Span(start: 20, end: 23), "expected due to this")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.b) == #"""
            error[E0308]: mismatched types
             --> b.rs:1:27
              |
            1 | pub fn f() { let x: i32 = "a"; }
              |                     ---   ^^^ expected `i32`, found `&str`
              |                     |
              |                     expected due to this


            """#)
    }

    @Test func singleLabelWithNote() {
        let diagnostic = Diagnostic(
            level: .warning, message: "unnecessary `unsafe` block", code: "unused_unsafe",
            labels: [.primary(Span(start: 41, end: 47), "unnecessary `unsafe` block")],
            children: [Diagnostic(level: .note, message: "`#[warn(unused_unsafe)]` (part of `#[warn(unused)]`) on by default")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.a) == """
            warning: unnecessary `unsafe` block
             --> a.rs:3:5
              |
            3 |     unsafe {
              |     ^^^^^^ unnecessary `unsafe` block
              |
              = note: `#[warn(unused_unsafe)]` (part of `#[warn(unused)]`) on by default


            """)
    }

    @Test func unlabelledSpanAndNoChildrenHasNoClosingBar() {
        let diagnostic = Diagnostic(level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
                                    labels: [.primary(Span(start: 109, end: 118))])
        #expect(renderer.render(diagnostic, in: RustcFixtures.a) == """
            error: usage of an `unsafe` block
             --> a.rs:8:14
              |
            8 | pub fn g() { unsafe {} }
              |              ^^^^^^^^^


            """)
    }

    @Test func zeroWidthSpanAtEndOfLine() {
        // rustc's "expected `;`": an empty span just after the last character.
        let diagnostic = Diagnostic(
            level: .error, message: "expected `;`, found keyword `let`",
            labels: [.secondary(Span(start: 188, end: 191), "unexpected token"),
                     .primary(Span(start: 187, end: 187), "help: add `;` here")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.b) == """
            error: expected `;`, found keyword `let`
              --> b.rs:12:19
               |
            12 | fn h() { let a = 1
               |                   ^ help: add `;` here
            13 | let b = 2; }
               | --- unexpected token


            """)
    }

    @Test func zeroWidthSpanAtEndOfFile() {
        // The end of a file ending in a line break is on the last line of text.
        let diagnostic = Diagnostic(
            level: .error, message: "this file contains an unclosed delimiter",
            labels: [.secondary(Span(start: 11, end: 12), "unclosed delimiter"),
                     .secondary(Span(start: 25, end: 26), "unclosed delimiter"),
                     .primary(Span(start: 46, end: 46))])
        #expect(renderer.render(diagnostic, in: RustcFixtures.m) == """
            error: this file contains an unclosed delimiter
             --> m.rs:3:20
              |
            1 | pub fn f() {
              |            - unclosed delimiter
            2 |     if true {
              |             - unclosed delimiter
            3 |         let x = 1;
              |                   ^


            """)
    }

    @Test func threeLabelsOnOneLine() {
        let diagnostic = Diagnostic(
            level: .error, message: "cannot borrow `v` as mutable because it is also borrowed as immutable", code: "E0502",
            labels: [.primary(Span(start: 61, end: 70), "mutable borrow occurs here"),
                     .secondary(Span(start: 55, end: 56), "immutable borrow occurs here"),
                     .secondary(Span(start: 80, end: 85), "immutable borrow later used here")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.o) == """
            error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
             --> o.rs:3:24
              |
            3 |     let first = &v[0]; v.push(2); let _ = first;
              |                  -     ^^^^^^^^^          ----- immutable borrow later used here
              |                  |     |
              |                  |     mutable borrow occurs here
              |                  immutable borrow occurs here


            """)
    }

    @Test func overlappingLabelsOnOneLine() {
        // Two labels on overlapping spans both hang below the line.
        let diagnostic = Diagnostic(
            level: .error, message: "cannot borrow `*x` as mutable because it is also borrowed as immutable", code: "E0502",
            labels: [.primary(Span(start: 231, end: 241), "mutable borrow occurs here"),
                     .secondary(Span(start: 220, end: 221), "immutable borrow occurs here"),
                     .secondary(Span(start: 220, end: 228), "immutable borrow later used here")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.o) == """
            error[E0502]: cannot borrow `*x` as mutable because it is also borrowed as immutable
             --> o.rs:7:50
              |
            7 | pub fn g(x: &mut Vec<i32>) { for i in x.iter() { x.push(*i); } }
              |                                       --------   ^^^^^^^^^^ mutable borrow occurs here
              |                                       |
              |                                       immutable borrow occurs here
              |                                       immutable borrow later used here


            """)
    }

    @Test func distantLabelsAreSeparatedByEllipsis() {
        let diagnostic = Diagnostic(
            level: .error, message: "the name `A` is defined multiple times", code: "E0428",
            labels: [.primary(Span(start: 54, end: 63), "`A` redefined here"),
                     .secondary(Span(start: 33, end: 42), "previous definition of the type `A` here")],
            children: [Diagnostic(level: .note, message: "`A` must be defined only once in the type namespace of this module")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.b) == """
            error[E0428]: the name `A` is defined multiple times
             --> b.rs:5:1
              |
            2 | struct A;
              | --------- previous definition of the type `A` here
            ...
            5 | struct A;
              | ^^^^^^^^^ `A` redefined here
              |
              = note: `A` must be defined only once in the type namespace of this module


            """)
    }

    @Test func adjacentLinesAndRightAlignedLineNumbers() {
        let diagnostic = Diagnostic(
            level: .error, message: "the name `A` is defined multiple times", code: "E0428",
            labels: [.primary(Span(start: 18, end: 27), "`A` redefined here"),
                     .secondary(Span(start: 8, end: 17), "previous definition of the type `A` here")],
            children: [Diagnostic(level: .note, message: "`A` must be defined only once in the type namespace of this module")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.g) == """
            error[E0428]: the name `A` is defined multiple times
              --> g.rs:10:1
               |
             9 | struct A;
               | --------- previous definition of the type `A` here
            10 | struct A;
               | ^^^^^^^^^ `A` redefined here
               |
               = note: `A` must be defined only once in the type namespace of this module


            """)
    }

    @Test func multiLineSpanStartingAtIndentationWithLabelledNote() {
        let diagnostic = Diagnostic(
            level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
            labels: [.primary(Span(start: 41, end: 93))],
            children: [Diagnostic(level: .note, message: "the lint level is defined here",
                                  labels: [.primary(Span(start: 10, end: 21))])])
        #expect(renderer.render(diagnostic, in: RustcFixtures.a) == """
            error: usage of an `unsafe` block
             --> a.rs:3:5
              |
            3 | /     unsafe {
            4 | |         let x = 1;
            5 | |         let y = 2;
            6 | |     }
              | |_____^
              |
            note: the lint level is defined here
             --> a.rs:1:11
              |
            1 | #![forbid(unsafe_code)]
              |           ^^^^^^^^^^^


            """)
    }

    @Test func multiLineSpanStartingAfterCode() {
        let diagnostic = Diagnostic(
            level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
            labels: [.primary(Span(start: 55, end: 88))],
            children: [Diagnostic(level: .note, message: "the lint level is defined here",
                                  labels: [.primary(Span(start: 10, end: 21))])])
        // Line 4 of c.rs ends with a space, which rustc keeps.
        #expect(renderer.render(diagnostic, in: RustcFixtures.c) == """
            error: usage of an `unsafe` block
             --> c.rs:2:32
              |
            2 |   pub fn f() -> i32 { let a = 1; unsafe {
              |  ________________________________^
            3 | |         let x = 1;
            4 | |     }\u{20}
              | |_____^
              |
            note: the lint level is defined here
             --> c.rs:1:11
              |
            1 | #![forbid(unsafe_code)]
              |           ^^^^^^^^^^^


            """)
    }

    @Test func longMultiLineSpanElidesItsMiddle() {
        let diagnostic = Diagnostic(level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
                                    labels: [.primary(Span(start: 142, end: 525))])
        #expect(renderer.render(diagnostic, in: RustcFixtures.c) == """
            error: usage of an `unsafe` block
              --> c.rs:10:5
               |
            10 | /     unsafe {
            11 | |         let a1 = 1;
            12 | |         let a2 = 1;
            13 | |         let a3 = 1;
            ...  |
            28 | |         let a18 = 1;
            29 | |     }
               | |_____^


            """)
    }

    @Test func multiLineSpanWithLabelAndDistantSingleLineLabel() {
        let diagnostic = Diagnostic(
            level: .error, message: "`if` may be missing an `else` clause", code: "E0317",
            labels: [.primary(Span(start: 94, end: 119), "expected `i32`, found `()`"),
                     .secondary(Span(start: 38, end: 41), "expected `i32` because of this return type")],
            children: [
                Diagnostic(level: .note, message: "`if` expressions without `else` evaluate to `()`"),
                Diagnostic(level: .help, message: "consider adding an `else` block that evaluates to the expected type"),
            ])
        #expect(renderer.render(diagnostic, in: RustcFixtures.c) == """
            error[E0317]: `if` may be missing an `else` clause
             --> c.rs:5:5
              |
            2 |   pub fn f() -> i32 { let a = 1; unsafe {
              |                 --- expected `i32` because of this return type
            ...
            5 | /     if true {
            6 | |         1
            7 | |     }
              | |_____^ expected `i32`, found `()`
              |
              = note: `if` expressions without `else` evaluate to `()`
              = help: consider adding an `else` block that evaluates to the expected type


            """)
    }

    @Test func secondaryMultiLineSpanWithLabelsInside() {
        let diagnostic = Diagnostic(
            level: .error, message: "`if` and `else` have incompatible types", code: "E0308",
            labels: [.primary(Span(start: 77, end: 80), "expected integer, found `&str`"),
                     .secondary(Span(start: 54, end: 55), "expected because of this"),
                     .secondary(Span(start: 39, end: 86), "`if` and `else` have incompatible types")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.h) == """
            error[E0308]: `if` and `else` have incompatible types
             --> h.rs:5:9
              |
            2 |       let x = if c {
              |  _____________-
            3 | |         1
              | |         - expected because of this
            4 | |     } else {
            5 | |         "a"
              | |         ^^^ expected integer, found `&str`
            6 | |     };
              | |_____- `if` and `else` have incompatible types


            """)
    }

    @Test func elisionInsideMultiLineSpanKeepsItsBar() {
        let diagnostic = Diagnostic(
            level: .error, message: "`match` arms have incompatible types", code: "E0308",
            labels: [.primary(Span(start: 276, end: 282), "expected integer, found `&str`"),
                     .secondary(Span(start: 210, end: 211), "this is found to be of type `{integer}`"),
                     .secondary(Span(start: 170, end: 298), "`match` arms have incompatible types")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.h) == """
            error[E0308]: `match` arms have incompatible types
              --> h.rs:17:13
               |
            11 |       let z = match c {
               |  _____________-
            12 | |         true => {
            13 | |             1
               | |             - this is found to be of type `{integer}`
            ...  |
            17 | |             "long"
               | |             ^^^^^^ expected integer, found `&str`
            18 | |         }
            19 | |     };
               | |_____- `match` arms have incompatible types


            """)
    }

    @Test func nestedMultiLineSpans() {
        // Spans of different depths; rustc's output for the same byte ranges
        // (reported from a procedural macro, which can emit arbitrary spans).
        let file = SourceFile(path: "t1.rs", text: """
            marks::marks! {
                __a fn f() {
                    __b let x = 1;
                    let y = 2; _end
                    let z = 3;
                } _end
                __c let w = 4; _end
                let q = __d 5 + 6 _end + __e 7 _end;
                __f foo(
                    bar, baz _end
                ); __empty x
            }

            """)
        let diagnostic = Diagnostic(
            level: .error, message: "marks",
            labels: [.primary(Span(start: 24, end: 98)), .primary(Span(start: 45, end: 74)),
                     .primary(Span(start: 118, end: 128)), .primary(Span(start: 150, end: 155)),
                     .primary(Span(start: 167, end: 168)), .primary(Span(start: 183, end: 204)),
                     .primary(Span(start: 225, end: 225))])
        #expect(renderer.render(diagnostic, in: file) == """
            error: marks
              --> t1.rs:2:9
               |
             2 |        __a fn f() {
               |  __________^
             3 | |          __b let x = 1;
               | | _____________^
             4 | ||         let y = 2; _end
               | ||__________________^
             5 | |          let z = 3;
               | |___________________^
             6 |        } _end
             7 |        __c let w = 4; _end
               |            ^^^^^^^^^^
             8 |        let q = __d 5 + 6 _end + __e 7 _end;
               |                    ^^^^^            ^
             9 |        __f foo(
               |   _________^
            10 |  |         bar, baz _end
               |  |________________^
            11 |        ); __empty x
               |                   ^


            """)
    }

    @Test func tabsAreFourColumnsWide() {
        // Line 2 of j.rs is `\tlet x: u8 = "ta\tb";`: a tab before and one inside the span.
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 26, end: 32), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 21, end: 23), "expected due to this")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.j) == """
            error[E0308]: mismatched types
             --> j.rs:2:14
              |
            2 |     let x: u8 = "ta    b";
              |            --   ^^^^^^^^^ expected `u8`, found `&str`
              |            |
              |            expected due to this


            """)
    }

    @Test func wideCharactersAreTwoColumnsWide() {
        // The `-->` column counts scalars (名前 is two); the underline counts screen columns.
        let cjk = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 74, end: 85), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 69, end: 71), "expected due to this")])
        #expect(renderer.render(cjk, in: RustcFixtures.j) == """
            error[E0308]: mismatched types
             --> j.rs:4:18
              |
            4 |     let 名前: u8 = "日本語";
              |               --   ^^^^^^^^ expected `u8`, found `&str`
              |               |
              |               expected due to this


            """)
        let emoji = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 155, end: 165), "expected `u32`, found `&str`"),
                     .secondary(Span(start: 149, end: 152), "expected due to this")])
        #expect(renderer.render(emoji, in: RustcFixtures.b) == """
            error[E0308]: mismatched types
              --> b.rs:10:18
               |
            10 |     let z: u32 = "🦀🦀";
               |            ---   ^^^^^^ expected `u32`, found `&str`
               |            |
               |            expected due to this


            """)
    }

    @Test func controlAndZeroWidthCharactersAreShownAsRustcDoes() {
        // \u{1} and \u{1B} become control pictures, the zero-width joiner is dropped,
        // the combining accent and zero-width space take no column.
        let diagnostic = Diagnostic(
            level: .error, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 30, end: 49), "expected `u32`, found `&str`"),
                     .secondary(Span(start: 24, end: 27), "expected due to this")])
        #expect(renderer.render(diagnostic, in: RustcFixtures.e) == """
            error[E0308]: mismatched types
             --> e.rs:2:18
              |
            2 |     let x: u32 = "a\u{2401}b\u{241B} cd\u{301}e\u{200B}f";
              |            ---   ^^^^^^^^^^^ expected `u32`, found `&str`
              |            |
              |            expected due to this


            """)
    }

    @Test func spanlessNoteThenLabelledNote() {
        let diagnostic = Diagnostic(
            level: .error, message: "literal out of range for `u8`", code: "overflowing_literals",
            labels: [.primary(Span(start: 135, end: 138))],
            children: [
                Diagnostic(level: .note, message: "the literal `300` does not fit into the type `u8` whose range is `0..=255`"),
                Diagnostic(level: .note, message: "the lint level is defined here", labels: [.primary(Span(start: 25, end: 45))]),
            ])
        #expect(renderer.render(diagnostic, in: RustcFixtures.d) == """
            error: literal out of range for `u8`
             --> d.rs:5:18
              |
            5 |     let _x: u8 = 300;
              |                  ^^^
              |
              = note: the literal `300` does not fit into the type `u8` whose range is `0..=255`
            note: the lint level is defined here
             --> d.rs:1:26
              |
            1 | #![deny(unused_must_use, overflowing_literals, while_true)]
              |                          ^^^^^^^^^^^^^^^^^^^^


            """)
    }

    @Test func helpWithSpanAndLabel() {
        let diagnostic = Diagnostic(
            level: .error, message: "use of `unsafe`", code: "plrust_unsafe",
            labels: [.primary(Span(start: 109, end: 115), "not allowed here")],
            children: [
                Diagnostic(level: .help, message: "remove the block", labels: [.primary(Span(start: 109, end: 118), "this one")]),
                Diagnostic(level: .note, message: "`#[forbid(plrust_unsafe)]` on by default"),
            ])
        #expect(renderer.render(diagnostic, in: RustcFixtures.a) == """
            error: use of `unsafe`
             --> a.rs:8:14
              |
            8 | pub fn g() { unsafe {} }
              |              ^^^^^^ not allowed here
              |
            help: remove the block
             --> a.rs:8:14
              |
            8 | pub fn g() { unsafe {} }
              |              ^^^^^^^^^ this one
              = note: `#[forbid(plrust_unsafe)]` on by default


            """)
    }

    @Test func onlyErrorCodesAppearInTheHeader() {
        let file = SourceFile(path: "lib.rs", text: "let x = 1;\n")
        let lint = Diagnostic(level: .error, message: "m", code: "plrust_leaky", labels: [.primary(Span(start: 4, end: 5))])
        #expect(renderer.render(lint, in: file).hasPrefix("error: m\n"))
        let coded = Diagnostic(level: .warning, message: "m", code: "E0599", labels: [.primary(Span(start: 4, end: 5))])
        #expect(renderer.render(coded, in: file).hasPrefix("warning[E0599]: m\n"))
        for notACode in ["E059", "E05999", "e0599", "X0599", "E05a9", ""] {
            let other = Diagnostic(level: .error, message: "m", code: notACode)
            #expect(renderer.render(other, in: file) == "error: m\n\n")
        }
    }

    @Test func diagnosticWithoutLabels() {
        let file = SourceFile(path: "lib.rs", text: "")
        #expect(renderer.render(Diagnostic(level: .error, message: "no input"), in: file) == "error: no input\n\n")
        // With children, rustc still draws the bar leading to them (gutter width 1).
        let withNote = Diagnostic(level: .error, message: "no input").with(note: "first").with(help: "second")
        #expect(renderer.render(withNote, in: file) == """
            error: no input
              |
              = note: first
              = help: second


            """)
    }

    @Test func multiLineMessagesAreAligned() {
        let file = SourceFile(path: "lib.rs", text: "let x = 1;\n")
        let diagnostic = Diagnostic(level: .error, message: "first\nsecond", code: "E0001",
                                    labels: [.primary(Span(start: 4, end: 5))])
            .with(note: "note line\nnext line")
        #expect(renderer.render(diagnostic, in: file) == """
            error[E0001]: first
                          second
             --> lib.rs:1:5
              |
            1 | let x = 1;
              |     ^
              |
              = note: note line
                      next line


            """)
    }

    @Test func summaryLines() {
        #expect(renderer.summary(errors: 0, warnings: 0) == "")
        #expect(renderer.summary(errors: 1, warnings: 0) == "error: aborting due to 1 previous error\n\n")
        #expect(renderer.summary(errors: 2, warnings: 0) == "error: aborting due to 2 previous errors\n\n")
        #expect(renderer.summary(errors: 2, warnings: 4) == "error: aborting due to 2 previous errors; 4 warnings emitted\n\n")
        #expect(renderer.summary(errors: 1, warnings: 1) == "error: aborting due to 1 previous error; 1 warning emitted\n\n")
        #expect(renderer.summary(errors: 0, warnings: 1) == "warning: 1 warning emitted\n\n")
        #expect(renderer.summary(errors: 0, warnings: 2) == "warning: 2 warnings emitted\n\n")
    }
}
