import Foundation
import Testing

/// plrustc as cargo's `RUSTC`: real cargo, a user crate and a dependency that uses `unsafe`.
@Suite("rustc-compatible mode")
struct RustcModeTests {
    static let cargo: String? = {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        return [home + "/.cargo/bin/cargo", "/usr/bin/cargo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A workspace with `user_fn` (the user's crate) depending on `dep`.
    private func workspace(user: String) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.file("Cargo.toml", "[workspace]\nmembers = [\"user_fn\", \"dep\"]\nresolver = \"2\"\n")
        try directory.file("dep/Cargo.toml", "[package]\nname = \"dep\"\nversion = \"0.1.0\"\nedition = \"2021\"\n")
        try directory.file("dep/src/lib.rs", "pub fn first(v: &[u8]) -> u8 { unsafe { *v.get_unchecked(0) } }\n")
        try directory.file("user_fn/Cargo.toml", """
            [package]
            name = "user_fn"
            version = "0.1.0"
            edition = "2021"
            [dependencies]
            dep = { path = "../dep" }
            """)
        try directory.file("user_fn/src/lib.rs", user)
        return directory
    }

    private func build(_ directory: TemporaryDirectory, allowed: String? = nil) throws -> (status: Int32, output: String) {
        let cargo = try #require(Self.cargo, "cargo is needed for this test")
        let binary = try #require(Plrustc.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cargo)
        process.arguments = ["build", "--offline", "--quiet", "--manifest-path", directory.path("Cargo.toml")]
        var environment = ProcessInfo.processInfo.environment
        environment["RUSTC"] = binary.path
        environment["PLRUSTC_USER_CRATE_NAME"] = "user_fn"
        environment["PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS"] = allowed ?? directory.path("user_fn/src")
        environment["CARGO_TARGET_DIR"] = directory.path("target")
        process.environment = environment
        let log = directory.url.appendingPathComponent("cargo.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
    }

    @Test func aCleanCrateBuildsAndItsUnsafeDependencyToo() throws {
        let directory = try workspace(user: """
            pub fn run() -> u8 { dep::first(&[7, 8]) }
            #[cfg(plrustc)]
            pub fn built_by_plrustc() -> bool { true }
            #[cfg(not(plrustc))]
            compile_error!("plrustc did not pass --cfg=plrustc");
            """)
        let result = try build(directory)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning"), "\(result.output)")
    }

    @Test func aCrateThatBreaksALintIsRefused() throws {
        let directory = try workspace(user: "pub fn leak() { std::mem::forget(vec![1]); }\n")
        let result = try build(directory)
        #expect(result.status != 0)
        #expect(result.output.contains("`std::mem::forget` leaks memory"), "\(result.output)")
    }

    @Test func theBackendLintsAreForbiddenOnTheUserCrate() throws {
        // Not a catalog finding, but rustc's own `unsafe_code` (forbidden with -F) sees it too.
        let directory = try workspace(user: "#[allow(unsafe_code)] pub fn f() {}\n")
        let result = try build(directory)
        #expect(result.status != 0, "\(result.output)")
        #expect(result.output.contains("incompatible with previous forbid"), "\(result.output)")
    }

    @Test func sourcesOutsideTheAllowedPathsAreRefused() throws {
        let directory = try workspace(user: "pub fn f() {}\n")
        let result = try build(directory, allowed: directory.path("dep"))
        #expect(result.status != 0)
        #expect(result.output.contains("is outside PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS"), "\(result.output)")
        let relative = try build(directory, allowed: "relative/path")
        #expect(relative.output.contains("is not an absolute path"), "\(relative.output)")
    }

    @Test func probesPassThrough() throws {
        let result = try Plrustc.run(["-vV"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("rustc "))
        #expect(result.stdout.contains("host: "))
    }
}
