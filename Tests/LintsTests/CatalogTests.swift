import Foundation
import Testing
import BuiltinLintCatalog
@testable import Lints

@Suite("Lint catalog")
struct CatalogTests {
    @Test func builtinCatalogLoads() throws {
        let catalog = try LintCatalog.builtin().get()
        let names = catalog.lints.map(\.name)
        for expected in ["plrust_async", "plrust_autotrait_impls", "plrust_closure_trait_impl", "plrust_env_macros",
                         "plrust_extern_blocks", "plrust_external_mod", "plrust_filesystem_macros", "plrust_fn_pointers",
                         "plrust_leaky", "plrust_lifetime_parameterized_traits", "plrust_print_macros",
                         "plrust_static_impls", "plrust_stdio", "plrust_suspicious_trait_object", "unsafe_code",
                         "plrust_asm", "plrust_filesystem", "plrust_process", "plrust_network", "plrust_environment",
                         "plrust_os"] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(names == names.sorted())
        let leaky = try #require(catalog.lint(named: "plrust_leaky"))
        #expect(leaky.paths.contains(["std", "mem", "forget"]))
        #expect(leaky.methods == ["leak", "into_raw", "into_raw_parts", "spare_capacity_mut"])
        #expect(leaky.level == .forbid)
        #expect(catalog.lint(named: "unsafe_code")?.isCode == true)
        #expect(catalog.lints.allSatisfy { $0.examples.contains(where: \.fires) && $0.examples.contains { !$0.fires } })
    }

    private func error(_ text: String) -> String? {
        if case .failure(let error) = LintCatalog.parse([(file: "x.toml", text: text)]) { return error.description }
        return nil
    }

    private let valid = """
        name = "my_lint"
        summary = "s"
        message = "m {name}"
        help = "h"
        explanation = "e"
        [rules]
        paths = ["core::fs::x"]
        [[examples]]
        fires = true
        code = "a"
        [[examples]]
        fires = false
        code = "b"
        """

    @Test func runtimeEntriesAreReadAndFolded() throws {
        let catalog = try LintCatalog.parse([(file: "x.toml", text: valid)]).get()
        #expect(catalog.lints.first?.paths == [["std", "fs", "x"]])
        #expect(catalog.lints.first?.kind == "path")
    }

    @Test func invalidEntriesAreConfigurationErrors() {
        #expect(error("name = ") == "x.toml:1: expected a value, found the end of the text")
        #expect(error(valid.replacingOccurrences(of: "summary = \"s\"\n", with: "")) == "x.toml: `summary` is missing")
        #expect(error(valid.replacingOccurrences(of: "my_lint", with: "My-Lint")) == "x.toml:1: lint names are snake_case: `My-Lint`")
        #expect(error("level = \"loud\"\n" + valid) == "x.toml:1: `level` must be one of forbid, deny, warn")
        #expect(error(valid.replacingOccurrences(of: "paths", with: "types")) == "x.toml:7: unknown rule kind `types` (paths, except, methods or macros)")
        #expect(error(valid.replacingOccurrences(of: "[\"core::fs::x\"]", with: "[\"fs\"]")) == "x.toml:7: `fs` is not a path like `std::mem::forget`")
        #expect(error(valid.replacingOccurrences(of: "paths = [\"core::fs::x\"]", with: "paths = [\"core::fs::x\"]\nexcept = [\"std::io\"]"))
                == "x.toml:8: `rules.except` entry `std::io` is not inside one of `rules.paths`")
        #expect(error("code = true\n" + valid)?.contains("only the built-in catalog can define those") == true)
        #expect(error("extra = 1\n" + valid) == "x.toml:1: unknown key `extra`")
        // Keys after `[[examples]]` belong to the example (TOML): an unknown one there is caught too.
        #expect(error(valid + "\nlevel = \"warn\"") == "x.toml:14: unknown key `level` in an example (only `code` and `fires`)")
        #expect(error(valid.replacingOccurrences(of: "fires = false", with: "fires = true"))?.contains("at least one example") == true)
    }

    @Test func duplicatesAreErrors() throws {
        let builtin = try LintCatalog.builtin().get()
        let clash = try LintCatalog.parse([(file: "x.toml", text: valid.replacingOccurrences(of: "my_lint", with: "plrust_leaky"))]).get()
        if case .failure(let error) = builtin.adding(clash) {
            #expect(error.message == "lint `plrust_leaky` is already defined by the built-in catalog")
        } else {
            Issue.record("a duplicate was accepted")
        }
    }
}
