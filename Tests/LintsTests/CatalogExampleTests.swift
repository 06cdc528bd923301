import Diagnostics
import Testing
import BuiltinLintCatalog
@testable import Lints
@testable import RustSyntax

/// Every example in every catalog entry, as a test case: "NAME #N".
private let examples: [(lint: String, index: Int, example: LintDefinition.Example)] = {
    guard case .success(let catalog) = LintCatalog.builtin() else { return [] }
    return catalog.lints.flatMap { lint in lint.examples.enumerated().map { (lint.name, $0.offset, $0.element) } }
}()

@Suite("Catalog examples")
struct CatalogExampleTests {
    @Test func thereAreExamples() {
        #expect(examples.count >= 60)
    }

    @Test(arguments: examples.indices)
    func exampleBehavesAsDocumented(_ number: Int) throws {
        let (name, index, example) = examples[number]
        let catalog = try LintCatalog.builtin().get()
        let engine = try LintEngine(catalog: catalog)
        let source = SourceFile(path: "\(name).rs", text: example.code)
        let tree = RustParser.parse(source, mode: .body)
        #expect(tree.diagnostics.isEmpty, "\(name) example \(index) does not parse: \(tree.diagnostics.map(\.message))")
        let diagnostics = engine.lint(tree)
        let fired = diagnostics.contains { $0.code == name }
        #expect(fired == example.fires,
                "\(name) example \(index) should \(example.fires ? "" : "not ")fire; got \(diagnostics.map { "\($0.code ?? "error"): \($0.message)" })")
        // A non-lint error (a macro that cannot be expanded) is never expected in the catalog.
        #expect(!diagnostics.contains { $0.code == nil }, "\(name) example \(index): \(diagnostics.map(\.message))")
    }

    @Test func everyCodeLintHasAnEntryAndEveryEntryACheck() throws {
        let catalog = try LintCatalog.builtin().get()
        let codeEntries = Set(catalog.lints.filter(\.isCode).map(\.name))
        let checks = Set(CodeLints.all.map { type(of: $0).name })
        #expect(codeEntries == checks)
    }
}
