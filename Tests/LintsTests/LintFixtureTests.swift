import Diagnostics
import Foundation
import Testing
import BuiltinLintCatalog
@testable import Lints
@testable import RustSyntax

/// UI fixtures: every `Tests/LintFixtures/NAME.rs` (a PL/Rust body) is linted
/// and its full human output compared with `NAME.stderr`. With
/// `PLRUSTC_BLESS=1` (what `scripts/fixtures --bless` sets) the expected files
/// are rewritten instead; review the diff before committing it.
@Suite("Lint fixtures")
struct LintFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("LintFixtures")

    static let fixtures: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".rs") }.map { String($0.dropLast(3)) }.sorted()
    }()

    @Test func thereAreFixturesForEveryLint() throws {
        let catalog = try LintCatalog.builtin().get()
        for lint in catalog.lints {
            #expect(Self.fixtures.contains { $0.hasPrefix(lint.name) }, "no fixture for \(lint.name)")
        }
    }

    @Test(arguments: fixtures)
    func fixture(_ name: String) throws {
        let source = Self.directory.appendingPathComponent(name + ".rs")
        let expectedFile = Self.directory.appendingPathComponent(name + ".stderr")
        let bytes = Array(try Data(contentsOf: source))
        let file = SourceFile(path: "Tests/LintFixtures/\(name).rs", bytes: bytes)
        let engine = try LintEngine(catalog: try LintCatalog.builtin().get())
        let diagnostics = SourceLinter(engine: engine).check(file)
        let renderer = HumanRenderer(colors: false)
        let actual = diagnostics.map { renderer.render($0, in: file) }.joined()
            + renderer.summary(errors: diagnostics.filter { $0.level == .error }.count,
                               warnings: diagnostics.filter { $0.level == .warning }.count)
        if ProcessInfo.processInfo.environment["PLRUSTC_BLESS"] == "1" {
            try actual.write(to: expectedFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: expectedFile, encoding: .utf8)) ?? "(no \(name).stderr: run scripts/fixtures --bless)"
        #expect(actual == expected, "\(name).rs: output differs from \(name).stderr (scripts/fixtures --bless rewrites it)")
    }
}
