import Foundation
import Testing

/// The trust model cannot be switched off by accident: an empty lint list,
/// from a flag, the environment or a configuration file, is an error (exit
/// 2, one line), and a list that leaves out default lints says so on every
/// compile and in the manifest.
@Suite("Lint lists")
struct TrustModelSwitchTests {
    static let readsPasswd = "let text = std::fs::read_to_string(\"/etc/passwd\")?;\nOk(Some(text.len() as i64))\n"

    @Test func emptyListsAreErrors() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", Self.readsPasswd)
        let compile = ["compile", "--name", "f", "--returns", "bigint", "--out-dir", directory.path("out"),
                       "--cache-dir", directory.path("cache")]
        for list in ["", " , ", ","] {
            let built = try Plrustc.run(compile + ["--compile-lints", list, directory.path("body.rs")])
            #expect(built.status == 2)
            #expect(built.stderr == "error: --compile-lints names no lint: an empty list would switch the lints off (leave it out for the default)\n")
            let linted = try Plrustc.run(["lint", "--lints", list, directory.path("body.rs")])
            #expect(linted.status == 2)
            #expect(linted.stderr.hasPrefix("error: --lints names no lint"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/manifest.json")))
        try directory.file("empty.toml", "plrust.compile_lints = \"\"\n")
        let configured = try Plrustc.run(compile + ["--config", directory.path("empty.toml"), directory.path("body.rs")])
        #expect(configured.status == 2)
        #expect(configured.stderr.contains("`plrust.compile_lints` names no lint"))
        #expect(configured.stderr.split(separator: "\n").count == 1)
        try directory.file("required.toml", "plrust.required_lints = []\n")
        #expect(try Plrustc.run(["verify", directory.path("body.rs"), "--config", directory.path("required.toml")]).status == 2)
        let environment = try Plrustc.run(["verify", directory.path("body.rs")], environment: ["PLRUST_REQUIRED_LINTS": ""])
        #expect(environment.status == 2)
        #expect(environment.stderr.hasPrefix("error: PLRUST_REQUIRED_LINTS names no lint"))
    }

    /// A narrower list builds, warns, and records what it left out; a host
    /// that requires a left-out lint refuses the artifact.
    @Test func leavingOutDefaultLintsIsSaidAndRecorded() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", "Ok(Some(1))\n")
        let built = try Plrustc.run(["compile", "--name", "f", "--returns", "bigint", "--out-dir", directory.path("out"),
                                     "--cache-dir", directory.path("cache"), "--compile-lints", "unsafe_code,plrust_leaky",
                                     directory.path("body.rs")])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("warning: the compile lints leave out "))
        #expect(built.stderr.contains("`plrust_filesystem`"))
        let manifest = try #require(FileManager.default.contents(atPath: directory.path("out/manifest.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        let omitted = try #require((object["lints"] as? [String: Any])?["omitted"] as? [String])
        #expect(omitted.contains("plrust_filesystem") && omitted.contains("deprecated") && !omitted.contains("unsafe_code"))
        let artifact = directory.path("out/x86_64-unknown-linux-gnu/libplrust_fn_name_f.so")
        let verified = try Plrustc.run(["verify", artifact], environment: ["PLRUST_REQUIRED_LINTS": "plrust_filesystem"])
        #expect(verified.status == 1)
        #expect(verified.stderr.contains("`plrust_filesystem`"))
    }
}

@Suite("Build limit settings")
struct BuildLimitSettingTests {
    @Test func limitsAreReadFromTheFileAndTheFlags() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", "static DATA: [u8; 16 << 20] = [1u8; 16 << 20];\nOk(Some(std::hint::black_box(&DATA)[3] as i64))\n")
        let compile = ["compile", "--name", "f", "--returns", "bigint", "--out-dir", directory.path("out"),
                       "--cache-dir", directory.path("cache"), directory.path("body.rs")]
        try directory.file("bad.toml", "plrustc.build_memory = \"lots\"\n")
        let bad = try Plrustc.run(compile + ["--config", directory.path("bad.toml")])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("`plrustc.build_memory` must be a size (`512MB`, `2GB`), not `lots`"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let zero = try Plrustc.run(compile + ["--build-cpu-time", "0"])
        #expect(zero.status == 2)
        #expect(zero.stderr == "error: --build-cpu-time takes a duration (`120s`, `5min`, `1h`), not `0`\n")
        try directory.file("small.toml", "plrustc.artifact_size = \"8MB\"\nplrustc.build_cpu_time = 60\n")
        let refused = try Plrustc.run(compile + ["--config", directory.path("small.toml")])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error: building this function was stopped: the library is "))
        let allowed = try Plrustc.run(compile + ["--config", directory.path("small.toml"), "--artifact-size", "64MB"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }
}

/// The runtime's panic hook is the whole library's: a panic on a thread the
/// body started (possible only with `plrust_thread` left out) prints nothing
/// to the server's stderr, where it could forge log lines.
@Suite("Panics on other threads")
struct ThreadPanicTests {
    @Test func aPanicOnASpawnedThreadPrintsNothing() throws {
        let directory = try TemporaryDirectory()
        let names = try Plrustc.run(["lints"]).stdout.split(separator: "\n").dropFirst().compactMap { $0.split(separator: " ").first.map(String.init) }
        let lints = names.filter { $0 != "plrust_thread" } + ["unsafe_code", "deprecated", "soft_unstable", "unknown_lints"]
        try directory.file("body.rs", """
            let worker = std::thread::spawn(|| panic!("2026-12-04 00:00:00 UTC [1] LOG:  FORGED server log line"));
            Ok(Some(worker.join().is_err() as i64))
            """)
        let built = try Plrustc.run(["compile", "--name", "f", "--returns", "bigint", "--out-dir", directory.path("out"),
                                     "--cache-dir", directory.path("cache"), "--compile-lints", Set(lints).sorted().joined(separator: ","),
                                     directory.path("body.rs")])
        #expect(built.status == 0, "\(built.stderr)")
        let called = try Plrustc.run(["call", directory.path("out/manifest.json")])
        #expect(called.stdout == "1\n")
        #expect(!called.stderr.contains("FORGED"), "\(called.stderr)")
        #expect(called.stderr.isEmpty)
    }
}

/// Issue 9's acceptance, through the binary: each of these is refused by
/// `plrustc lint` with its lint's name at the right line and column.
@Suite("Trust boundary diagnostics")
struct TrustBoundaryDiagnosticTests {
    @Test func eachIsRefusedWhereItIsWritten() throws {
        let directory = try TemporaryDirectory()
        let cases: [(body: String, lint: String, place: String)] = [
            ("let x = 1;\nlet entry = super::plrust_fn_name_f;\nOk(None)\n", "plrust_outer_paths", "2:13"),
            ("let x = 1;\n    let e = crate::plrust_fn_name_f;\nOk(None)\n", "plrust_outer_paths", "2:13"),
            ("#[derive(Debug)]\n#[link(name = \"c\")]\nstruct S;\nOk(None)\n", "plrust_attributes", "2:3"),
            ("let n = 1;\nlet t = std::thread::spawn(|| 1);\nOk(None)\n", "plrust_thread", "2:9"),
            ("\nextern \"C\" fn callback() {}\nOk(None)\n", "plrust_extern_fns", "2:1"),
            ("let b = std::backtrace::Backtrace::capture();\nOk(None)\n", "plrust_environment", "1:9"),
        ]
        for (index, item) in cases.enumerated() {
            let file = try directory.file("b\(index).rs", item.body)
            let result = try Plrustc.run(["lint", "--error-format", "json", file])
            #expect(result.status == 1, "\(item.lint): \(result.stderr)")
            let objects = result.stderr.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            let found = objects.first { (($0["code"] as? [String: Any])?["code"] as? String) == item.lint }
            let span = (found?["spans"] as? [[String: Any]])?.first { $0["is_primary"] as? Bool == true }
            let place = span.map { "\($0["line_start"] ?? "?"):\($0["column_start"] ?? "?")" }
            #expect(place == item.place, "\(item.lint): \(result.stderr)")
        }
    }
}
