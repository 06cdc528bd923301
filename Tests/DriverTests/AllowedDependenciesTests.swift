import Foundation
import Testing

/// The allow-list on the command line: `allowed-dependencies`, and `lint` checking bodies against it.
@Suite("plrustc allowed-dependencies")
struct AllowedDependenciesTests {
    static let seedList = """
        rand = ">=0.8, <0.9"
        bitvec = [">=1, <2", "=0.2", { version = "=1.0.1", features = [ "alloc" ], default-features = false }]

        """

    @Test func listsTheSeedsExampleAsPLRustDoes() throws {
        let directory = try TemporaryDirectory()
        let list = try directory.file("allow.toml", Self.seedList)
        let result = try Plrustc.run(["allowed-dependencies", list])
        #expect(result.status == 0)
        #expect(result.stdout == """
            name   | version     | features | default_features
            -------+-------------+----------+-----------------
            bitvec | =0.2        | {}       | t
            bitvec | >=1, <2     | {}       | t
            bitvec | =1.0.1      | {alloc}  | f
            rand   | >=0.8, <0.9 | {}       | t
            (4 rows)

            """)
    }

    @Test func invalidOrMissingListsAreUsageErrors() throws {
        let directory = try TemporaryDirectory()
        let invalid = try directory.file("bad.toml", "rand = \"=0.8.5\"\nserde = \">1.1\"\n")
        let result = try Plrustc.run(["allowed-dependencies", invalid])
        #expect(result.status == 2)
        #expect(result.stderr == "error: invalid allow-list `\(invalid)`: line 2: `serde`: `>1.1` must be exact (`=1.2.3`), bounded (`>=1, <2`) or `*`\n")
        let body = try directory.file("body.rs", "[dependencies]\nrand = \"0.8.5\"\n[code]\nOk(None)\n")
        let missing = try Plrustc.run(["lint", "--allowed-dependencies", directory.path("none.toml"), body])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: couldn't read the allow-list"))
    }

    @Test func lintChecksDependenciesAgainstTheList() throws {
        let directory = try TemporaryDirectory()
        let list = try directory.file("allow.toml", Self.seedList)
        let allowed = try directory.file("ok.rs", "[dependencies]\nrand = \"0.8.5\"\n[code]\nOk(None)\n")
        #expect(try Plrustc.run(["lint", "--allowed-dependencies", list, allowed]).status == 0)
        let refused = try directory.file("no.rs", "[dependencies]\nserde = \"1.0.0\"\n[code]\nOk(None)\n")
        let result = try Plrustc.run(["lint", refused], environment: ["PLRUST_ALLOWED_DEPENDENCIES": list])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: the crate `serde` is not on the dependency allow-list\n --> \(refused):2:1"))
        // An empty file allows no dependency at all; no file allows any.
        let empty = try directory.file("empty.toml", "")
        #expect(try Plrustc.run(["lint", "--allowed-dependencies", empty, allowed]).status == 1)
        #expect(try Plrustc.run(["lint", allowed]).status == 0)
    }
}
