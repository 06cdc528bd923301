import BuiltinLintCatalog
import Diagnostics
import Foundation
import Testing
@testable import Codegen
@testable import Lints

/// aarch64: built with Debian's rustc 1.63 and the aarch64 GNU linker, run under
/// qemu-aarch64-static through the C harness of Tests/Harness (the packages are
/// installed by scripts/test).
@Suite("aarch64 build")
struct CrossTargetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func aBodyBuildsForAarch64AndRunsUnderQemu() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("plrustc-aarch64-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let spec = try FunctionSpec.make(name: "add", oid: "5:7", arguments: ["a integer", "b integer"], returns: "integer",
                                         strict: true)
        let body = "notice!(\"adding {} and {}\", a, b);\nif a < 0 { panic!(\"negative\"); }\nOk(Some(a + b))\n"
        let catalog = try LintCatalog.builtin().get()
        let request = CompileRequest(spec: spec, body: SourceFile(path: "add.rs", text: body), targets: [.aarch64Linux],
                                     outputDirectory: scratch.appendingPathComponent("out"),
                                     cacheDirectory: scratch.appendingPathComponent("cache"),
                                     compileLints: catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
        guard case .built(_, let artifacts, _) = try Compilation.compile(request, catalog: catalog) else {
            Issue.record("the body did not build")
            return
        }
        let artifact = try #require(artifacts.first)
        #expect(artifact.toolchainVersion.hasPrefix("rustc 1.63"))
        let library = scratch.appendingPathComponent("out").appendingPathComponent(artifact.path).path
        let bytes = try #require(FileManager.default.contents(atPath: library))
        // ELF, 64-bit, little-endian, e_machine 183 (EM_AARCH64).
        #expect(Array(bytes.prefix(4)) == [0x7F, 0x45, 0x4C, 0x46])
        #expect(bytes[4] == 2 && bytes[5] == 1)
        #expect(UInt16(bytes[18]) | UInt16(bytes[19]) << 8 == 183)

        let harness = scratch.appendingPathComponent("plrustc_call").path
        let compiled = ProcessRunner.run("aarch64-linux-gnu-gcc", [
            "-O2", "-I", Self.root.appendingPathComponent("Sources/PLRustcABI/include").path, "-o", harness,
            Self.root.appendingPathComponent("Tests/Harness/plrustc_call.c").path, "-ldl",
        ])
        #expect(compiled.status == 0, "\(compiled.errorText)")
        let run = ProcessRunner.run("qemu-aarch64-static", ["-L", "/usr/aarch64-linux-gnu", harness, library, spec.entrySymbol,
                                                            "int4:20", "int4:22"])
        #expect(run.status == 0, "\(run.errorText)")
        #expect(run.output == "42\n")
        #expect(run.errorText == "LEVEL 18: adding 20 and 22\n")
        let panicked = ProcessRunner.run("qemu-aarch64-static", ["-L", "/usr/aarch64-linux-gnu", harness, library, spec.entrySymbol,
                                                                 "int4:-1", "int4:1"])
        #expect(panicked.status == 1)
        #expect(panicked.output == "error: negative (at line 2 of the body)\n")
    }
}
