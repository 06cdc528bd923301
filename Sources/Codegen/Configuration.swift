import TOML

/// plrustc's configuration file (`--config FILE` or `PLRUSTC_CONFIG`), with
/// PL/Rust's setting names under `plrust.` and plrustc's own under `plrustc.`:
///
///     plrust.compilation_targets = "x86_64, aarch64"
///     plrust.aarch64_linker = "aarch64-linux-gnu-gcc"
///     plrust.compile_lints = "plrust_leaky, unsafe_code, deprecated"
///     plrust.required_lints = "plrust_leaky, unsafe_code"
///     plrust.allowed_dependencies = "/etc/plrust/allowed_dependencies.toml"
///     plrustc.aarch64_rustc = "/usr/bin/rustc"
///     plrustc.registry = "/usr/share/cargo/registry"
///     plrustc.cache_dir = "/var/cache/plrustc"
///     plrustc.build_cpu_time = "120s"      # limits of each build (BuildLimits)
///     plrustc.build_wall_time = "5min"
///     plrustc.build_memory = "2GB"
///     plrustc.build_file_size = "512MB"
///     plrustc.artifact_size = "64MB"
///
/// Lists are strings of comma-separated names, as the GUCs are, or TOML arrays.
/// A key nobody knows is an error: a misspelt setting must not pass silently.
public struct Configuration: Sendable, Equatable {
    public var targets: [TargetTriple]?
    public var linkers: [TargetTriple: String] = [:]
    public var rustcs: [TargetTriple: String] = [:]
    public var compileLints: [String]?
    public var requiredLints: [String]?
    public var allowedDependencies: String?
    public var registry: String?
    public var cacheDirectory: String?
    /// Limits given by the file (the rest keep their defaults).
    public var limits = BuildLimits.defaults

    public init() {}

    /// Sets the build limit `key` (`build_cpu_time`, …) from its text; nil when the key or the value is not one.
    /// Returns what the value must look like when it is wrong.
    public static func setLimit(_ key: String, _ text: String, in limits: inout BuildLimits) -> String? {
        switch key {
        case "build_cpu_time", "build_wall_time":
            guard let seconds = Seconds.parse(text) else { return "a duration (`120s`, `5min`, `1h`)" }
            if key == "build_cpu_time" { limits.cpuSeconds = seconds } else { limits.wallSeconds = seconds }
        case "build_memory", "build_file_size", "artifact_size":
            guard let bytes = ByteCount.parse(text) else { return "a size (`512MB`, `2GB`)" }
            switch key {
            case "build_memory": limits.memoryBytes = bytes
            case "build_file_size": limits.fileBytes = bytes
            default: limits.artifactBytes = bytes
            }
        default:
            return nil
        }
        return nil
    }

    /// The build limits plrustc's settings name (after `plrustc.`).
    public static let limitKeys: Set<String> = ["build_cpu_time", "build_wall_time", "build_memory", "build_file_size", "artifact_size"]

    /// The architectures PL/Rust's settings name, and their triples.
    static let architectures: [String: TargetTriple] = ["x86_64": .x86_64Linux, "aarch64": .aarch64Linux]

    /// A configuration file's problem: where, and what.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public init(parsing bytes: [UInt8]) throws(Invalid) {
        let document: TOMLDocument
        switch TOMLDocument.parse(bytes) {
        case .success(let parsed): document = parsed
        case .failure(let errors):
            let first = errors.errors.first
            throw Invalid(line: first?.line ?? 1, message: first?.message ?? "not TOML")
        }
        for group in document.table.entries {
            guard let table = group.value.table, group.key == "plrust" || group.key == "plrustc" else {
                throw Invalid(line: group.keySpan.line, message: "unknown setting `\(group.key)` (settings are `plrust.…` and `plrustc.…`)")
            }
            for entry in table.entries {
                let name = "\(group.key).\(entry.key)"
                let line = entry.keySpan.line
                func text() throws(Invalid) -> String {
                    guard let value = entry.value.string, !value.isEmpty else {
                        throw Invalid(line: line, message: "`\(name)` must be a non-empty string")
                    }
                    return value
                }
                func list() throws(Invalid) -> [String] {
                    if let items = entry.value.array {
                        guard items.allSatisfy({ $0.string != nil }) else {
                            throw Invalid(line: line, message: "`\(name)` must list strings")
                        }
                        return items.compactMap(\.string)
                    }
                    guard let value = entry.value.string else {
                        throw Invalid(line: line, message: "`\(name)` must be a string of comma-separated names or a list")
                    }
                    return value.split(separator: ",").map { $0.trimmedForConfiguration }.filter { !$0.isEmpty }
                }
                switch name {
                case "plrust.compilation_targets":
                    var triples: [TargetTriple] = []
                    for target in try list() {
                        triples.append(Configuration.architectures[target] ?? TargetTriple(target))
                    }
                    guard !triples.isEmpty else { throw Invalid(line: line, message: "`\(name)` names no target") }
                    targets = triples
                case "plrust.compile_lints", "plrust.required_lints":
                    // An empty list is not "no lints": a setting left blank must not switch the checks off.
                    let names = try list()
                    guard !names.isEmpty else {
                        throw Invalid(line: line, message: "`\(name)` names no lint; leave the setting out for the default")
                    }
                    if name == "plrust.compile_lints" { compileLints = names } else { requiredLints = names }
                case "plrust.allowed_dependencies": allowedDependencies = try text()
                case "plrustc.registry": registry = try text()
                case "plrustc.cache_dir": cacheDirectory = try text()
                case _ where group.key == "plrustc" && Configuration.limitKeys.contains(entry.key):
                    let value: String
                    if let number = entry.value.integer { value = String(number) } else { value = try text() }
                    if let expected = Configuration.setLimit(entry.key, value, in: &limits) {
                        throw Invalid(line: line, message: "`\(name)` must be \(expected), not `\(value)`")
                    }
                default:
                    // `plrust.<arch>_linker`, `plrustc.<arch>_rustc`.
                    if group.key == "plrust", entry.key.hasSuffix("_linker"),
                       let triple = Configuration.architectures[String(entry.key.dropLast("_linker".count))] {
                        linkers[triple] = try text()
                    } else if group.key == "plrustc", entry.key.hasSuffix("_rustc"),
                              let triple = Configuration.architectures[String(entry.key.dropLast("_rustc".count))] {
                        rustcs[triple] = try text()
                    } else {
                        throw Invalid(line: line, message: "unknown setting `\(name)`")
                    }
                }
            }
        }
    }
}

private extension Substring {
    var trimmedForConfiguration: String {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
