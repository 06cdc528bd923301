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
        #expect(result.stderr.contains("what a dependency's macro writes into the function is refused: usage of an `unsafe` block"), "\(result.stderr)")
    }

    /// A dependency that re-exports a refused std function under its own
    /// name: the syntax lints cannot see what the name is, clippy can. Cargo
    /// builds run the user crate under clippy too, and the record says so.
    @Test func cargoBuildsRunTheClippyLayerAndRecordIt() throws {
        let directory = try TemporaryDirectory()
        try directory.file("registry/keeper-0.1.0/Cargo.toml", """
            [package]
            name = "keeper"
            version = "0.1.0"
            edition = "2021"
            """)
        try directory.file("registry/keeper-0.1.0/src/lib.rs", "pub use std::mem::forget as keep;\npub fn one() -> i64 { 1 }\n")
        try directory.file("registry/keeper-0.1.0/.cargo-checksum.json", "{\"package\":null,\"files\":{}}")
        let compile = ["compile", "--name", "k", "--returns", "bigint", "--registry", directory.path("registry"),
                       "--out-dir", directory.path("out"), "--cache-dir", directory.path("cache")]
        let leak = try directory.file("leak.rs", "[dependencies]\nkeeper = \"0.1.0\"\n[code]\nkeeper::keep(vec![1u8; 1024]);\nOk(Some(1))\n")
        let refused = try Plrustc.run(compile + [leak])
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("error: use of a disallowed method `std::mem::forget`"), "\(refused.stderr)")
        #expect(refused.stderr.contains("refused by plrustc (plrust_leaky)"))
        #expect(refused.stderr.contains("leak.rs:4:"), "\(refused.stderr)")
        let clean = try directory.file("clean.rs", "[dependencies]\nkeeper = \"0.1.0\"\n[code]\nOk(Some(keeper::one()))\n")
        let built = try Plrustc.run(compile + [clean])
        #expect(built.status == 0, "\(built.stderr)")
        let manifest = try #require(FileManager.default.contents(atPath: directory.path("out/manifest.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let lints = try #require((object["targets"] as? [[String: Any]])?.first?["lints"] as? [String])
        #expect(lints.contains("clippy::disallowed_methods") && lints.contains("clippy::disallowed_macros"))
        #expect(try Plrustc.run(["call", directory.path("out/manifest.json")]).stdout == "1\n")
    }

    /// A derive of a dependency can write anything into the function; the
    /// expanded crate is linted with the whole catalog, not only for `unsafe`.
    @Test func whatADeriveWritesIsLintedLikeTheBody() throws {
        let directory = try TemporaryDirectory()
        try directory.file("registry/reader-0.1.0/Cargo.toml", """
            [package]
            name = "reader"
            version = "0.1.0"
            edition = "2021"

            [lib]
            proc-macro = true
            """)
        try directory.file("registry/reader-0.1.0/src/lib.rs", """
            extern crate proc_macro;
            use proc_macro::TokenStream;

            #[proc_macro_derive(Reader)]
            pub fn reader(_: TokenStream) -> TokenStream {
                "fn secret() -> String { ::std::fs::read_to_string(\\"/etc/hostname\\").unwrap_or_default() }".parse().unwrap()
            }
            """)
        try directory.file("registry/reader-0.1.0/.cargo-checksum.json", "{\"package\":null,\"files\":{}}")
        let body = try directory.file("derive.rs", "[dependencies]\nreader = \"0.1.0\"\n[code]\n#[derive(reader::Reader)]\nstruct S;\nOk(Some(1))\n")
        let result = try Plrustc.run(["compile", "--name", "d", "--returns", "bigint", "--registry", directory.path("registry"),
                                      "--out-dir", directory.path("out"), "--cache-dir", directory.path("cache"), body])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("what a dependency's macro writes into the function is refused: `std::fs::read_to_string`"),
                "\(result.stderr)")
    }

    /// A build script that starts a process outside its process group
    /// (`setsid`) and exits: the process comes back to plrustc, which kills it
    /// when the build step ends.
    @Test func nothingABuildStartsOutlivesIt() throws {
        let directory = try TemporaryDirectory()
        let marker = "\(3_000 + Int(getpid() % 997))"
        try directory.file("registry/lingerer-0.1.0/Cargo.toml", """
            [package]
            name = "lingerer"
            version = "0.1.0"
            edition = "2021"
            build = "build.rs"
            """)
        try directory.file("registry/lingerer-0.1.0/build.rs", """
            use std::os::unix::process::CommandExt;
            use std::process::{Command, Stdio};
            fn main() {
                // A process of its own session, holding none of the build's files, left running.
                let mut command = Command::new("setsid");
                command.arg("sleep").arg("\(marker).5").stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null());
                unsafe {
                    command.pre_exec(|| {
                        for fd in 3..1024 { let _ = close(fd); }
                        Ok(())
                    });
                }
                let _ = command.spawn();
            }
            extern "C" { fn close(fd: i32) -> i32; }
            """)
        try directory.file("registry/lingerer-0.1.0/src/lib.rs", "pub fn one() -> i64 { 1 }\n")
        try directory.file("registry/lingerer-0.1.0/.cargo-checksum.json", "{\"package\":null,\"files\":{}}")
        let body = try directory.file("linger.rs", "[dependencies]\nlingerer = \"0.1.0\"\n[code]\nOk(Some(lingerer::one()))\n")
        let built = try Plrustc.run(["compile", "--name", "l", "--returns", "bigint", "--registry", directory.path("registry"),
                                     "--out-dir", directory.path("out"), "--cache-dir", directory.path("cache"), body])
        #expect(built.status == 0, "\(built.stderr)")
        let survivors = try FileManager.default.contentsOfDirectory(atPath: "/proc").filter { name in
            guard Int(name) != nil, let line = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return false }
            return String(decoding: line, as: UTF8.self).contains("sleep\u{0}\(marker).5")
        }
        #expect(survivors.isEmpty, "still running: \(survivors)")
    }
}
