import Foundation
import Testing

@Suite("plrustc lint, lints, explain")
struct LintCommandTests {
    @Test func cleanBodyExitsZero() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", "let v = vec![1, 2];\nOk(Some(v.len() as i64))\n")
        let result = try Plrustc.run(["lint", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    @Test func violationExitsOneWithRustcLayout() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "let x = unsafe { 1 };\nOk(Some(x))\n")
        let result = try Plrustc.run(["lint", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: usage of an `unsafe` block\n --> \(path):1:9\n"))
        #expect(result.stderr.contains("= note: `#[forbid(unsafe_code)]` on by default"))
        #expect(result.stderr.hasSuffix("error: aborting due to 1 previous error\n\n"))
    }

    @Test func syntaxErrorsComeFirstAndExitOne() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "let x = ;\n")
        let result = try Plrustc.run(["lint", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("expected expression"))
    }

    @Test func jsonPutsTheLintNameInCode() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "std::mem::forget(1);\nOk(None)\n")
        let result = try Plrustc.run(["lint", "--error-format=json", path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect((object?["code"] as? [String: Any])?["code"] as? String == "plrust_leaky")
        let span = (object?["spans"] as? [[String: Any]])?.first
        #expect(span?["line_start"] as? Int == 1)
        #expect(span?["column_start"] as? Int == 1)
    }

    @Test func sarifIsOneDocumentOnStdout() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "println!(\"x\");\nOk(None)\n")
        let result = try Plrustc.run(["lint", "--error-format", "sarif", path])
        #expect(result.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(document?["version"] as? String == "2.1.0")
        let run = (document?["runs"] as? [[String: Any]])?.first
        let results = run?["results"] as? [[String: Any]]
        #expect(results?.first?["ruleId"] as? String == "plrust_print_macros")
        let rules = ((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.contains { $0["id"] as? String == "unsafe_code" } == true)
    }

    @Test func lintsNarrowsAndRejectsUnknownNames() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("bad.rs", "std::mem::forget(1);\nOk(None)\n")
        #expect(try Plrustc.run(["lint", "--lints", "unsafe_code", path]).status == 0)
        #expect(try Plrustc.run(["lint", "--lints", "unsafe_code,plrust_leaky", path]).status == 1)
        let unknown = try Plrustc.run(["lint", "--lints", "no_such_lint", path])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "error: unknown lint `no_such_lint` (see `plrustc lints`)\n")
    }

    @Test func runtimeCatalogAddsRulesWithoutRebuilding() throws {
        let directory = try TemporaryDirectory()
        try directory.file("catalog/no_clock.toml", """
            name = "site_no_clock"
            summary = "the wall clock"
            message = "`{name}` reads the wall clock"
            help = "take the time as an argument"
            explanation = "Functions here must be deterministic."
            [rules]
            paths = ["std::time::SystemTime::now"]
            [[examples]]
            fires = true
            code = "let t = std::time::SystemTime::now();"
            [[examples]]
            fires = false
            code = "let now = 1;"
            """)
        let body = try directory.file("t.rs", "use std::time;\nlet t = time::SystemTime::now();\nOk(None)\n")
        let catalog = directory.url.appendingPathComponent("catalog").path
        #expect(try Plrustc.run(["lint", body]).status == 0)
        let result = try Plrustc.run(["lint", "--catalog", catalog, body])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: `time::SystemTime::now` reads the wall clock"))
        #expect(try Plrustc.run(["lints", "--catalog", catalog]).stdout.contains("site_no_clock"))
        try directory.file("catalog/broken.toml", "name = ")
        let broken = try Plrustc.run(["lint", "--catalog", catalog, body])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("error: invalid lint catalog entry"))
        #expect(broken.stderr.split(separator: "\n").count == 1)
    }

    @Test func lintsListsEveryLint() throws {
        let table = try Plrustc.run(["lints"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("NAME"))
        #expect(table.stdout.contains("plrust_leaky"))
        let json = try Plrustc.run(["lints", "--format", "json"])
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((items?.count ?? 0) >= 21)
        #expect(items?.contains { $0["name"] as? String == "unsafe_code" && $0["kind"] as? String == "code" } == true)
    }

    @Test func explainShowsTheEntry() throws {
        let result = try Plrustc.run(["explain", "plrust_leaky"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Why: a function runs inside a PostgreSQL backend"))
        #expect(result.stdout.contains("Triggers on:"))
        #expect(result.stdout.contains("Does not trigger on:"))
        #expect(try Plrustc.run(["explain", "nope"]).status == 2)
        #expect(try Plrustc.run(["explain"]).status == 2)
    }
}
