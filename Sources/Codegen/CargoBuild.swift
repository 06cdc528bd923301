import Dependencies
import Diagnostics
import Foundation

/// Builds a function whose body has dependencies: a cargo project per function
/// (the user's crate `forbidden` with the resolved dependencies, and the entry
/// crate), offline against a local crate registry (Debian's by default), with
/// `RUSTC=plrustc` so that the rustc-compatible mode lints the user's crate and
/// passes the dependencies through. Every function shares one target directory,
/// so a dependency is compiled once.
struct CargoBuild {
    let builder: Builder
    let registry: String
    let driverExecutable: String

    private var root: URL { builder.cacheDirectory.appendingPathComponent("cargo") }

    /// `clippy`: the semantic layer's `clippy.toml` when the toolchain has clippy-driver (`forbid` then lists its lints):
    /// the rustc-compatible mode builds the user crate with clippy-driver (PLRUSTC_CLIPPY_CONF_DIR).
    func build(spec: FunctionSpec, code: String, bodyOffset: Int, bodyLine: Int, toolchain: Toolchain, forbid: [String],
               clippy: String?, metadata: String, dependencies: [ResolvedDependency],
               outputDirectory: URL) throws(BuildError) -> BuildOutcome {
        guard FileManager.default.fileExists(atPath: registry) else {
            throw BuildError(.configuration, "the crate registry `\(registry)` does not exist (set --registry or PLRUSTC_CARGO_REGISTRY)")
        }
        guard let cargo = Toolchain.findOnPath("cargo", environment: ["PATH": URL(fileURLWithPath: toolchain.rustc)
                                                    .deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]) else {
            throw BuildError(.toolchain, "no cargo beside \(toolchain.rustc) or on PATH to build a body with dependencies")
        }
        let wrapper = WrapperCrate(spec: spec, code: code, bodyLine: bodyLine, forbiddenLints: forbid, metadata: metadata,
                                   userPath: WrapperCrate.cargoUserPath)
        let runtimeDirectory = root.appendingPathComponent("plrustc_runtime")
        try write(Builder.runtimeSource, to: runtimeDirectory.appendingPathComponent("src/lib.rs"))
        var runtimeManifest = TOMLWriter()
        Self.package(&runtimeManifest, name: "plrustc_runtime", version: "0.1.0")
        try write(runtimeManifest.text, to: runtimeDirectory.appendingPathComponent("Cargo.toml"))

        let userCrate = "plrust_user_\(spec.identifier)"
        let runtime = TOMLWriter.inlineTable([("path", TOMLWriter.string(runtimeDirectory.path))])
        var userManifest = TOMLWriter()
        Self.package(&userManifest, name: userCrate, version: "0.0.0")
        userManifest.table("dependencies")
        userManifest.entry("plrustc_runtime", runtime)
        for dependency in dependencies {
            userManifest.entry(dependency.name, TOMLWriter.inlineTable([
                ("version", TOMLWriter.string(dependency.requirement)),
                ("features", TOMLWriter.array(dependency.features)),
                ("default-features", TOMLWriter.bool(dependency.defaultFeatures)),
            ]))
        }
        var entryManifest = TOMLWriter()
        Self.package(&entryManifest, name: spec.rustFunctionName, version: "0.0.0", crateType: "cdylib")
        entryManifest.table("dependencies")
        entryManifest.entry("plrustc_runtime", runtime)
        entryManifest.entry(WrapperCrate.userCrateName, TOMLWriter.inlineTable([("package", TOMLWriter.string(userCrate)),
                                                                             ("path", TOMLWriter.string("../user"))]))
        entryManifest.table("workspace")

        var key = SHA256()
        for part in [wrapper.userSource, wrapper.entrySource, userManifest.text, entryManifest.text, Builder.runtimeSource, toolchain.versionText,
                     toolchain.rustc, toolchain.target.value, toolchain.linker ?? "", String(builder.optLevel), registry,
                     clippy ?? ""] {
            key.update(part)
            key.update([0])
        }
        let digest = key.hexDigest()
        let libraryName = "lib\(spec.rustFunctionName).so"
        let cached = builder.cacheDirectory.appendingPathComponent("artifacts/\(digest)/\(libraryName)")
        var outcome = BuildOutcome()
        var hit = true
        if !FileManager.default.fileExists(atPath: cached.path) {
            hit = false
            let project = root.appendingPathComponent("functions/\(digest)")
            try write(userManifest.text, to: project.appendingPathComponent("user/Cargo.toml"))
            try write(wrapper.userSource, to: project.appendingPathComponent("user/src/lib.rs"))
            try write(entryManifest.text, to: project.appendingPathComponent("entry/Cargo.toml"))
            try write(wrapper.entrySource, to: project.appendingPathComponent("entry/src/lib.rs"))
            if let clippy { try write(clippy, to: project.appendingPathComponent("clippy/clippy.toml")) }
            var arguments = ["build", "--release", "--offline", "--message-format", "json", "--quiet",
                             "--manifest-path", project.appendingPathComponent("entry/Cargo.toml").path,
                             "--target-dir", root.appendingPathComponent("target").path,
                             "--config", "source.crates-io.replace-with=\"plrustc-registry\"",
                             "--config", "source.plrustc-registry.directory=\(TOMLWriter.string(registry))",
                             "--config", "profile.release.opt-level=\(builder.optLevel)",
                             "--config", "profile.release.strip=\"debuginfo\""]
            if toolchain.host != toolchain.target.value {
                arguments += ["--target", toolchain.target.value]
                if let linker = toolchain.linker {
                    arguments += ["--config", "target.\(TOMLWriter.key(toolchain.target.value)).linker=\(TOMLWriter.string(linker))"]
                }
            }
            var environment = ProcessInfo.processInfo.environment
            environment["RUSTC"] = driverExecutable
            environment["PLRUSTC_RUSTC"] = toolchain.rustc
            environment["PLRUSTC_USER_CRATE_NAME"] = userCrate
            environment["PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS"] = project.appendingPathComponent("user/src").path
            environment["CARGO_TERM_COLOR"] = "never"
            environment["PLRUSTC_CLIPPY_CONF_DIR"] = clippy == nil ? nil : project.appendingPathComponent("clippy").path
            let result = ProcessRunner.run(cargo, arguments, environment: environment, budget: BuildBudget(limits: builder.limits))
            if let reason = result.exceeded {
                outcome.diagnostics = [Builder.stopped(reason)]
                return outcome
            }
            let (diagnostics, artifact) = CompilerDiagnostics.cargoMessages(result.output, userCrate: userCrate,
                                                                            artifactCrate: spec.rustFunctionName,
                                                                            codeOffset: wrapper.codeOffset,
                                                                            codeLength: wrapper.codeLength, bodyOffset: bodyOffset)
            outcome.diagnostics = diagnostics
            guard result.status == 0, let artifact else {
                if !outcome.failed {
                    let text = (result.errorText + result.output).trimmingCharacters(in: .whitespacesAndNewlines)
                    throw BuildError(.toolchain, "cargo failed for \(toolchain.target) (exit status \(result.status))"
                                     + (text.isEmpty ? "" : ": " + String(text.suffix(2000))))
                }
                return outcome
            }
            if let tooLarge = builder.checkSize(of: URL(fileURLWithPath: artifact)) {
                outcome.diagnostics.append(tooLarge)
                return outcome
            }
            try builder.publishCopy(URL(fileURLWithPath: artifact), to: cached)
        }
        outcome.artifacts.append(try builder.deliver(cached, libraryName: libraryName, hit: hit, toolchain: toolchain,
                                                     forbid: forbid, outputDirectory: outputDirectory))
        return outcome
    }

    /// Writes `text` unless the file already holds it (keeping cargo's fingerprints), atomically.
    private func write(_ text: String, to file: URL) throws(BuildError) {
        if let existing = try? String(contentsOf: file, encoding: .utf8), existing == text { return }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
        } catch {
            throw BuildError(.toolchain, "cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    /// A `[package]` table (edition 2021) and its `[lib]`.
    private static func package(_ manifest: inout TOMLWriter, name: String, version: String, crateType: String? = nil) {
        manifest.table("package")
        manifest.entry("name", TOMLWriter.string(name))
        manifest.entry("version", TOMLWriter.string(version))
        manifest.entry("edition", TOMLWriter.string("2021"))
        manifest.table("lib")
        if let crateType { manifest.entry("crate-type", TOMLWriter.array([crateType])) }
        manifest.entry("path", TOMLWriter.string("src/lib.rs"))
    }
}
