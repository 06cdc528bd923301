import Foundation
import Testing

/// What one run of the `plrustc` binary produced.
struct RunResult {
    let status: Int32
    let stdout: String
    let stderr: String

    /// Non-empty lines of stderr.
    var stderrLines: [Substring] { stderr.split(separator: "\n") }

    /// The `==> path <==` lines that `--dump` prints before each of several files.
    var dumpHeaders: [String] { stdout.split(separator: "\n").filter { $0.hasPrefix("==> ") }.map(String.init) }
}

/// Runs the built `plrustc` executable end to end, as users and the language
/// extension do: arguments in, exit status and both output streams out.
enum Plrustc {
    /// The package root, found from this source file's path (Tests/DriverTests/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Where the binary is. `swift test` builds `plrustc` into the same
    /// directory as the test bundle, so look there first (the test runner's
    /// own executable path); `PLRUSTC` overrides; as a last resort search the
    /// package's `.build` directory.
    static let binary: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["PLRUSTC"], !path.isEmpty {
            candidates.append(URL(fileURLWithPath: path))
        }
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("plrustc"))
        }
        if let first = CommandLine.arguments.first {
            let runner = URL(fileURLWithPath: first).resolvingSymlinksInPath()
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("plrustc"))
        }
        // Bundles on Darwin: the .xctest directory sits next to the binary.
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plrustc"))
        let build = packageRoot.appendingPathComponent(".build")
        candidates.append(build.appendingPathComponent("debug/plrustc"))
        if let triples = try? fileManager.contentsOfDirectory(atPath: build.path) {
            for triple in triples.sorted() {
                candidates.append(build.appendingPathComponent(triple).appendingPathComponent("debug/plrustc"))
            }
        }
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `plrustc` with `arguments`, feeding `stdin` (empty when nil) and
    /// collecting output through temporary files, which cannot dead-lock the
    /// way two full pipes can.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> RunResult {
        let binary = try #require(binary, "plrustc binary not found; run `swift build` first or set PLRUSTC")
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        let inURL = scratch.url.appendingPathComponent("stdin")
        try Data((stdin ?? "").utf8).write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        env.merge(environment) { _, new in new }
        process.environment = env
        let input = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return RunResult(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A file of the repository's `examples/` directory.
    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("examples").appendingPathComponent(name).path
    }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plrustc-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` (which may contain `/`) and returns the file's path.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> String {
        let fileURL = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: fileURL)
        return fileURL.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Bodies whose verdict does not depend on the parser's grammar: the layout
/// check (a `[dependencies]` section needs a `[code]` line) runs before parsing.
enum Bodies {
    static let valid = "let x = 1;\nOk(Some(x))\n"
    static let missingCodeSection = "[dependencies]\nrand = \"0.8\"\n"
}
