import Diagnostics
import Testing
@testable import RustSyntax

@Suite("Lexer")
struct LexerTests {
    @Test func punctuationIsOneCharacterPerTokenWithJointness() {
        let tree = parse("a::b -> c >>= d", mode: .crate)
        let kinds = tree.tokens.dropLast().map(\.kind)
        #expect(kinds == [.ident, .colon, .colon, .ident, .minus, .gt, .ident, .gt, .gt, .eq, .ident])
        let joint = tree.tokens.dropLast().map(\.isJoint)
        #expect(joint == [false, true, false, false, true, false, false, true, true, false, false])
    }

    @Test func commentsBetweenPunctuationBreakJointness() {
        let tree = parse(":/* */:")
        #expect(tree.tokens[0].isJoint == false)
    }

    @Test(arguments: [
        ("'a'", TokenKind.char), ("'\\''", .char), ("'}'", .char), ("'\\u{7FFF}'", .char), ("'é'", .char),
        ("b'}'", .byte), ("b'\\xff'", .byte), ("\"a}\\\"\"", .string), ("r\"}\"", .rawString),
        ("r##\"a\"#}\"##", .rawString), ("b\"x\\x80\"", .byteString), ("br#\"}\"#", .rawByteString),
        ("c\"hi\"", .cString), ("cr#\"}\"#", .rawCString), ("1_000u32", .integer), ("0xFF_u8", .integer),
        ("0o17", .integer), ("0b1010", .integer), ("1.5e-3f64", .float), ("2.", .float), ("1e10", .float),
    ])
    func literalsLexAsOneToken(text: String, kind: TokenKind) {
        let tree = parse(text)
        #expect(tree.tokens.count == 2, "\(text) lexed as \(tree.tokens.map(\.kind))")
        #expect(tree.tokens.first?.kind == kind)
        #expect(tree.diagnostics.isEmpty, "\(messages(tree))")
    }

    @Test func lifetimesAndLabels() {
        #expect(tokenKinds("'a: loop { break 'a; }") == [.lifetime, .colon, .kwLoop, .openBrace, .kwBreak, .lifetime, .semicolon, .closeBrace])
        #expect(tokenKinds("&'static str") == [.and, .lifetime, .ident])
        #expect(tokenKinds("'_") == [.lifetime])
    }

    @Test func rawIdentifiersAndLifetimes() {
        let tree = parse("r#try r#fn 'r#a")
        #expect(tree.tokens.dropLast().map(\.kind) == [.ident, .ident, .lifetime])
        #expect(tree.tokens.dropLast().allSatisfy { $0.flags.contains(.raw) })
        // Before 2021 a raw lifetime is a lifetime, `#` and an identifier.
        #expect(tokenKinds("'r#a", edition: .e2018) == [.lifetime, .pound, .ident])
        #expect(messages(parse("r#self")).contains("`self` cannot be a raw identifier"))
    }

    @Test func tupleIndexesAreSplit() {
        #expect(tokenKinds("x.0.1") == [.ident, .dot, .integer, .dot, .integer])
        let tree = parse("x.0.1")
        #expect(tree.tokens[2].flags.contains(.splitNumber))
        // After `..` a float stays a float.
        #expect(tokenKinds("a..0.5") == [.ident, .dot, .dot, .float])
        // `1.foo()` and `1..2` keep the integer.
        #expect(tokenKinds("1.foo()") == [.integer, .dot, .ident, .openParen, .closeParen])
        #expect(tokenKinds("1..2") == [.integer, .dot, .dot, .integer])
    }

    @Test func nestedBlockCommentsAndDocComments() {
        let tree = parse("/* a /* } */ b */ x /// doc\n//! inner\n/** block */ /*! inner block */ //// not doc\n/**/ /***/")
        let kinds = tree.tokens.dropLast().map(\.kind)
        #expect(kinds == [.ident, .docComment, .docComment, .docComment, .docComment])
        let flags = tree.tokens.dropLast().dropFirst().map(\.flags)
        #expect(flags.map { $0.contains(.innerDoc) } == [false, true, false, true])
        #expect(flags.map { $0.contains(.blockDoc) } == [false, false, true, true])
    }

    @Test(arguments: [Edition.e2015, .e2018, .e2021, .e2024])
    func keywordsDependOnEdition(edition: Edition) {
        let kinds = tokenKinds("async await dyn try gen union", edition: edition)
        let expected: [TokenKind] = [
            edition >= .e2018 ? .kwAsync : .ident,
            edition >= .e2018 ? .kwAwait : .ident,
            edition >= .e2018 ? .kwDyn : .ident,
            edition >= .e2018 ? .kwTry : .ident,
            edition >= .e2024 ? .kwGen : .ident,
            .ident,
        ]
        #expect(kinds == expected)
    }

    @Test func cStringsExistFrom2021() {
        #expect(tokenKinds("c\"x\"", edition: .e2018) == [.ident, .string])
        #expect(tokenKinds("c\"x\"", edition: .e2021) == [.cString])
    }

    @Test func reservedPrefixesFrom2021() {
        #expect(messages(parse("m!(k#x)", edition: .e2021)).contains("prefix `k` is unknown"))
        #expect(parse("m!(k#x)", edition: .e2018).diagnostics.isEmpty)
    }

    @Test func guardedStringsAreReservedIn2024() {
        #expect(!parse("m!(#\"x\"#)", edition: .e2024).diagnostics.isEmpty)
        #expect(parse("m!(#\"x\"#)", edition: .e2021).diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("\"abc", "unterminated double quote string"),
        ("/* never closed", "unterminated block comment"),
        ("'ab'", "character literal may only contain one codepoint"),
        ("r#\"abc\"", "unterminated raw string"),
        ("\"\\q\"", "unknown character escape: `q`"),
        ("'\\x80'", "out of range hex escape: must be a character in the range [\\x00-\\x7f]"),
        ("\"\\u{110000}\"", "invalid unicode character escape"),
        ("b'é'", "non-ASCII character in byte literal"),
        ("c\"a\\0\"", "null characters in C string literals are not supported"),
        ("0b102", "invalid digit for a base 2 literal"),
        ("1e", "expected at least one digit in exponent"),
        ("0x", "no valid digits found for number"),
        ("€", "unknown start of token: €"),
        ("''", "empty character literal"),
        ("'\t'", "character constant must be escaped: `\\t`"),
    ])
    func malformedInputIsReportedNotCrashed(text: String, message: String) {
        let tree = parse(text)
        #expect(messages(tree).contains(message), "got \(messages(tree))")
    }

    @Test func invalidUTF8IsReported() {
        let file = SourceFile(path: "bad.rs", bytes: [0x6C, 0x65, 0x74, 0x20, 0xFF, 0xFE, 0x3B])
        let tree = RustParser.parse(file)
        #expect(messages(tree).contains("source text is not valid UTF-8"))
    }

    @Test func shebangIsSkippedInCrateFilesOnly() {
        #expect(parse("#!/usr/bin/env run\nfn main() {}", mode: .crate).diagnostics.isEmpty)
        // `#![…]` is an inner attribute, not a shebang.
        #expect(rootKinds(parse("#![allow(x)]\nfn main() {}", mode: .crate)) == [.attr, .fn])
    }

    @Test func shebangFollowsRustcsRule() {
        // After `#!`, rustc skips whitespace and ordinary comments (`/**/`, `/***`,
        // `////` are ordinary) and looks for `[`; only then is the line code.
        #expect(messages(parse("#!/**/[a] }\n", mode: .crate)) == ["unexpected closing delimiter: `}`"])
        #expect(messages(parse("#!/***/[a] }\n", mode: .crate)) == ["unexpected closing delimiter: `}`"])
        #expect(messages(parse("#!\u{2028}[a] }\n", mode: .crate)) == ["unexpected closing delimiter: `}`"])
        #expect(parse("#!////\n[allow(x)] fn f() {}", mode: .crate).diagnostics.isEmpty)
        // A doc comment is a token: the line is a shebang.
        #expect(parse("#!/// x\nfn f() {}", mode: .crate).diagnostics.isEmpty)
        #expect(parse("#!/usr/bin/env run-cargo-script } {\nfn f() {}", mode: .crate).diagnostics.isEmpty)
        // U+00A0 is not whitespace to rustc: it is a token, so the line is a shebang.
        #expect(parse("#!\u{A0}[allow(x)] }\nfn f() {}", mode: .crate).diagnostics.isEmpty)
    }

    @Test func byteOrderMarkIsIgnored() {
        let file = SourceFile(path: "bom.rs", bytes: [0xEF, 0xBB, 0xBF] + Array("fn f() {}".utf8))
        let tree = RustParser.parse(file, mode: .crate)
        #expect(tree.diagnostics.isEmpty)
        #expect(file.location(ofByte: 3) == SourceLocation(line: 1, column: 1))
    }

    @Test func crlfLineEndingsAreAccepted() {
        let tree = parse("let s = \"a\r\nb\";\r\nlet c = 'x';\r\n")
        #expect(tree.diagnostics.isEmpty, "\(messages(tree))")
        #expect(messages(parse("let s = \"a\rb\";")).contains("bare CR not allowed in string literal"))
    }

    @Test func unicodeIdentifiers() {
        let tree = parse("let café = 1; let 変数 = café;")
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.tokens.filter { $0.kind == .ident }.count == 3)
    }
}
