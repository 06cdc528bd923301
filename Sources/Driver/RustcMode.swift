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
        var unchecked: String?
        if let user = plan.userCrate {
            let status = lint(root: user.root, edition: user.edition, crates: plan.externCrates, json: plan.wantsJSON,
                              output: output)
            output.flush()
            if status != .success { return status }
            guard case .success(let catalog) = LintCatalog.builtin(), let engine = try? LintEngine(catalog: catalog) else {
                output.error.write("error: plrustc: the built-in lint catalog is invalid\n")
                output.flush()
                return .usage
            }
            let pointers = RustcDriver.fnPointersInUserCrate(plan, environment: environment)
            unchecked = pointers.unchecked
            let hidden = RustcDriver.refusedInExpansions(plan, environment: environment, engine: engine) + pointers.diagnostics
            if !hidden.isEmpty { return report(hidden, user: user.root, json: plan.wantsJSON, output: output) }
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
        if let unchecked, let user = plan.userCrate {
            // rustc gave no MIR to check. Build anyway, to pass on rustc's own errors where the
            // body has them; a build that succeeds unchecked is refused.
            var childEnvironment = environment
            if let configuration = environment["PLRUSTC_CLIPPY_CONF_DIR"], !configuration.isEmpty, program != plan.rustc {
                childEnvironment["CLIPPY_CONF_DIR"] = configuration
            }
            let built = ProcessRunner.run(program, arguments, environment: childEnvironment)
            output.out.write(built.output)
            output.error.write(built.errorText)
            output.flush()
            guard built.status == 0 else { return built.status == 1 ? .rejected : .toolchain }
            return report([Diagnostic(level: .error, message: "plrustc could not check the function for function pointers",
                                      children: [Diagnostic(level: .note, message: String(unchecked.prefix(2000)))])],
                          user: user.root, json: plan.wantsJSON, output: output)
        }
        // Become rustc: its output streams straight to cargo, its exit status is ours.
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        output.error.write("error: plrustc: cannot run \(program): \(String(cString: strerror(errno)))\n")
        output.flush()
        return .toolchain
    }

    /// Reports what refuses the user crate, under the name rustc gives its file
    /// (so cargo's build maps it onto the body as rustc's own diagnostics).
    private static func report(_ diagnostics: [Diagnostic], user root: String, json: Bool, output: StandardStreams) -> ExitStatus {
        let reporter = DiagnosticReporter(format: json ? .json : .human, stream: output.error)
        let bytes = FileManager.default.contents(atPath: root).map { Array($0) } ?? []
        let file = SourceFile(path: RustcDriver.recordedPath(ofUserRoot: root), bytes: bytes)
        for diagnostic in diagnostics { reporter.report(diagnostic, in: file) }
        reporter.finish()
        output.flush()
        return .rejected
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
