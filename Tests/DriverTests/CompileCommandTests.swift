import Foundation
import Testing

/// `plrustc compile`, `call` and `verify` end to end, as the extension runs them.
@Suite("plrustc compile, call, verify")
struct CompileCommandTests {
    static let body = "notice!(\"lowering\");\nOk(s.map(|s| s.to_lowercase()))\n"

    private func compile(_ directory: TemporaryDirectory, output: String, cache: String) throws -> RunResult {
        try Plrustc.run(["compile", "--name", "lcase", "--oid", "1:2", "--arg", "s text", "--returns", "text",
                         "--out-dir", directory.path(output), "--cache-dir", directory.path(cache), directory.path("body.rs")])
    }

    @Test func compileCallVerify() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", Self.body)
        let built = try compile(directory, output: "out", cache: "cache")
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout == directory.path("out/manifest.json") + "\n")
        // Nothing about the generated code, nor rustc's own summary lines, reaches the user.
        #expect(built.stderr == "")
        let called = try Plrustc.run(["call", directory.path("out/manifest.json"), "'HeLLo'"])
        #expect(called.stdout == "hello\n")
        #expect(called.stderr == "NOTICE:  lowering\n")
        let null = try Plrustc.run(["call", directory.path("out/manifest.json"), "NULL"])
        #expect(null.stdout == "NULL\n")
        let artifact = directory.path("out/x86_64-unknown-linux-gnu/libplrust_fn_oid_1_2.so")
        #expect(try Plrustc.run(["verify", artifact, "--required-lints", "plrust_leaky,unsafe_code"]).status == 0)
        let missing = try Plrustc.run(["verify", artifact], environment: ["PLRUST_REQUIRED_LINTS": "plrust_leaky,no_such_lint"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("`no_such_lint`"))
    }

    /// Several compiles of the same function into one empty cache at once: all
    /// succeed, and the cache holds one whole copy of each file.
    @Test func concurrentCompilesShareTheCache() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", Self.body)
        let statuses = Statuses()
        let root = directory.url.path
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            let status = (try? Plrustc.run(["compile", "--name", "lcase", "--oid", "1:2", "--arg", "s text", "--returns", "text",
                                            "--out-dir", root + "/out\(index)", "--cache-dir", root + "/cache",
                                            root + "/body.rs"]).status) ?? -1
            statuses.set(index, status)
        }
        #expect(statuses.values == [0, 0, 0, 0])
        let artifacts = try (0..<4).map { index in
            try Data(contentsOf: URL(fileURLWithPath: directory.path("out\(index)/x86_64-unknown-linux-gnu/libplrust_fn_oid_1_2.so")))
        }
        #expect(Set(artifacts).count == 1)
        let cached = try FileManager.default.contentsOfDirectory(atPath: directory.path("cache/artifacts"))
        #expect(cached.count == 1)
        // Nothing half-built is left behind.
        let scratch = (try? FileManager.default.contentsOfDirectory(atPath: directory.path("cache/tmp"))) ?? []
        #expect(scratch.isEmpty)
    }

    @Test func aConfigurationFileSetsTargetsAndRequiredLints() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", Self.body)
        let configuration = try directory.file("plrustc.toml", """
            plrust.compilation_targets = "x86_64, aarch64"
            plrust.required_lints = "plrust_leaky, unsafe_code"
            plrustc.cache_dir = "\(directory.path("cache"))"
            """)
        let built = try Plrustc.run(["compile", "--config", configuration, "--name", "lcase", "--oid", "1:2", "--arg", "s text",
                                     "--returns", "text", "--out-dir", directory.path("out"), directory.path("body.rs")])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.path("out/aarch64-unknown-linux-gnu/libplrust_fn_oid_1_2.so")))
        #expect(FileManager.default.fileExists(atPath: directory.path("cache/artifacts")))
        let artifact = directory.path("out/aarch64-unknown-linux-gnu/libplrust_fn_oid_1_2.so")
        #expect(try Plrustc.run(["verify", artifact], environment: ["PLRUSTC_CONFIG": configuration]).status == 0)
        let invalid = try directory.file("bad.toml", "plrust.compile_lint = \"x\"\n")
        let refused = try Plrustc.run(["compile", "--config", invalid, "--name", "f", "--returns", "text",
                                       "--out-dir", directory.path("out"), directory.path("body.rs")])
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: invalid configuration `\(invalid)`: line 1: unknown setting `plrust.compile_lint`\n")
    }

    /// PL/Rust's dog trigger, compiled and called from the command line.
    @Test func triggerFunctionsCompileAndRun() throws {
        let directory = try TemporaryDirectory()
        try directory.file("dog.rs", """
            let my_row = match trigger.op()? {
                INSERT => trigger.new().unwrap(),
                _ => trigger.old().unwrap(),
            };
            let mut my_row = my_row.into_owned();
            if let Some(val) = my_row.get_by_name::<i32>("scritches")? {
                my_row.set_by_name("scritches", val + 1)?;
            }
            Ok(Some(my_row))
            """)
        let built = try Plrustc.run(["compile", "--name", "dog_trigger", "--returns", "trigger", "--out-dir", directory.path("out"),
                                     "--cache-dir", directory.path("cache"), directory.path("dog.rs")])
        #expect(built.status == 0, "\(built.stderr)")
        let columns = ["--column", "id integer", "--column", "name text", "--column", "scritches integer"]
        let inserted = try Plrustc.run(["call", directory.path("out/manifest.json"), "--event", "insert", "--table", "dog"] + columns
                                       + ["--new", "1", "--new", "'Nami'", "--new", "0"])
        #expect(inserted.stdout == "id | name | scritches\n1 | Nami | 1\n", "\(inserted.stderr)")
        let missing = try Plrustc.run(["call", directory.path("out/manifest.json")] + columns)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: --event is required for a trigger function\n")
    }

    @Test func badSpecsAndMissingToolchainsHaveTheirExitStatuses() throws {
        let directory = try TemporaryDirectory()
        try directory.file("body.rs", Self.body)
        let type = try Plrustc.run(["compile", "--name", "f", "--arg", "t timestamp", "--returns", "text",
                                    "--out-dir", directory.path("out"), directory.path("body.rs")])
        #expect(type.status == 2)
        #expect(type.stderr == "error: argument `t` has type `timestamp`, which plrustc does not support\n")
        let target = try Plrustc.run(["compile", "--name", "f", "--returns", "text", "--target", "riscv64gc-unknown-linux-gnu",
                                      "--out-dir", directory.path("out"), directory.path("body.rs")])
        #expect(target.status == 2)
        let rustc = try Plrustc.run(["compile", "--name", "f", "--returns", "text", "--rustc",
                                     "x86_64-unknown-linux-gnu=/nonexistent/rustc", "--out-dir", directory.path("out"),
                                     directory.path("body.rs")])
        #expect(rustc.status == 3, "\(rustc.stderr)")
        let lint = try Plrustc.run(["compile", "--name", "f", "--returns", "text", "--compile-lints", "no_such_lint",
                                    "--out-dir", directory.path("out"), directory.path("body.rs")])
        #expect(lint.status == 2)
        #expect(lint.stderr.contains("unknown lint `no_such_lint`"))
    }
}

/// Exit statuses collected from several threads.
private final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var byIndex: [Int: Int32] = [:]

    func set(_ index: Int, _ status: Int32) {
        lock.lock()
        byIndex[index] = status
        lock.unlock()
    }

    var values: [Int32] {
        lock.lock()
        defer { lock.unlock() }
        return byIndex.keys.sorted().compactMap { byIndex[$0] }
    }
}
