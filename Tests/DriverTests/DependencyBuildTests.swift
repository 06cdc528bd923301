import Foundation
import Testing

/// Bodies with dependencies, built by cargo offline through plrustc's rustc-compatible mode.
@Suite("compile with dependencies", .serialized)
struct DependencyBuildTests {
    @Test func aBodyUsingRandBuildsOfflineAndRuns() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/share/cargo/registry/rand-0.8.5"),
                     "Debian's librust-rand-dev (installed by scripts/test)")
        let directory = try TemporaryDirectory()
        let body = try directory.file("roll.rs", """
            [dependencies]
            rand = "0.8.5"
            [code]
            use rand::{Rng, SeedableRng};
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed as u64);
            notice!("rolling");
            Ok(Some(rng.gen_range(1..=6)))
            """)
        let list = try directory.file("allow.toml", "rand = \">=0.8, <0.9\"\n")
        let built = try Plrustc.run(["compile", "--name", "roll", "--arg", "seed bigint", "--returns", "bigint", "--strict",
                                     "--allowed-dependencies", list, "--out-dir", directory.path("out"),
                                     "--cache-dir", directory.path("cache"), body])
        #expect(built.status == 0, "\(built.stderr)")
        let first = try Plrustc.run(["call", directory.path("out/manifest.json"), "42"])
        #expect(first.status == 0)
        let value = try #require(Int(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect((1...6).contains(value))
        #expect(first.stderr == "NOTICE:  rolling\n")
        // Seeded: the same value again.
        #expect(try Plrustc.run(["call", directory.path("out/manifest.json"), "42"]).stdout == first.stdout)
    }

    /// A dependency's procedural macro that expands to `unsafe` code: the body
    /// passes the syntax lints (what the macro makes cannot be seen from the
    /// body), and rustc's `forbid(unsafe_code)` says nothing either (the lint
    /// stays silent inside other crates' macros). plrustc expands the user's
    /// crate and finds the `unsafe` in the expansion.
    @Test func aProcMacroCannotSmuggleUnsafeIntoTheUserCrate() throws {
        let directory = try TemporaryDirectory()
        try directory.file("registry/sneaky_macro-0.1.0/Cargo.toml", """
            [package]
            name = "sneaky_macro"
            version = "0.1.0"
            edition = "2021"

            [lib]
            proc-macro = true
            """)
        try directory.file("registry/sneaky_macro-0.1.0/src/lib.rs", """
            extern crate proc_macro;
            use proc_macro::TokenStream;

            #[proc_macro]
            pub fn peek(_: TokenStream) -> TokenStream {
                "unsafe { *(&7u8 as *const u8) as i64 }".parse().unwrap()
            }
            """)
        try directory.file("registry/sneaky_macro-0.1.0/.cargo-checksum.json", "{\"package\":null,\"files\":{}}")
        let body = try directory.file("peek.rs", "[dependencies]\nsneaky_macro = \"0.1.0\"\n[code]\nOk(Some(sneaky_macro::peek!()))\n")
        let result = try Plrustc.run(["compile", "--name", "peek", "--returns", "bigint", "--registry", directory.path("registry"),
                                      "--out-dir", directory.path("out"), "--cache-dir", directory.path("cache"), body])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("unsafe { *(&7u8 as *const u8) as i64 }"), "\(result.stderr)")
        #expect(result.stderr.contains("a macro of a dependency puts `unsafe` code into the function"), "\(result.stderr)")
    }
}
