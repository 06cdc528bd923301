import BuiltinLintCatalog
import Codegen
import Diagnostics
import Foundation
import Lints
import RustSyntax
#if canImport(Glibc)
import Glibc
#endif

/// plrustc invoked with rustc's arguments (cargo's `RUSTC`): lint the user
/// crate, then become the real rustc (exec), with flags added for that crate.
enum RustcMode {
    static func run(_ arguments: [String], output: StandardStreams) -> ExitStatus {
        let environment = ProcessInfo.processInfo.environment
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let plan: RustcDriver.Plan
        do {
            plan = try RustcDriver.plan(arguments, environment: environment, ownExecutable: own,
                                        backendLints: CompileRequest.defaultBackendLints,
                                        cacheDirectory: Builder.defaultCacheDirectory(environment: environment))
        } catch {
            output.error.write("error: plrustc: \(error.message)\n")
            output.flush()
            return error.kind == .configuration ? .usage : .toolchain
        }
        if let user = plan.userCrate {
            let status = lint(root: user.root, edition: user.edition, crates: plan.externCrates, json: plan.wantsJSON,
                              output: output)
            output.flush()
            if status != .success { return status }
            if case .success(let catalog) = LintCatalog.builtin(), let engine = try? LintEngine(catalog: catalog) {
                let hidden = RustcDriver.unsafeInExpansions(plan, environment: environment, engine: engine)
                    + RustcDriver.fnPointersInUserCrate(plan, environment: environment)
                if !hidden.isEmpty {
                    let reporter = DiagnosticReporter(format: plan.wantsJSON ? .json : .human, stream: output.error)
                    // Under the name rustc gives the file, so cargo's build maps these onto the body as rustc's own.
                    let bytes = FileManager.default.contents(atPath: user.root).map { Array($0) } ?? []
                    let file = SourceFile(path: RustcDriver.recordedPath(ofUserRoot: user.root), bytes: bytes)
                    for diagnostic in hidden { reporter.report(diagnostic, in: file) }
                    reporter.finish()
                    output.flush()
                    return .rejected
                }
            }
        }
        output.flush()
        // The user crate under the semantic layer, when the build asked for it: clippy-driver beside the real rustc.
        var program = plan.rustc
        var arguments = plan.arguments
        if plan.userCrate != nil, let configuration = environment["PLRUSTC_CLIPPY_CONF_DIR"], !configuration.isEmpty {
            let clippy = URL(fileURLWithPath: plan.rustc).deletingLastPathComponent().appendingPathComponent("clippy-driver").path
            guard FileManager.default.isExecutableFile(atPath: clippy) else {
                output.error.write("error: plrustc: the build asks for clippy, but there is no clippy-driver beside \(plan.rustc)\n")
                output.flush()
                return .toolchain
            }
            program = clippy
            // clippy's style advice is not a verdict: only the forbidden lists count.
            arguments += ["-A", "clippy::all"]
            setenv("CLIPPY_CONF_DIR", configuration, 1)
        }
        // Become rustc: its output streams straight to cargo, its exit status is ours.
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        output.error.write("error: plrustc: cannot run \(program): \(String(cString: strerror(errno)))\n")
        output.flush()
        return .toolchain
    }

    /// Lints the user crate's root file with the whole catalog.
    private static func lint(root: String, edition text: String, crates: Set<String>, json: Bool,
                             output: StandardStreams) -> ExitStatus {
        guard let edition = Edition(text) else {
            output.error.write("error: plrustc: unknown edition `\(text)`\n")
            return .usage
        }
        guard let bytes = FileManager.default.contents(atPath: root) else {
            output.error.write("error: plrustc: couldn't read `\(root)`\n")
            return .usage
        }
        guard case .success(let catalog) = LintCatalog.builtin(), let engine = try? LintEngine(catalog: catalog) else {
            output.error.write("error: plrustc: the built-in lint catalog is invalid\n")
            return .usage
        }
        let source = SourceFile(path: root, bytes: Array(bytes))
        let diagnostics = withLargeStack { SourceLinter(engine: engine, edition: edition, mode: .crate, externCrates: crates).check(source) }
        let reporter = DiagnosticReporter(format: json ? .json : .human, stream: output.error)
        for diagnostic in diagnostics { reporter.report(diagnostic, in: source) }
        guard diagnostics.contains(where: { $0.level == .error }) else { return .success }
        reporter.finish()
        return .rejected
    }
}
