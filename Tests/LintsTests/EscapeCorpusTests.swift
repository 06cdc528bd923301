import BuiltinLintCatalog
import Dependencies
import Diagnostics
import Foundation
import Testing
@testable import Lints
@testable import RustSyntax

/// Every body of `Tests/EscapeCorpus` (escapes found by red-team passes, and
/// the attempts they made that were refused) must stay refused by the lints.
@Suite("Escape corpus")
struct EscapeCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("EscapeCorpus")

    static func bodies(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".rs") }.sorted()
    }

    static func errors(_ file: URL, allowList: AllowList? = nil) throws -> [Diagnostic] {
        let engine = try LintEngine(catalog: try LintCatalog.builtin().get())
        let source = SourceFile(path: file.lastPathComponent, bytes: Array(try Data(contentsOf: file)))
        return withLargeStack { SourceLinter(engine: engine, allowList: allowList).check(source) }.filter { $0.level == .error }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.bodies(in: Self.directory).count >= 100)
        #expect(Self.bodies(in: Self.directory.appendingPathComponent("allow-list")).count >= 20)
    }

    @Test(arguments: bodies(in: directory))
    func refused(_ name: String) throws {
        #expect(!(try Self.errors(Self.directory.appendingPathComponent(name))).isEmpty, "\(name) passes the lints")
    }

    /// With no allow-list (any crate may be named): what the body writes for a dependency's macros to read is checked.
    @Test(arguments: bodies(in: directory.appendingPathComponent("with-dependencies")))
    func refusedWhateverTheDependencies(_ name: String) throws {
        let file = Self.directory.appendingPathComponent("with-dependencies").appendingPathComponent(name)
        #expect(!(try Self.errors(file)).isEmpty, "\(name) passes the lints")
    }

    @Test(arguments: bodies(in: directory.appendingPathComponent("allow-list")))
    func refusedByTheAllowList(_ name: String) throws {
        let folder = Self.directory.appendingPathComponent("allow-list")
        let list = try AllowList(parsing: Array(try Data(contentsOf: folder.appendingPathComponent("deps_allow.toml"))))
        #expect(!(try Self.errors(folder.appendingPathComponent(name), allowList: list)).isEmpty, "\(name) passes the allow-list")
    }
}
