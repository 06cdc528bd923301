import Foundation
import Testing

/// Verdicts that need the real lexer and parser (RustSyntax, being written on
/// its own branch). Against the placeholder parser, which reports no syntax
/// errors, these fail; they pass once the parser lands.
@Suite("Syntax errors (need the real parser)") struct SyntaxErrorTests {
    @Test func aSyntaxErrorExitsOneWithLocation() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "let x = 1;\nlet y = x + ;\n")
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error"))
        #expect(result.stderr.contains("\(path):2:"))
        #expect(result.stderr.contains("aborting due to"))
    }

    @Test(arguments: ["syntax_error.rs", "brace_injection.rs"])
    func theRejectedExamplesExitOne(name: String) throws {
        let result = try Plrustc.run(["parse", Plrustc.example(name)])
        #expect(result.status == 1)
    }

    @Test func aBodyCannotCloseItsFunction() throws {
        let result = try Plrustc.run(["parse", "-"], stdin: "Ok(Some(1))\n}\nfn escaped() {\n")
        #expect(result.status == 1)
    }

    @Test func crateModeReportsItemErrors() throws {
        let result = try Plrustc.run(["parse", "--crate", "-"], stdin: "fn f( {\n")
        #expect(result.status == 1)
        let valid = try Plrustc.run(["parse", "--crate", "-"], stdin: "fn f() {}\nstruct S;\n")
        #expect(valid.status == 0)
    }

    @Test func theEditionDecidesWhatIsAKeyword() throws {
        let body = "let async = 1;\nOk(Some(async))\n"
        #expect(try Plrustc.run(["parse", "--edition", "2015", "-"], stdin: body).status == 0)
        #expect(try Plrustc.run(["parse", "--edition", "2018", "-"], stdin: body).status == 1)
    }

    @Test func jsonReportsTheSyntaxErrorPosition() throws {
        let result = try Plrustc.run(["parse", "--error-format=json", "-"], stdin: "let x = 1;\nlet y = x + ;\n")
        #expect(result.status == 1)
        let line = try #require(result.stderrLines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let spans = try #require(object["spans"] as? [[String: Any]])
        let primary = try #require(spans.first { $0["is_primary"] as? Bool == true })
        #expect(primary["line_start"] as? Int == 2)
        #expect(primary["file_name"] as? String == "<stdin>")
    }

    @Test func syntaxErrorsInSeveralFilesAreAllReported() throws {
        let directory = try TemporaryDirectory()
        let first = try directory.file("a.rs", "let = 1;\n")
        let second = try directory.file("b.rs", "let y = ;\n")
        let result = try Plrustc.run(["parse", first, second])
        #expect(result.status == 1)
        #expect(result.stderr.contains(first))
        #expect(result.stderr.contains(second))
    }
}
