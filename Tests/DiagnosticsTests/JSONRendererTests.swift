import Diagnostics
import Foundation
import Testing

@Suite struct JSONRendererTests {
    let renderer = JSONRenderer()

    /// Decodes one rendered line, failing the test if it is not a JSON object.
    private func decode(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func matchesRustcByteForByte() {
        // rustc's line for the first diagnostic of c.rs (a lint, so its explanation is null as ours).
        let diagnostic = Diagnostic(
            level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
            labels: [.primary(Span(start: 55, end: 88))],
            children: [Diagnostic(level: .note, message: "the lint level is defined here",
                                  labels: [.primary(Span(start: 10, end: 21))])])
        let rustc = #"""
            {"$message_type":"diagnostic","message":"usage of an `unsafe` block","code":{"code":"unsafe_code","explanation":null},"level":"error","spans":[{"file_name":"c.rs","byte_start":55,"byte_end":88,"line_start":2,"line_end":4,"column_start":32,"column_end":6,"is_primary":true,"text":[{"text":"pub fn f() -> i32 { let a = 1; unsafe {","highlight_start":32,"highlight_end":40},{"text":"        let x = 1;","highlight_start":1,"highlight_end":19},{"text":"    } ","highlight_start":1,"highlight_end":6}],"label":null,"suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[{"message":"the lint level is defined here","code":null,"level":"note","spans":[{"file_name":"c.rs","byte_start":10,"byte_end":21,"line_start":1,"line_end":1,"column_start":11,"column_end":22,"is_primary":true,"text":[{"text":"#![forbid(unsafe_code)]","highlight_start":11,"highlight_end":22}],"label":null,"suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[],"rendered":null}],"rendered":"error: usage of an `unsafe` block\n --> c.rs:2:32\n  |\n2 |   pub fn f() -> i32 { let a = 1; unsafe {\n  |  ________________________________^\n3 | |         let x = 1;\n4 | |     } \n  | |_____^\n  |\nnote: the lint level is defined here\n --> c.rs:1:11\n  |\n1 | #![forbid(unsafe_code)]\n  |           ^^^^^^^^^^^\n\n"}
            """#
        #expect(renderer.render(diagnostic, in: RustcFixtures.c) == rustc)
    }

    @Test func labelsAndZeroWidthSpansMatchRustc() throws {
        let diagnostic = Diagnostic(
            level: .error, message: "this file contains an unclosed delimiter",
            labels: [.secondary(Span(start: 11, end: 12), "unclosed delimiter"),
                     .primary(Span(start: 46, end: 46))])
        let rustcSpans = #"""
            "spans":[{"file_name":"m.rs","byte_start":11,"byte_end":12,"line_start":1,"line_end":1,"column_start":12,"column_end":13,"is_primary":false,"text":[{"text":"pub fn f() {","highlight_start":12,"highlight_end":13}],"label":"unclosed delimiter","suggested_replacement":null,"suggestion_applicability":null,"expansion":null},{"file_name":"m.rs","byte_start":46,"byte_end":46,"line_start":3,"line_end":3,"column_start":20,"column_end":20,"is_primary":true,"text":[{"text":"        let x = 1;","highlight_start":20,"highlight_end":20}],"label":null,"suggested_replacement":null,"suggestion_applicability":null,"expansion":null}]
            """#
        let line = renderer.render(diagnostic, in: RustcFixtures.m)
        #expect(line.contains(rustcSpans))
        #expect(line.hasPrefix(#"{"$message_type":"diagnostic","message":"this file contains an unclosed delimiter","code":null,"level":"error","spans":["#))
    }

    @Test func fieldsDecode() throws {
        let diagnostic = Diagnostic(
            level: .warning, message: "mismatched types", code: "E0308",
            labels: [.primary(Span(start: 74, end: 85), "expected `u8`, found `&str`"),
                     .secondary(Span(start: 69, end: 71), "expected due to this")],
            children: [Diagnostic(level: .help, message: "consider a byte string")])
        let line = renderer.render(diagnostic, in: RustcFixtures.j)
        #expect(!line.contains("\n"))
        let object = try decode(line)
        #expect(object["$message_type"] as? String == "diagnostic")
        #expect(object["message"] as? String == "mismatched types")
        #expect(object["level"] as? String == "warning")
        let code = try #require(object["code"] as? [String: Any])
        #expect(code["code"] as? String == "E0308")
        #expect(code["explanation"] is NSNull)
        #expect(object["rendered"] as? String == HumanRenderer().render(diagnostic, in: RustcFixtures.j))

        let spans = try #require(object["spans"] as? [[String: Any]])
        #expect(spans.count == 2)
        // The primary span covers `"日本語"`: 11 bytes, 5 scalars, columns 18..<23.
        let primary = spans[0]
        #expect(primary["file_name"] as? String == "j.rs")
        #expect(primary["byte_start"] as? Int == 74)
        #expect(primary["byte_end"] as? Int == 85)
        #expect(primary["line_start"] as? Int == 4)
        #expect(primary["line_end"] as? Int == 4)
        #expect(primary["column_start"] as? Int == 18)
        #expect(primary["column_end"] as? Int == 23)
        #expect(primary["is_primary"] as? Bool == true)
        #expect(primary["label"] as? String == "expected `u8`, found `&str`")
        #expect(primary["suggested_replacement"] is NSNull)
        #expect(primary["suggestion_applicability"] is NSNull)
        #expect(primary["expansion"] is NSNull)
        let text = try #require(primary["text"] as? [[String: Any]])
        #expect(text.count == 1)
        #expect(text.first?["text"] as? String == "    let 名前: u8 = \"日本語\";")
        #expect(text.first?["highlight_start"] as? Int == 18)
        #expect(text.first?["highlight_end"] as? Int == 23)
        #expect(spans[1]["is_primary"] as? Bool == false)
        #expect(spans[1]["column_start"] as? Int == 13)  // 名前 counts as two columns here, not four

        let children = try #require(object["children"] as? [[String: Any]])
        #expect(children.count == 1)
        #expect(children[0]["message"] as? String == "consider a byte string")
        #expect(children[0]["level"] as? String == "help")
        #expect(children[0]["code"] is NSNull)
        #expect((children[0]["spans"] as? [Any])?.isEmpty == true)
        #expect(children[0]["rendered"] is NSNull)
        #expect(children[0]["$message_type"] == nil)
    }

    @Test func keysAreInRustcOrder() {
        let file = SourceFile(path: "lib.rs", text: "x\n")
        let line = renderer.render(Diagnostic.error("m", at: Span(start: 0, end: 1), label: "l").with(note: "n"), in: file)
        let keys = ["\"$message_type\"", "\"message\"", "\"code\"", "\"level\"", "\"spans\"", "\"file_name\"",
                    "\"byte_start\"", "\"byte_end\"", "\"line_start\"", "\"line_end\"", "\"column_start\"",
                    "\"column_end\"", "\"is_primary\"", "\"text\"", "\"highlight_start\"", "\"highlight_end\"",
                    "\"label\"", "\"suggested_replacement\"", "\"suggestion_applicability\"", "\"expansion\"",
                    "\"children\"", "\"rendered\""]
        var searchFrom = line.startIndex
        for key in keys {
            let found = line.range(of: key, range: searchFrom..<line.endIndex)
            #expect(found != nil, "missing or out of order: \(key)")
            if let found { searchFrom = found.upperBound }
        }
    }

    @Test func multiLineSpanHasOneTextEntryPerLine() throws {
        let diagnostic = Diagnostic(level: .error, message: "usage of an `unsafe` block", code: "unsafe_code",
                                    labels: [.primary(Span(start: 41, end: 93))])
        let object = try decode(renderer.render(diagnostic, in: RustcFixtures.a))
        let span = try #require((object["spans"] as? [[String: Any]])?.first)
        #expect(span["line_start"] as? Int == 3)
        #expect(span["line_end"] as? Int == 6)
        #expect(span["column_start"] as? Int == 5)
        #expect(span["column_end"] as? Int == 6)
        let text = try #require(span["text"] as? [[String: Any]])
        #expect(text.map { $0["text"] as? String } == ["    unsafe {", "        let x = 1;", "        let y = 2;", "    }"])
        #expect(text.map { $0["highlight_start"] as? Int } == [5, 1, 1, 1])
        #expect(text.map { $0["highlight_end"] as? Int } == [13, 19, 19, 6])
    }

    @Test func stringsAreEscapedLikeRustc() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t return \r bell \u{07} unit \u{1F} delete \u{7F} é 名 🦀 \u{2028}"
        let file = SourceFile(path: "dir \"q\"\\lib.rs", text: "let s = \"\t\u{01}\";\n")
        let diagnostic = Diagnostic(level: .error, message: tricky, code: "a\"b",
                                    labels: [.primary(Span(start: 8, end: 12), tricky)])
        let line = renderer.render(diagnostic, in: file)
        // Short escapes where JSON has them, \u00xx (lower-case) for other control
        // characters, everything else (DEL, non-ASCII) as UTF-8.
        let escaped = #""quote \" backslash \\ newline \n tab \t return \r bell \u0007 unit \u001f delete "# + "\u{7F} é 名 🦀 \u{2028}\""
        #expect(line.contains(#""message":"# + escaped))
        #expect(line.contains(#""label":"# + escaped))
        #expect(line.contains(#""code":{"code":"a\"b","explanation":null}"#))
        #expect(line.contains(#""file_name":"dir \"q\"\\lib.rs""#))
        #expect(line.contains(#""text":"let s = \"\t\u0001\";""#))
        #expect(!line.contains("\n"))

        let object = try decode(line)
        #expect(object["message"] as? String == tricky)
        let span = try #require((object["spans"] as? [[String: Any]])?.first)
        #expect(span["label"] as? String == tricky)
        #expect(span["file_name"] as? String == "dir \"q\"\\lib.rs")
    }

    @Test func nestedChildrenAreKept() throws {
        let grandchild = Diagnostic(level: .note, message: "deeper")
        let child = Diagnostic(level: .note, message: "child", children: [grandchild])
        let line = renderer.render(Diagnostic(level: .error, message: "top", children: [child]),
                                   in: SourceFile(path: "lib.rs", text: ""))
        let object = try decode(line)
        let children = try #require(object["children"] as? [[String: Any]])
        let grandchildren = try #require(children.first?["children"] as? [[String: Any]])
        #expect(grandchildren.first?["message"] as? String == "deeper")
        #expect(grandchildren.first?["rendered"] is NSNull)
    }
}
