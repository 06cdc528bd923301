import Diagnostics
import Foundation

/// One artifact built for one target.
public struct Artifact: Sendable {
    public let target: TargetTriple
    public let toolchainVersion: String
    /// Relative to the output directory: `<triple>/lib<function>.so`.
    public let path: String
    public let size: Int
    public let sha256: String
    /// The backend lints forbidden on the user's module by this target's rustc.
    public let backendLints: [String]
    public let cacheHit: Bool
    /// With `--emit obj`: one relocatable object with the runtime and std in it, for a host that links.
    public var object: (path: String, size: Int, sha256: String)?
}

/// What a build produced: artifacts, or the compiler's diagnostics mapped onto the body.
public struct BuildOutcome: Sendable {
    public var artifacts: [Artifact] = []
    public var diagnostics: [Diagnostic] = []
    public var failed: Bool { diagnostics.contains { $0.level == .error } }
}

/// Builds a linted function for each target: the runtime crate once per
/// toolchain and target (cached), then the wrapper crate as a shared library
/// (cached by content), copied into the output directory.
public struct Builder: Sendable {
    public let cacheDirectory: URL
    public let optLevel: Int
    /// What each build of a function may use (the runtime crate's build is plrustc's own and unbounded).
    public let limits: BuildLimits

    public init(cacheDirectory: URL, optLevel: Int, limits: BuildLimits = .defaults) {
        self.cacheDirectory = cacheDirectory
        self.optLevel = optLevel
        self.limits = limits
    }

    /// The rejection of a body whose build was stopped at a limit.
    static func stopped(_ reason: String) -> Diagnostic {
        Diagnostic(level: .error, message: "building this function was stopped: \(reason)",
                   children: [Diagnostic(level: .note, message: "every build is bounded (plrustc.build_cpu_time, plrustc.build_wall_time, "
                                         + "plrustc.build_memory, plrustc.build_file_size, plrustc.artifact_size); the whole build was killed")])
    }

    /// A delivered library larger than the limit is refused before it is cached.
    func checkSize(of file: URL) -> Diagnostic? {
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.uint64Value ?? 0
        guard size > limits.artifactBytes else { return nil }
        return Builder.stopped("the library is \(size) bytes, more than \(ByteCount.text(limits.artifactBytes))")
    }

    /// The cache used unless told otherwise: `$PLRUSTC_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/plrustc`, else `~/.cache/plrustc`.
    public static func defaultCacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit = environment["PLRUSTC_CACHE_DIR"], !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("plrustc") }
        return URL(fileURLWithPath: environment["HOME"] ?? NSTemporaryDirectory()).appendingPathComponent(".cache/plrustc")
    }

    /// The runtime crate's source, as embedded in plrustc.
    static var runtimeSource: String { EmbeddedRuntime.entries.first { $0.file == "lib.rs" }?.text ?? "" }

    /// Builds `spec` with `code` (the body's code section, which starts at byte
    /// `bodyOffset` of the body file) for `toolchain`, into `outputDirectory/<triple>/`.
    /// `forbid`: the configured backend lints this toolchain knows; `metadata`: the JSON to embed.
    /// `clippy`: the semantic layer's `clippy.toml`, when the toolchain has clippy-driver (`forbid` then lists its lints).
    public func build(spec: FunctionSpec, code: String, bodyOffset: Int, bodyLine: Int, toolchain: Toolchain,
                      forbid: [String], clippy: String?, metadata: String, outputDirectory: URL,
                      emitObject: Bool = false, checksFnPointers: Bool = false) throws(BuildError) -> BuildOutcome {
        let runtime = try runtimeLibrary(for: toolchain)
        let wrapper = WrapperCrate(spec: spec, code: code, bodyLine: bodyLine, forbiddenLints: forbid, metadata: metadata,
                                   userPath: WrapperCrate.recordedPath(spec))
        let userCompiler = clippy == nil ? toolchain.rustc : toolchain.clippyDriver ?? toolchain.rustc

        var key = SHA256()
        for part in [wrapper.userSource, wrapper.entrySource, runtime.key, toolchain.versionText, toolchain.rustc,
                     toolchain.target.value, toolchain.linker ?? "", String(optLevel), userCompiler, clippy ?? ""] {
            key.update(part)
            key.update([0])
        }
        let artifactKey = key.hexDigest()
        let libraryName = "lib\(spec.rustFunctionName).so"
        let objectName = "\(spec.rustFunctionName).o"
        let cachedLibrary = cacheDirectory.appendingPathComponent("artifacts/\(artifactKey)/\(libraryName)")
        let cachedObject = cacheDirectory.appendingPathComponent("artifacts/\(artifactKey)/\(objectName)")
        let needsLibrary = !FileManager.default.fileExists(atPath: cachedLibrary.path)
        let needsObject = emitObject && !FileManager.default.fileExists(atPath: cachedObject.path)
        var outcome = BuildOutcome()
        if needsLibrary || needsObject {
            // One budget for every step of this build, the typed check beside it included.
            let budget = BuildBudget(limits: limits)
            let crates = try CrateBuild(builder: self, spec: spec, wrapper: wrapper, toolchain: toolchain, runtime: runtime.path,
                                        budget: budget)
            // PLRUSTC_KEEP_BUILD=1 leaves both crates in the cache's tmp/ to look at.
            defer { if ProcessInfo.processInfo.environment["PLRUSTC_KEEP_BUILD"] != "1" { crates.remove() } }
            // The typed check runs beside the user crate's build (they read the same
            // file and write nothing in common); the build is kept only if the check passes.
            let underClippy = userCompiler != toolchain.rustc
            let check = checksFnPointers ? BackgroundResult { crates.checkFnPointers(bodyOffset: bodyOffset, underClippy: underClippy) } : nil
            let built = try crates.buildUserCrate(compiler: userCompiler, clippy: clippy, bodyOffset: bodyOffset,
                                                  diagnostics: &outcome.diagnostics)
            var unchecked: String?
            switch check?.value {
            case .success(let found)? where !found.isEmpty:
                outcome.diagnostics = found
                return outcome
            case .failure(.stopped(let reason))?:
                outcome.diagnostics = [Builder.stopped(reason)]
                return outcome
            case .failure(.noOutput(let errors))?:
                // Most often the body does not compile, and the build says where.
                unchecked = errors
            default:
                break
            }
            guard let userLibrary = built else { return outcome }
            if let unchecked {
                // It compiles, yet rustc gave no typed view of it: unchecked is not accepted.
                outcome.diagnostics.append(Diagnostic(level: .error, message: "plrustc could not check the function for function pointers",
                                                      children: [Diagnostic(level: .note, message: String(unchecked.prefix(2000)))]))
                return outcome
            }
            if needsLibrary {
                guard let library = try crates.buildEntry(userLibrary: userLibrary, crateType: "cdylib", output: libraryName,
                                                          diagnostics: &outcome.diagnostics) else { return outcome }
                if let tooLarge = checkSize(of: library) {
                    outcome.diagnostics.append(tooLarge)
                    return outcome
                }
                try publish(library, to: cachedLibrary)
            }
            if needsObject {
                // The entry crate as a static library (with the user crate, the
                // runtime and std), then linked into one relocatable object holding
                // what the entry point needs (`-r`, `-u entry`): the host links it without rustc.
                guard let archive = try crates.buildEntry(userLibrary: userLibrary, crateType: "staticlib",
                                                          output: "lib\(spec.rustFunctionName).a", diagnostics: &outcome.diagnostics)
                else { return outcome }
                let object = crates.directory.appendingPathComponent(objectName)
                let linker = toolchain.linker ?? "cc"
                let linked = ProcessRunner.run(linker, ["-r", "-nostdlib", "-Wl,--strip-debug", "-Wl,-u,\(spec.entrySymbol)",
                                                        "-Wl,-u,\(spec.metadataSymbol)", "-o", object.path, archive.path],
                                               budget: budget)
                if let reason = linked.exceeded {
                    outcome.diagnostics.append(Builder.stopped(reason))
                    return outcome
                }
                if let tooLarge = checkSize(of: object) {
                    outcome.diagnostics.append(tooLarge)
                    return outcome
                }
                guard linked.status == 0 else {
                    throw BuildError(.toolchain, "`\(linker) -r` failed for \(toolchain.target): " + String(linked.errorText.prefix(2000)))
                }
                try publish(object, to: cachedObject)
            }
        }
        var artifact = try deliver(cachedLibrary, libraryName: libraryName, hit: !needsLibrary, toolchain: toolchain, forbid: forbid,
                                   outputDirectory: outputDirectory)
        if emitObject {
            let destination = outputDirectory.appendingPathComponent(toolchain.target.value).appendingPathComponent(objectName)
            let bytes: Data
            do {
                bytes = try Data(contentsOf: cachedObject)
                try bytes.write(to: destination, options: .atomic)
            } catch {
                throw BuildError(.toolchain, "cannot write \(destination.path): \(error.localizedDescription)")
            }
            artifact.object = ("\(toolchain.target.value)/\(objectName)", bytes.count, SHA256.hex(bytes))
        }
        outcome.artifacts.append(artifact)
        return outcome
    }

    /// Copies a cached artifact into `outputDirectory/<triple>/` and describes it.
    func deliver(_ cached: URL, libraryName: String, hit: Bool, toolchain: Toolchain, forbid: [String],
                 outputDirectory: URL) throws(BuildError) -> Artifact {
        let targetDirectory = outputDirectory.appendingPathComponent(toolchain.target.value)
        let destination = targetDirectory.appendingPathComponent(libraryName)
        let bytes: Data
        do {
            try FileManager.default.createDirectory(at: targetDirectory, withIntermediateDirectories: true)
            bytes = try Data(contentsOf: cached)
            try bytes.write(to: destination, options: .atomic)
        } catch {
            throw BuildError(.toolchain, "cannot write \(destination.path): \(error.localizedDescription)")
        }
        // The digest is kept beside the cached file: hashing megabytes again would cost more than the rest of a cache hit.
        let digestFile = cached.appendingPathExtension("sha256")
        let digest: String
        if hit, let known = try? String(contentsOf: digestFile, encoding: .utf8), known.count == 64 {
            digest = known
        } else {
            digest = SHA256.hex(bytes)
            try? Data(digest.utf8).write(to: digestFile, options: .atomic)
        }
        return Artifact(target: toolchain.target, toolchainVersion: toolchain.version,
                        path: "\(toolchain.target.value)/\(libraryName)", size: bytes.count, sha256: digest,
                        backendLints: forbid, cacheHit: hit)
    }

    /// Copies a file built elsewhere (cargo's target directory) into the cache, whole or not at all.
    func publishCopy(_ file: URL, to destination: URL) throws(BuildError) {
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent(destination.lastPathComponent)
        do {
            try FileManager.default.copyItem(at: file, to: copy)
        } catch {
            throw BuildError(.toolchain, "cannot copy \(file.path): \(error.localizedDescription)")
        }
        try publish(copy, to: destination)
    }

    /// The runtime crate built for `toolchain`, from the cache or built now.
    func runtimeLibrary(for toolchain: Toolchain) throws(BuildError) -> (path: URL, key: String) {
        var key = SHA256()
        for part in [Builder.runtimeSource, toolchain.versionText, toolchain.rustc, toolchain.target.value,
                     toolchain.linker ?? "", String(optLevel)] {
            key.update(part)
            key.update([0])
        }
        let digest = key.hexDigest()
        let library = cacheDirectory.appendingPathComponent("runtime/\(digest)/libplrustc_runtime.rlib")
        if FileManager.default.fileExists(atPath: library.path) { return (library, digest) }
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = scratch.appendingPathComponent("lib.rs")
        let output = scratch.appendingPathComponent("libplrustc_runtime.rlib")
        do {
            try Data(Builder.runtimeSource.utf8).write(to: source)
        } catch {
            throw BuildError(.toolchain, "cannot write the runtime crate in \(scratch.path): \(error.localizedDescription)")
        }
        let result = ProcessRunner.run(toolchain.rustc, ["--edition", "2021", "--crate-type", "rlib",
                                                         "--crate-name", "plrustc_runtime", "-C", "opt-level=\(optLevel)",
                                                         "--remap-path-prefix", "\(scratch.path)=plrustc",
                                                         "-C", "panic=unwind", "-o", output.path, source.path]
                                                        + toolchain.targetArguments)
        guard result.status == 0 else {
            let text = result.errorText.trimmingCharacters(in: .whitespacesAndNewlines)
            throw BuildError(.toolchain, "the runtime crate does not build with \(toolchain.version) for \(toolchain.target)"
                             + (text.isEmpty ? "" : ": " + String(text.prefix(2000))))
        }
        try publish(output, to: library)
        return (library, digest)
    }

    /// A fresh directory under the cache for one build's files.
    func makeScratchDirectory() throws(BuildError) -> URL {
        let scratch = cacheDirectory.appendingPathComponent("tmp/\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        } catch {
            throw BuildError(.toolchain, "cannot create \(scratch.path): \(error.localizedDescription)")
        }
        return scratch
    }

    /// Moves a finished file into the cache in one rename: concurrent builds of
    /// the same thing both succeed, and no reader ever sees half a file.
    func publish(_ file: URL, to destination: URL) throws(BuildError) {
        let directory = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw BuildError(.toolchain, "cannot create \(directory.path): \(error.localizedDescription)")
        }
        if rename(file.path, destination.path) != 0, !FileManager.default.fileExists(atPath: destination.path) {
            throw BuildError(.toolchain, "cannot move the build into the cache at \(destination.path)")
        }
    }
}

/// One function's two crates in a scratch directory: the user crate built as
/// an rlib (with clippy-driver when the semantic layer is on), then the entry
/// crate against it, as a shared library or a static library.
private struct CrateBuild {
    let builder: Builder
    let spec: FunctionSpec
    let wrapper: WrapperCrate
    let toolchain: Toolchain
    let runtime: URL
    let directory: URL
    let budget: BuildBudget

    /// The user crate's root file, written once for the check and the build.
    let userSourceFile: URL

    init(builder: Builder, spec: FunctionSpec, wrapper: WrapperCrate, toolchain: Toolchain, runtime: URL,
         budget: BuildBudget) throws(BuildError) {
        self.builder = builder
        self.budget = budget
        self.spec = spec
        self.wrapper = wrapper
        self.toolchain = toolchain
        self.runtime = runtime
        directory = try builder.makeScratchDirectory()
        userSourceFile = directory.appendingPathComponent("\(spec.rustFunctionName).rs")
        do {
            try Data(wrapper.userSource.utf8).write(to: userSourceFile)
        } catch {
            throw BuildError(.toolchain, "cannot write the generated crate in \(directory.path): \(error.localizedDescription)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Options both crates are built with.
    private func commonArguments(crateType: String, crateName: String) -> [String] {
        ["--edition", "2021", "--crate-type", crateType, "--crate-name", crateName,
         "-C", "opt-level=\(builder.optLevel)", "-C", "panic=unwind",
         // One unit: faster for crates this small, and better code.
         "-C", "codegen-units=1",
         "--extern", "plrustc_runtime=\(runtime.path)",
         "-L", "dependency=\(runtime.deletingLastPathComponent().path)",
         "--remap-path-prefix", "\(directory.path)=plrustc"] + toolchain.targetArguments
    }

    private func write(_ text: String, _ name: String) throws(BuildError) -> URL {
        let file = directory.appendingPathComponent(name)
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            throw BuildError(.toolchain, "cannot write the generated crate in \(directory.path): \(error.localizedDescription)")
        }
        return file
    }

    /// The typed check of `plrust_fn_pointers` on the user crate (`FnPointerCheck`), with the build's own options.
    /// `underClippy`: the build runs clippy-driver, which sets `cfg(clippy)`: so does the check.
    func checkFnPointers(bodyOffset: Int, underClippy: Bool) -> Result<[Diagnostic], FnPointerCheck.CheckFailure> {
        let source = userSourceFile
        let arguments = FnPointerCheck.meaningArguments(commonArguments(crateType: "rlib", crateName: WrapperCrate.userCrateName))
            + (underClippy ? ["--cfg", "clippy"] : [])
        return FnPointerCheck.run(rustc: toolchain.rustc, arguments: arguments, source: source.path, scratch: directory,
                                  budget: budget).map { findings in
            FnPointerCheck.diagnostics(findings, userPath: WrapperCrate.recordedPath(spec), userSource: wrapper.userSource,
                                       codeOffset: wrapper.codeOffset, codeLength: wrapper.codeLength, bodyOffset: bodyOffset)
        }
    }

    /// The user crate's rlib, or nil when it does not compile (its errors,
    /// mapped onto the body, are then in `diagnostics`, as are its warnings otherwise).
    func buildUserCrate(compiler: String, clippy: String?, bodyOffset: Int,
                        diagnostics: inout [Diagnostic]) throws(BuildError) -> URL? {
        let source = userSourceFile
        let output = directory.appendingPathComponent("lib\(WrapperCrate.userCrateName).rlib")
        var arguments = commonArguments(crateType: "rlib", crateName: WrapperCrate.userCrateName)
            + ["--error-format", "json", "-o", output.path, source.path]
        var environment: [String: String]?
        if let clippy {
            // clippy's style advice is not a verdict: only the two forbidden lists count.
            arguments += ["-A", "clippy::all"]
            _ = try write(clippy, "clippy.toml")
            environment = ProcessInfo.processInfo.environment.merging(["CLIPPY_CONF_DIR": directory.path]) { _, new in new }
        }
        let result = ProcessRunner.run(compiler, arguments, environment: environment, budget: budget)
        if let reason = result.exceeded {
            diagnostics = [Builder.stopped(reason)]
            return nil
        }
        diagnostics = CompilerDiagnostics.mapped(result.errorText, wrapperPath: WrapperCrate.recordedPath(spec),
                                                 codeOffset: wrapper.codeOffset, codeLength: wrapper.codeLength,
                                                 bodyOffset: bodyOffset)
        guard result.status == 0 else {
            if !diagnostics.contains(where: { $0.level == .error }) {
                // rustc failed without a diagnostic we could read (a crash, a missing std).
                let text = result.errorText.trimmingCharacters(in: .whitespacesAndNewlines)
                throw BuildError(.toolchain, "rustc failed for \(toolchain.target) (exit status \(result.status))"
                                 + (text.isEmpty ? "" : ": " + String(text.prefix(2000))))
            }
            return nil
        }
        return output
    }

    /// The entry crate built against `userLibrary` as `crateType`, into `output` (a file name);
    /// nil when a limit stopped it (the reason is then in `diagnostics`).
    func buildEntry(userLibrary: URL, crateType: String, output: String,
                    diagnostics: inout [Diagnostic]) throws(BuildError) -> URL? {
        let source = try write(wrapper.entrySource, "entry.rs")
        let file = directory.appendingPathComponent(output)
        var arguments = commonArguments(crateType: crateType, crateName: spec.rustFunctionName)
            + ["--extern", "\(WrapperCrate.userCrateName)=\(userLibrary.path)", "-o", file.path, source.path]
        if crateType == "cdylib" { arguments += ["-C", "strip=debuginfo"] }
        let result = ProcessRunner.run(toolchain.rustc, arguments, budget: budget)
        if let reason = result.exceeded {
            diagnostics.append(Builder.stopped(reason))
            return nil
        }
        guard result.status == 0 else {
            // Generated code that does not build, or a linker that fails: the toolchain's fault, not the body's.
            let text = result.errorText.trimmingCharacters(in: .whitespacesAndNewlines)
            throw BuildError(.toolchain, "rustc failed to build the \(crateType) for \(toolchain.target) (exit status \(result.status))"
                             + (text.isEmpty ? "" : ": " + String(text.prefix(2000))))
        }
        return file
    }
}

/// A value computed on another thread, waited for when first read.
private final class BackgroundResult<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ compute: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = compute()
            self.done.signal()
        }
    }

    /// Waits for the value (once; later reads return it at once).
    var value: Value? {
        done.wait()
        done.signal()
        return result
    }
}
