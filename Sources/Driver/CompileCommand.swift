import BuiltinLintCatalog
import Codegen
import Diagnostics
import Foundation
import Lints

/// `plrustc compile`: lint a function body, then build it for each target.
struct CompileCommand {
    static let command = Command(
        name: "compile",
        summary: "Lint a function, then build it into a shared library per target triple",
        help: HelpText.compile,
        options: [
            .value("--name"), .value("--oid"), .value("--arg"), .value("--returns"), .flag("--strict"),
            .value("--spec"), .value("--target"), .value("--emit"), .value("--opt-level"), .value("--out-dir"),
            .value("--rustc"), .value("--linker"), .value("--cache-dir"), .value("--compile-lints"),
            .value("--error-format"), .value("--allowed-dependencies"), .value("--registry"), .value("--config"),
            .value("--build-cpu-time"), .value("--build-wall-time"), .value("--build-memory"), .value("--build-file-size"),
            .value("--artifact-size"),
        ],
        run: { scanned, output throws(UsageError) in try CompileCommand.run(scanned, output: output) })

    static func run(_ scanned: ScannedArguments, output: StandardStreams) throws(UsageError) -> ExitStatus {
        // What a build step leaves behind, even outside its process group, comes back to this process to be killed.
        ProcessRunner.adoptOrphans()
        guard scanned.operands.count == 1, let input = scanned.operands.first else {
            throw UsageError("give exactly one body file (or `-` for standard input)")
        }
        let spec = try functionSpec(scanned)
        guard let outDir = scanned.values["--out-dir"] else { throw UsageError("--out-dir DIR is required") }
        var emitObject = false
        if let emit = scanned.values["--emit"] {
            let kinds = emit.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if let unsupported = kinds.first(where: { $0 != "cdylib" && $0 != "obj" }) {
                throw UsageError("--emit takes cdylib and obj, not `\(unsupported)`")
            }
            emitObject = kinds.contains("obj")
        }
        var optLevel = 2
        if let text = scanned.values["--opt-level"] {
            guard let level = Int(text), (0...3).contains(level) else { throw UsageError("--opt-level takes 0, 1, 2 or 3") }
            optLevel = level
        }
        let human = try humanFormat(scanned)
        let environment = ProcessInfo.processInfo.environment
        let configuration = try ConfigurationLoader.load(scanned, environment: environment)
        let targets = scanned.allValues["--target"].map { $0.map(TargetTriple.init) } ?? configuration.targets ?? [.x86_64Linux]
        let catalog: LintCatalog
        switch LintCatalog.builtin() {
        case .success(let builtin): catalog = builtin
        case .failure(let error): throw UsageError("the built-in lint catalog is invalid: \(error)")
        }
        var compileLints = configuration.compileLints ?? (catalog.lints.map(\.name) + CompileRequest.defaultBackendLints)
        if let list = scanned.values["--compile-lints"] {
            compileLints = try LintLists.parse(list, from: "--compile-lints")
        }

        let bytes: [UInt8]
        let inputFile: Input = input == "-" ? .standardInput : .file(input)
        switch FileReader.read(inputFile) {
        case .success(let contents): bytes = contents
        case .failure(let failure): throw UsageError("couldn't read `\(inputFile.displayName)`: \(failure.reason)")
        }
        let body = SourceFile(path: inputFile.displayName, bytes: bytes)
        var request = CompileRequest(spec: spec, body: body, targets: targets,
                                     outputDirectory: URL(fileURLWithPath: outDir),
                                     cacheDirectory: (scanned.values["--cache-dir"] ?? environment["PLRUSTC_CACHE_DIR"]
                                                      ?? configuration.cacheDirectory).map { URL(fileURLWithPath: $0) }
                                         ?? Builder.defaultCacheDirectory(),
                                     compileLints: compileLints)
        request.optLevel = optLevel
        request.emitObject = emitObject
        request.limits = configuration.limits
        for key in Configuration.limitKeys.sorted() {
            let option = "--" + key.replacing("_", with: "-")
            guard let value = scanned.values[option] else { continue }
            if let expected = Configuration.setLimit(key, value, in: &request.limits) {
                throw UsageError("\(option) takes \(expected), not `\(value)`")
            }
        }
        request.allowList = try AllowListLoader.load(scanned, environment: environment, configuration: configuration)
        if let registry = scanned.values["--registry"] ?? environment["PLRUSTC_CARGO_REGISTRY"] ?? configuration.registry {
            request.registry = registry
        }
        request.driverExecutable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
        request.rustcOverrides = configuration.rustcs.merging(try perTarget(scanned.allValues["--rustc"] ?? [], option: "--rustc")) { _, flag in flag }
        request.linkerOverrides = configuration.linkers.merging(try perTarget(scanned.allValues["--linker"] ?? [], option: "--linker")) { _, flag in flag }

        let reporter = DiagnosticReporter(format: human ? .human : .json, stream: output.error)
        let result: CompileResult
        do {
            result = try Compilation.compile(request, catalog: catalog)
        } catch {
            output.error.write("error: \(error.message)\n")
            return error.kind == .configuration ? .usage : .toolchain
        }
        switch result {
        case .rejected(let diagnostics):
            for diagnostic in diagnostics { reporter.report(diagnostic, in: body) }
            reporter.finish()
            return .rejected
        case .built(let manifest, _, let warnings):
            for diagnostic in warnings { reporter.report(diagnostic, in: body) }
            if !warnings.isEmpty { reporter.finish() }
            output.out.write(manifest + "\n")
            return .success
        }
    }

    /// The spec from `--spec FILE` or from `--name`, `--arg`, `--returns`… (not both).
    private static func functionSpec(_ scanned: ScannedArguments) throws(UsageError) -> FunctionSpec {
        let inline = ["--name", "--oid", "--arg", "--returns"].filter { scanned.values[$0] != nil }
            + (scanned.has("--strict") ? ["--strict"] : [])
        if let path = scanned.values["--spec"] {
            if let first = inline.first { throw UsageError("--spec and \(first) cannot be used together") }
            guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("couldn't read the spec `\(path)`") }
            do {
                return try FunctionSpec.decode(json: data)
            } catch {
                throw UsageError("invalid spec `\(path)`: \(error.message)")
            }
        }
        guard let name = scanned.values["--name"] else { throw UsageError("--name NAME (or --spec FILE) is required") }
        guard let returns = scanned.values["--returns"] else { throw UsageError("--returns TYPE is required") }
        do {
            return try FunctionSpec.make(name: name, oid: scanned.values["--oid"], arguments: scanned.allValues["--arg"] ?? [],
                                         returns: returns, strict: scanned.has("--strict"))
        } catch {
            throw UsageError(error.message)
        }
    }

    private static func humanFormat(_ scanned: ScannedArguments) throws(UsageError) -> Bool {
        switch scanned.values["--error-format"] ?? "human" {
        case "human": return true
        case "json": return false
        case let other: throw UsageError("invalid error format `\(other)` (expected `human` or `json`)")
        }
    }

    /// `TRIPLE=VALUE` pairs.
    private static func perTarget(_ values: [String], option: String) throws(UsageError) -> [TargetTriple: String] {
        var result: [TargetTriple: String] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "="), equals != value.startIndex, value.index(after: equals) != value.endIndex else {
                throw UsageError("\(option) takes TRIPLE=PATH, not `\(value)`")
            }
            result[TargetTriple(String(value[..<equals]))] = String(value[value.index(after: equals)...])
        }
        return result
    }
}
