import Dependencies
import Diagnostics
import Foundation
import Lints
import RustSyntax

/// Everything `plrustc compile` is asked to do for one function.
public struct CompileRequest: Sendable {
    public var spec: FunctionSpec
    public var body: SourceFile
    public var targets: [TargetTriple]
    public var rustcOverrides: [TargetTriple: String] = [:]
    public var linkerOverrides: [TargetTriple: String] = [:]
    public var optLevel = 2
    public var outputDirectory: URL
    public var cacheDirectory: URL
    /// The lints to apply (PL/Rust's `plrust.compile_lints`): catalog lints run
    /// up front, the others are forbidden in the backend by every rustc that knows them.
    public var compileLints: [String]
    /// The dependency allow-list (nil: dependencies unrestricted).
    public var allowList: AllowList?
    /// The crate registry bodies with dependencies build against (cargo directory source).
    public var registry = CompileRequest.defaultRegistry
    /// plrustc's own executable, cargo's `RUSTC` for bodies with dependencies.
    public var driverExecutable: String?

    /// Debian's crate registry (`librust-<name>-dev` packages), unless `PLRUSTC_CARGO_REGISTRY` says otherwise.
    public static var defaultRegistry: String {
        ProcessInfo.processInfo.environment["PLRUSTC_CARGO_REGISTRY"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/cargo/registry"
    }
    /// `--emit obj`: a relocatable object per target too, beside the shared library.
    public var emitObject = false
    /// What each build may use.
    public var limits = BuildLimits.defaults
    /// Off only in tests that check the backend layers on their own.
    var runsSyntaxLints = true

    public init(spec: FunctionSpec, body: SourceFile, targets: [TargetTriple], outputDirectory: URL, cacheDirectory: URL,
                compileLints: [String]) {
        self.spec = spec
        self.body = body
        self.targets = targets
        self.outputDirectory = outputDirectory
        self.cacheDirectory = cacheDirectory
        self.compileLints = compileLints
    }

    /// rustc's lints PL/Rust forbids by default that rustc 1.63 and 1.95 both know
    /// (`implied_bounds_entailment`, `suspicious_auto_trait_impls` and
    /// `unaligned_references` have left rustc since, so they are opt-in).
    public static let defaultBackendLints = ["deprecated", "soft_unstable", "unknown_lints", "unsafe_code"]
}

/// How a compilation ended.
public enum CompileResult: Sendable {
    /// The body has syntax errors, lint violations or compile errors.
    case rejected([Diagnostic])
    /// Built for every target; `warnings` are the compiler's.
    case built(manifest: String, artifacts: [Artifact], warnings: [Diagnostic])
}

public enum Compilation {
    /// Lints the body (nothing is compiled if a lint fires), then builds it for
    /// each target and writes `manifest.json` into the output directory.
    public static func compile(_ request: CompileRequest, catalog: LintCatalog) throws(BuildError) -> CompileResult {
        let catalogNames = Set(catalog.lints.map(\.name))
        var seen: Set<String> = []
        let configured = request.compileLints.filter { seen.insert($0).inserted }
        let syntaxLints = configured.filter { catalogNames.contains($0) }
        // A list that leaves out lints of the default set weakens every function built with it: said on every compile.
        let omitted = (catalog.lints.map(\.name) + CompileRequest.defaultBackendLints).filter { !configured.contains($0) }
        let omissionWarning = omitted.isEmpty ? [] : [Diagnostic(
            level: .warning,
            message: "the compile lints leave out \(omitted.count) of plrustc's default lint\(omitted.count == 1 ? "" : "s"): "
                + omitted.map { "`\($0)`" }.joined(separator: ", "),
            children: [Diagnostic(level: .note, message: "the function is checked less strictly than plrustc can check it; "
                                  + "the manifest lists these under `lints.omitted`, and a host that requires them refuses the artifact")])]
        // Toolchains first: a missing one fails before anything is built.
        var toolchains: [Toolchain] = []
        for target in request.targets {
            toolchains.append(try Toolchain.resolve(target, rustcOverride: request.rustcOverrides[target],
                                                    linkerOverride: request.linkerOverrides[target],
                                                    cacheDirectory: request.cacheDirectory))
        }
        var engine: LintEngine
        do {
            engine = try LintEngine(catalog: catalog, enabled: Set(syntaxLints))
        } catch {
            throw BuildError(.configuration, "invalid lint catalog: \(error)")
        }
        // `cfg` is evaluated with what holds on every target; a target that does not agree
        // with plrustc's assumption (another OS or libc, 32 bits…) leaves every predicate unknown.
        for toolchain in toolchains {
            let printed = try toolchain.printedCfg(optLevel: request.optLevel, cacheDirectory: request.cacheDirectory)
            if !Cfg.Facts.assumed.agree(withPrinted: printed) { engine.cfgFacts = .none }
        }
        let tree = RustParser.parse(request.body, mode: .body)
        let allowList = request.allowList
        let diagnostics = request.runsSyntaxLints
            ? withLargeStack { SourceLinter(engine: engine, allowList: allowList).check(request.body) }
            : tree.diagnostics
        if diagnostics.contains(where: { $0.level == .error }) { return .rejected(omissionWarning + diagnostics) }
        guard let layout = tree.bodyLayout else { return .rejected(tree.diagnostics) }
        var dependencies: [ResolvedDependency] = []
        if let section = layout.dependencies {
            let checked = DependencyCheck.check(section, in: request.body, allowList: allowList)
            if !checked.diagnostics.isEmpty { return .rejected(checked.diagnostics) }
            dependencies = checked.resolved
        }
        if !dependencies.isEmpty, request.emitObject {
            throw BuildError(.configuration, "--emit obj is not available for bodies with dependencies yet")
        }
        if !dependencies.isEmpty, request.driverExecutable == nil {
            throw BuildError(.configuration, "a body with dependencies is built by cargo through plrustc's executable, which is unknown here")
        }

        var known: [TargetTriple: Set<String>] = [:]
        for toolchain in toolchains { known[toolchain.target] = toolchain.knownLints }
        // A name both layers know (`unsafe_code`) is applied by both.
        for name in configured where !catalogNames.contains(name) && !known.values.contains(where: { $0.contains(name) }) {
            throw BuildError(.configuration, "unknown lint `\(name)` in the compile lints: neither the catalog nor any target's rustc knows it")
        }

        let code = request.body.text(layout.code)
        let bodyDigest = SHA256.hex(request.body.bytes)
        let builder = Builder(cacheDirectory: request.cacheDirectory, optLevel: request.optLevel, limits: request.limits)
        var artifacts: [Artifact] = []
        var warnings: [Diagnostic] = []
        let clippyConfiguration = ClippyLayer.configuration(for: catalog.lints.filter { syntaxLints.contains($0.name) })
        for toolchain in toolchains {
            let clippy = toolchain.clippyDriver == nil ? nil : clippyConfiguration
            let forbid = (configured.filter { known[toolchain.target]?.contains($0) ?? false }
                          + (clippy == nil ? [] : ClippyLayer.lints)).sorted()
            let metadata = Manifest.json([
                "abi_version": 1,
                "function": request.spec.name,
                "body_sha256": bodyDigest,
                "target": toolchain.target.value,
                "lints": Set(syntaxLints + forbid).sorted(),
            ], pretty: false)
            let bodyLine = request.body.location(ofByte: layout.code.start).line
            let outcome: BuildOutcome
            if let driver = request.driverExecutable, !dependencies.isEmpty {
                // The same layers as a rustc build: the rustc-compatible mode runs clippy-driver on the user crate.
                outcome = try CargoBuild(builder: builder, registry: request.registry, driverExecutable: driver)
                    .build(spec: request.spec, code: code, bodyOffset: layout.code.start, bodyLine: bodyLine, toolchain: toolchain,
                           forbid: forbid, clippy: clippy, metadata: metadata, dependencies: dependencies,
                           outputDirectory: request.outputDirectory)
            } else {
                outcome = try builder.build(spec: request.spec, code: code, bodyOffset: layout.code.start, bodyLine: bodyLine,
                                            toolchain: toolchain, forbid: forbid, clippy: clippy, metadata: metadata,
                                            outputDirectory: request.outputDirectory, emitObject: request.emitObject,
                                            checksFnPointers: syntaxLints.contains("plrust_fn_pointers"))
            }
            if outcome.failed { return .rejected(omissionWarning + outcome.diagnostics) }
            warnings += outcome.diagnostics
            artifacts += outcome.artifacts
        }
        let manifest = Manifest.make(spec: request.spec, bodyDigest: bodyDigest, syntaxLints: syntaxLints.sorted(),
                                     omittedLints: omitted.sorted(), artifacts: artifacts, optLevel: request.optLevel)
        let path = request.outputDirectory.appendingPathComponent("manifest.json")
        do {
            try FileManager.default.createDirectory(at: request.outputDirectory, withIntermediateDirectories: true)
            try Data(manifest.utf8).write(to: path, options: .atomic)
        } catch {
            throw BuildError(.toolchain, "cannot write \(path.path): \(error.localizedDescription)")
        }
        return .built(manifest: path.path, artifacts: artifacts, warnings: omissionWarning + warnings)
    }
}

/// `manifest.json`: what the extension stores beside the function.
public enum Manifest {
    public static let driverVersion = "0.1.0"

    static func make(spec: FunctionSpec, bodyDigest: String, syntaxLints: [String], omittedLints: [String], artifacts: [Artifact],
                     optLevel: Int) -> String {
        var function: [String: Any] = [
            "name": spec.name,
            "args": spec.arguments.map { ["name": $0.name, "type": $0.type.description] },
            "returns": spec.returnsText,
            "strict": spec.strict,
        ]
        function["oid"] = spec.oid.map { "\($0.database):\($0.function)" } ?? NSNull()
        let targets: [[String: Any]] = artifacts.map { artifact in
            var target: [String: Any] = [
                "triple": artifact.target.value,
                "toolchain": artifact.toolchainVersion,
                "artifact": artifact.path,
                "size": artifact.size,
                "sha256": artifact.sha256,
                "lints": Set(syntaxLints + artifact.backendLints).sorted(),
            ]
            if let object = artifact.object {
                target["object"] = ["path": object.path, "size": object.size, "sha256": object.sha256]
            }
            return target
        }
        return json([
            "plrustc_version": driverVersion,
            "abi_version": 1,
            "function": function,
            "entry": spec.entrySymbol,
            // Which entry point type of plrustc.h: plrustc_entry_fn or plrustc_trigger_fn.
            "kind": spec.returns == .trigger ? "trigger" : "function",
            "metadata_symbol": spec.metadataSymbol,
            "body_sha256": bodyDigest,
            "opt_level": optLevel,
            "lints": ["syntax": syntaxLints, "omitted": omittedLints,
                      "backend": Dictionary(uniqueKeysWithValues: artifacts.map { ($0.target.value, $0.backendLints) })],
            "targets": targets,
        ], pretty: true) + "\n"
    }

    static func json(_ object: [String: Any], pretty: Bool) -> String {
        var options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        if pretty { options.insert(.prettyPrinted) }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension FunctionSpec {
    /// The return type as SQL writes it.
    public var returnsText: String {
        switch returns {
        case .value(let type): type.description
        case .setOf(let type): "SETOF \(type)"
        case .table(let columns): "TABLE (\(columns.map { "\($0.name) \($0.type)" }.joined(separator: ", ")))"
        case .trigger: "trigger"
        }
    }
}

/// A manifest as `plrustc call` and `plrustc verify` read it back.
public struct LoadedManifest: Sendable {
    public struct Target: Sendable {
        public let triple: String
        public let artifact: String
        public let sha256: String
        public let lints: [String]
    }

    public let spec: FunctionSpec
    public let entry: String
    public let metadataSymbol: String
    public let targets: [Target]

    public init(json data: Data) throws(SpecError) {
        struct Fields: Decodable {
            struct FunctionFields: Decodable {
                struct ArgumentFields: Decodable {
                    let name: String
                    let type: String
                }
                let name: String
                let oid: String?
                let args: [ArgumentFields]
                let returns: String
                let strict: Bool
            }
            struct TargetFields: Decodable {
                let triple: String
                let artifact: String
                let sha256: String
                let lints: [String]
            }
            let abi_version: Int
            let function: FunctionFields
            let entry: String
            let metadata_symbol: String
            let targets: [TargetFields]
        }
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: data)
        } catch {
            throw SpecError("not a plrustc manifest: \(error)")
        }
        guard fields.abi_version == 1 else { throw SpecError("the manifest is for plrustc ABI \(fields.abi_version); this plrustc speaks 1") }
        let function = fields.function
        spec = try FunctionSpec.make(name: function.name, oid: function.oid, arguments: function.args.map { "\($0.name) \($0.type)" },
                                     returns: function.returns, strict: function.strict)
        entry = fields.entry
        metadataSymbol = fields.metadata_symbol
        targets = fields.targets.map { Target(triple: $0.triple, artifact: $0.artifact, sha256: $0.sha256, lints: $0.lints) }
    }
}
