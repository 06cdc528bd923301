import Diagnostics
import Testing
@testable import Dependencies

@Suite("Semver")
struct SemverTests {
    /// (requirement, version, matches) — Cargo's rules, including pre-releases and 0.x carets.
    static let cases: [(String, String, Bool)] = [
        ("=1.2.3", "1.2.3", true), ("=1.2.3", "1.2.4", false), ("=0.2", "0.2.9", true), ("=0.2", "0.3.0", false),
        ("=1", "1.9.0", true), ("=1", "2.0.0", false),
        (">=1, <2", "1.0.0", true), (">=1, <2", "1.99.99", true), (">=1, <2", "2.0.0", false), (">=1, <2", "0.9.9", false),
        (">=0.8, <0.9", "0.8.5", true), (">=0.8, <0.9", "0.9.0", false),
        (">=1.0.151, <1.1", "1.0.151", true), (">=1.0.151, <1.1", "1.0.150", false), (">=1.0.151, <1.1", "1.1.0", false),
        (">1.1", "1.1.9", false), (">1.1", "1.2.0", true), (">1", "1.9.0", false), (">1", "2.0.0", true),
        ("<=1.2", "1.2.9", true), ("<=1.2", "1.3.0", false), ("<1.2", "1.1.9", true), ("<1.2", "1.2.0", false),
        ("*", "0.0.1", true), ("*", "99.0.0", true), ("1.*", "1.5.0", true), ("1.*", "2.0.0", false),
        ("1.2.*", "1.2.7", true), ("1.2.*", "1.3.0", false),
        // Carets: the default operator.
        ("1.2.3", "1.9.0", true), ("1.2.3", "2.0.0", false), ("1.2.3", "1.2.2", false),
        ("^0.2.3", "0.2.9", true), ("^0.2.3", "0.3.0", false), ("^0.0.3", "0.0.3", true), ("^0.0.3", "0.0.4", false),
        ("^0.0", "0.0.9", true), ("^0.0", "0.1.0", false), ("^0", "0.9.0", true), ("^0", "1.0.0", false),
        ("0.8", "0.8.5", true), ("0.8", "0.9.0", false),
        // Tildes.
        ("~1.2.3", "1.2.9", true), ("~1.2.3", "1.3.0", false), ("~1", "1.9.0", true), ("~1", "2.0.0", false),
        // Pre-releases match only a comparator naming the same version with a pre-release.
        (">=1.0.0", "1.1.0-alpha", false), (">=1.1.0-alpha", "1.1.0-beta", true), (">=1.1.0-alpha", "1.1.0", true),
        ("=1.0.0-alpha.1", "1.0.0-alpha.1", true), ("^1.0.0-alpha", "1.0.0-alpha.2", true), ("^1.0.0-alpha", "1.0.1-alpha", false),
        ("*", "1.0.0-alpha", false),
    ]

    @Test(arguments: cases.indices)
    func requirementMatching(_ index: Int) throws {
        let (requirement, version, expected) = Self.cases[index]
        let parsedRequirement = try #require(VersionReq(parsing: requirement), "\(requirement)")
        let parsedVersion = try #require(Version(parsing: version), "\(version)")
        #expect(parsedRequirement.matches(parsedVersion) == expected, "\(requirement) vs \(version)")
    }

    @Test func ordering() throws {
        let ordered = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
                       "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"]
        let versions = try ordered.map { try #require(Version(parsing: $0)) }
        #expect(versions == versions.sorted())
        #expect(Version(parsing: "1.2") == nil)
        #expect(Version(parsing: "01.2.3") == nil)
        #expect(Version(parsing: "1.2.3-01") == nil)
        #expect(Version(parsing: "1.2.3+build.5") == Version(1, 2, 3))
        #expect(VersionReq(parsing: "*, >=1") == nil)
        #expect(VersionReq(parsing: ">=") == nil)
    }
}

@Suite("Dependency allow-list")
struct AllowListTests {
    static let seedList = """
        rand = ">=0.8, <0.9"
        bitvec = [">=1, <2", "=0.2", { version = "=1.0.1", features = [ "alloc" ], default-features = false }]
        """

    private func list(_ text: String) throws -> AllowList { try AllowList(parsing: Array(text.utf8)) }

    /// Checks a body's `[dependencies]` text against `allowList` (nil: no list).
    private func check(_ dependencies: String, _ allowList: AllowList?) -> (resolved: [ResolvedDependency], errors: [String]) {
        let body = "[dependencies]\n" + dependencies + "\n[code]\nOk(None)\n"
        let source = SourceFile(path: "b.rs", text: body)
        let start = "[dependencies]\n".utf8.count
        let result = DependencyCheck.check(Span(start: start, end: start + dependencies.utf8.count + 1), in: source,
                                           allowList: allowList)
        return (result.resolved, result.diagnostics.map(\.message))
    }

    @Test func theSeedsListAndItsListing() throws {
        let allow = try list(Self.seedList)
        let rows = allow.rows.map { "\($0.name) | \($0.requirement) | {\($0.features.joined(separator: ","))} | \($0.defaultFeatures ? "t" : "f")" }
        #expect(rows == ["bitvec | =0.2 | {} | t", "bitvec | >=1, <2 | {} | t", "bitvec | =1.0.1 | {alloc} | f",
                         "rand | >=0.8, <0.9 | {} | t"])
    }

    @Test(arguments: ["rand = \"0.8.5\"", "serde = \">1.1\"", "a = \"^1\"", "a = \"~1\"", "a = \">=1\"", "a = \"<2\"",
                      "a = \"=1, <2\"", "a = { features = [] }", "a = { version = \"=1\", git = \"x\" }", "a = 3", "a = []",
                      "a = \"not a version\"", "[a"])
    func invalidRequirementsNameTheEntry(_ text: String) {
        #expect(throws: AllowList.Invalid.self) { try list(text) }
    }

    @Test func invalidFilesSayWhereAndWhy() {
        #expect(throws: AllowList.Invalid(line: 2, message: "`serde`: `>1.1` must be exact (`=1.2.3`), bounded (`>=1, <2`) or `*`")) {
            try list("rand = \"=0.8.5\"\nserde = \">1.1\"\n")
        }
    }

    @Test func exactVersionsBecomeExactRequirements() throws {
        let allow = try list(Self.seedList)
        #expect(check("rand = \"0.8.5\"", allow).resolved == [.init(name: "rand", requirement: "=0.8.5", features: [], defaultFeatures: true)])
        #expect(check("rand = \"=0.8.5\"", allow).resolved.first?.requirement == "=0.8.5")
        #expect(check("rand = \"0.9.0\"", allow).errors == ["version 0.9.0 of `rand` is not allowed"])
        #expect(check("rand = \"0.8\"", allow).errors == ["`rand`: `0.8` is not an exact version"])
    }

    @Test func wildcardsBothWays() throws {
        // A `*` entry: the body's exact version is used.
        let any = try list("rand = \"*\"")
        #expect(check("rand = \"0.8.5\"", any).resolved.first?.requirement == "=0.8.5")
        #expect(check("rand = \"*\"", any).resolved.first?.requirement == "*")
        // A body's `*`: the largest requirement on the list.
        let two = try list("rand = [\"=0.6.5\", \"=0.8.5\", \">=0.7, <0.8\"]")
        #expect(check("rand = \"*\"", two).resolved.first?.requirement == "=0.8.5")
        let bitvec = try list(Self.seedList)
        #expect(check("bitvec = \"*\"", bitvec).resolved.first?.requirement == ">=1, <2")
    }

    @Test func featuresComeFromTheList() throws {
        let allow = try list("rand = { version = \"=0.8.5\", features = [ \"small_rng\" ], default-features = false }")
        let expected = ResolvedDependency(name: "rand", requirement: "=0.8.5", features: ["small_rng"], defaultFeatures: false)
        // The seed's two bodies: repeating the features, or leaving them out.
        #expect(check("rand = { version = \"*\", features = [ \"small_rng\" ], default-features = false }", allow).resolved == [expected])
        #expect(check("rand = \"*\"", allow).resolved == [expected])
        #expect(check("rand = { version = \"0.8.5\", features = [\"std\"] }", allow).errors
                    == ["`rand`: the features differ from the allow-list's"])
        #expect(check("rand = { version = \"0.8.5\", default-features = true }", allow).errors
                    == ["`rand`: the features differ from the allow-list's"])
        // With several entries, the one whose features the body repeats.
        let bitvec = try list(Self.seedList)
        #expect(check("bitvec = { version = \"1.0.1\", features = [\"alloc\"], default-features = false }", bitvec).resolved
                    == [.init(name: "bitvec", requirement: "=1.0.1", features: ["alloc"], defaultFeatures: false)])
        #expect(check("bitvec = \"1.0.1\"", bitvec).resolved.first?.features == [])
    }

    @Test func refusals() throws {
        let allow = try list(Self.seedList)
        #expect(check("serde = \"1.0.0\"", allow).errors == ["the crate `serde` is not on the dependency allow-list"])
        let empty = try list("")
        #expect(check("rand = \"0.8.5\"", empty).errors == ["the crate `rand` is not on the dependency allow-list"])
        // No list: anything from the registry, but never another source.
        #expect(check("rand = \"0.8\"", nil).resolved.first?.requirement == "0.8")
        #expect(check("rand = { git = \"https://example.invalid/rand\" }", nil).errors
                    == ["`rand`: `git` is not allowed in a function's dependencies"])
        #expect(check("local = { path = \"/etc\" }", allow).errors == ["`local`: `path` is not allowed in a function's dependencies"])
    }

    /// A quoted key is any string to TOML; to Cargo a crate name is a narrow
    /// thing. Anything else is refused at its line, before it can reach a
    /// generated manifest (where a key once injected `path = …`).
    @Test func crateNamesFollowCargosRules() {
        let injected = #""rand\" = { path = \"/etc\" }\nx" = "0.8""#
        #expect(check(injected, nil).errors.first?.hasPrefix("`rand\" = { path = \"/etc\" }\nx` is not a crate name") == true)
        #expect(check(#""" = "1""#, nil).errors == ["`` is not a crate name: it is empty"])
        #expect(check(#""9lives" = "1""#, nil).errors == ["`9lives` is not a crate name: it must start with an ASCII letter"])
        #expect(check(#""a b" = "1""#, nil).errors == ["`a b` is not a crate name: it may hold only ASCII letters, digits, `-` and `_`"])
        #expect(check(#"plrustc-runtime = "1""#, nil).errors
                    == ["`plrustc-runtime` is not a crate name: `plrustc_runtime` is taken by the standard library or by plrustc"])
        #expect(check(#"fn = "1""#, nil).errors == ["`fn` is not a crate name: it is a Rust keyword"])
        #expect(check(String(repeating: "a", count: 65) + " = \"1\"", nil).errors.first?.hasSuffix("longer than 64 characters") == true)
        #expect(check(#"serde-json = "1""#, nil).errors.isEmpty)
    }
}
