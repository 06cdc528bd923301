// Compile latency: `plrustc compile` of a small function against `cargo build`
// of the same generated crates (the user crate, the entry crate and the
// runtime crate, as a cargo workspace), and the time of a cache hit. See Benchmarks/README.md.
import BuiltinLintCatalog
import Codegen
import Diagnostics
import Foundation
import Lints

let body = """
    let words: Vec<&str> = s.split_whitespace().collect();
    notice!("{} words", words.len());
    Ok(Some(words.iter().map(|w| w.len() as i64).sum()))
    """
let repetitions = max(1, Int(CommandLine.arguments.dropFirst().first ?? "") ?? 3)

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func milliseconds(_ seconds: [Double]) -> String {
    let sorted = seconds.sorted()
    return String(format: "best %.0f ms, median %.0f ms", sorted[0] * 1000, sorted[sorted.count / 2] * 1000)
}

guard case .success(let catalog) = LintCatalog.builtin() else { fatalError("no catalog") }
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plrustc-compile-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: scratch) }

func compile(_ spec: FunctionSpec, text: String, cache: URL, output: URL) -> Double {
    let request = CompileRequest(spec: spec, body: SourceFile(path: "body.rs", text: text), targets: [.x86_64Linux],
                                 outputDirectory: output, cacheDirectory: cache,
                                 compileLints: catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
    let start = now()
    guard case .built? = try? Compilation.compile(request, catalog: catalog) else { fatalError("the body did not build") }
    return now() - start
}

let spec = try FunctionSpec.make(name: "word_lengths", oid: "1:2", arguments: ["s text"], returns: "bigint", strict: true)
var cold: [Double] = [], newBody: [Double] = [], hit: [Double] = [], cargo: [Double] = []
for round in 0..<repetitions {
    let cache = scratch.appendingPathComponent("cache-\(round)")
    // Cold: an empty cache, so the runtime crate is built too (what cargo does below).
    cold.append(compile(spec, text: body, cache: cache, output: scratch.appendingPathComponent("out-\(round)")))
    // A new body with the runtime cached: the usual CREATE FUNCTION.
    newBody.append(compile(spec, text: body + "\n// round \(round)\n", cache: cache, output: scratch.appendingPathComponent("new-\(round)")))
    // The same body again: a cache hit.
    hit.append(compile(spec, text: body, cache: cache, output: scratch.appendingPathComponent("hit-\(round)")))

    // cargo: the same three crates as a workspace, built from nothing, offline.
    let project = scratch.appendingPathComponent("cargo-\(round)")
    let runtimeDirectory = project.appendingPathComponent("plrustc_runtime/src")
    let userDirectory = project.appendingPathComponent("user/src")
    let functionDirectory = project.appendingPathComponent("function/src")
    for directory in [runtimeDirectory, userDirectory, functionDirectory] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    let runtimeSource = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("runtime/lib.rs"), encoding: .utf8)
    try runtimeSource.write(to: runtimeDirectory.appendingPathComponent("lib.rs"), atomically: true, encoding: .utf8)
    let wrapper = WrapperCrate(spec: spec, code: body, bodyLine: 1, forbiddenLints: CompileRequest.defaultBackendLints,
                               metadata: "{}", userPath: "user/src/lib.rs")
    try wrapper.userSource.write(to: userDirectory.appendingPathComponent("lib.rs"), atomically: true, encoding: .utf8)
    try wrapper.entrySource.write(to: functionDirectory.appendingPathComponent("lib.rs"), atomically: true, encoding: .utf8)
    try """
        [workspace]
        members = ["plrustc_runtime", "user", "function"]
        resolver = "2"
        [profile.release]
        opt-level = 2
        """.write(to: project.appendingPathComponent("Cargo.toml"), atomically: true, encoding: .utf8)
    try """
        [package]
        name = "plrustc_runtime"
        version = "0.1.0"
        edition = "2021"
        """.write(to: project.appendingPathComponent("plrustc_runtime/Cargo.toml"), atomically: true, encoding: .utf8)
    try """
        [package]
        name = "plrust_user"
        version = "0.1.0"
        edition = "2021"
        [dependencies]
        plrustc_runtime = { path = "../plrustc_runtime" }
        """.write(to: project.appendingPathComponent("user/Cargo.toml"), atomically: true, encoding: .utf8)
    try """
        [package]
        name = "function"
        version = "0.1.0"
        edition = "2021"
        [lib]
        crate-type = ["cdylib"]
        [dependencies]
        plrustc_runtime = { path = "../plrustc_runtime" }
        plrust_user = { path = "../user" }
        """.write(to: project.appendingPathComponent("function/Cargo.toml"), atomically: true, encoding: .utf8)
    let cargoPath = ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.cargo/bin/cargo" } ?? "/usr/bin/cargo"
    // Timed the way plrustc runs rustc (posix_spawn and waitpid), so neither pays more for being spawned.
    let start = now()
    let result = ProcessRunner.run(cargoPath, ["build", "--release", "--offline", "-q",
                                               "--manifest-path", project.appendingPathComponent("Cargo.toml").path])
    cargo.append(now() - start)
    if result.status != 0 { print("cargo build failed (exit \(result.status)): \(result.errorText)") }
}
print("plrustc compile, empty cache (runtime + function): \(milliseconds(cold))")
print("plrustc compile, new body (runtime cached):        \(milliseconds(newBody))")
print("plrustc compile, unchanged body (cache hit):       \(milliseconds(hit))")
print("cargo build --release of the same crates:          \(milliseconds(cargo))")
let ratio = (newBody.sorted()[newBody.count / 2]) / (cargo.sorted()[cargo.count / 2])
print(String(format: "new body / cargo (medians): %.2f (goal ≤ 0.33)", ratio))
