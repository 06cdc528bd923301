import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A target triple names the platform code is built for.
public struct TargetTriple: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let value: String
    public init(_ value: String) { self.value = value }
    public var description: String { value }
    public static func < (lhs: TargetTriple, rhs: TargetTriple) -> Bool { lhs.value < rhs.value }

    public static let x86_64Linux = TargetTriple("x86_64-unknown-linux-gnu")
    public static let aarch64Linux = TargetTriple("aarch64-unknown-linux-gnu")
}

/// The failure of a toolchain or of the build itself (exit status 3), or of the
/// configuration that names one (exit status 2).
public struct BuildError: Error, CustomStringConvertible {
    public enum Kind: Sendable { case configuration, toolchain }
    public let kind: Kind
    public let message: String
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
    public var description: String { message }
}

/// How one target is built: which rustc, and which linker (when not rustc's default).
public struct Toolchain: Sendable {
    public let target: TargetTriple
    public let rustc: String
    public let linker: String?
    /// `rustc -vV`, whole: it is part of every cache key.
    public let versionText: String
    /// clippy-driver beside this rustc (rustup installs both), for the semantic layer.
    public var clippyDriver: String? {
        let candidate = URL(fileURLWithPath: rustc).deletingLastPathComponent().appendingPathComponent("clippy-driver").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// The first line of `rustc -vV` (`rustc 1.95.0 (…)`).
    public var version: String { versionText.split(separator: "\n").first.map(String.init) ?? versionText }
    /// The host triple of this rustc.
    public var host: String? {
        versionText.split(separator: "\n").first { $0.hasPrefix("host: ") }.map { String($0.dropFirst(6)) }
    }

    /// The defaults, documented in the README: the host target with the `rustc`
    /// found on PATH (rustup's), aarch64 with Debian's /usr/bin/rustc and the
    /// aarch64 GNU linker. `rustcOverride`/`linkerOverride` come from the
    /// command line (`--rustc TRIPLE=PATH`, `--linker TRIPLE=PATH`).
    public static func resolve(_ target: TargetTriple, rustcOverride: String?, linkerOverride: String?,
                               cacheDirectory: URL? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(BuildError) -> Toolchain {
        let rustc: String
        var linker = linkerOverride
        if let rustcOverride {
            rustc = rustcOverride
        } else {
            switch target {
            case .x86_64Linux:
                // rustup's first: Debian's /usr/bin/rustc (1.63, for aarch64) may come first on PATH.
                guard let found = existing((environment["HOME"] ?? "") + "/.cargo/bin/rustc")
                        ?? findOnPath("rustc", environment: environment) else {
                    throw BuildError(.toolchain, "no rustc for \(target): none in ~/.cargo/bin or on PATH (install rustup, or pass --rustc \(target)=PATH)")
                }
                rustc = found
            case .aarch64Linux:
                guard let found = existing("/usr/bin/rustc") else {
                    throw BuildError(.toolchain, "no rustc for \(target): /usr/bin/rustc is missing (apt-get install rustc libstd-rust-dev:arm64 gcc-aarch64-linux-gnu, or pass --rustc \(target)=PATH)")
                }
                rustc = found
                if linker == nil { linker = "aarch64-linux-gnu-gcc" }
            default:
                throw BuildError(.configuration, "no default toolchain for target `\(target)`: pass --rustc \(target)=PATH (and --linker)")
            }
        }
        if let configured = linker, !configured.contains("/"), findOnPath(configured, environment: environment) == nil {
            throw BuildError(.toolchain, "the linker `\(configured)` for \(target) is not on PATH")
        }
        let probeCache = cacheDirectory.map { ProbeCache(directory: $0, rustc: rustc, environment: environment) }
        if let known = probeCache?.load() {
            return Toolchain(target: target, rustc: rustc, linker: linker, versionText: known.version, lints: known.lints)
        }
        let probe = ProcessRunner.run(rustc, ["-vV"])
        guard probe.status == 0 else {
            throw BuildError(.toolchain, "`\(rustc) -vV` failed: \(probe.errorText.isEmpty ? "exit status \(probe.status)" : probe.errorText.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let lints = try Toolchain.probeLints(rustc)
        probeCache?.store(version: probe.output, lints: lints)
        return Toolchain(target: target, rustc: rustc, linker: linker, versionText: probe.output, lints: lints)
    }

    init(target: TargetTriple, rustc: String, linker: String?, versionText: String, lints: Set<String>) {
        self.target = target
        self.rustc = rustc
        self.linker = linker
        self.versionText = versionText
        self.knownLints = lints
    }

    /// Arguments every rustc invocation for this target gets.
    var targetArguments: [String] {
        var arguments = ["--target", target.value]
        if let linker { arguments += ["-C", "linker=\(linker)"] }
        return arguments
    }

    /// The lint names this rustc knows (`rustc -W help`), lint groups included.
    public let knownLints: Set<String>

    /// What `rustc --print cfg` says for this target at `optLevel` (one `name` or `name="value"`
    /// per line), remembered under `cacheDirectory` by everything that decides it.
    func printedCfg(optLevel: Int, cacheDirectory: URL) throws(BuildError) -> String {
        var key = SHA256()
        for part in [versionText, rustc, target.value, linker ?? "", String(optLevel)] {
            key.update(part)
            key.update([0])
        }
        let file = cacheDirectory.appendingPathComponent("cfg/\(key.hexDigest()).txt")
        if let known = try? String(contentsOf: file, encoding: .utf8) { return known }
        let result = ProcessRunner.run(rustc, ["--print", "cfg", "-C", "opt-level=\(optLevel)"] + targetArguments)
        guard result.status == 0 else {
            throw BuildError(.toolchain, "`\(rustc) --print cfg` failed for \(target): \(result.errorText.prefix(500))")
        }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(result.output.utf8).write(to: file, options: .atomic)
        return result.output
    }

    static func probeLints(_ rustc: String) throws(BuildError) -> Set<String> {
        let result = ProcessRunner.run(rustc, ["-W", "help"])
        guard result.status == 0 else { throw BuildError(.toolchain, "`\(rustc) -W help` failed") }
        var names: Set<String> = []
        var inTable = false
        for line in result.output.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("----") { inTable = true; continue }
            if trimmed.isEmpty { inTable = false; continue }
            guard inTable, let name = trimmed.split(separator: " ").first else { continue }
            names.insert(name.replacingOccurrences(of: "-", with: "_"))
        }
        return names
    }

    private static func existing(_ path: String) -> String? {
        FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static func findOnPath(_ name: String, environment: [String: String]) -> String? {
        for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(directory) + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// What `rustc -vV` and `rustc -W help` said, remembered: asking costs tens of
/// milliseconds, more than a whole cached build may take. Keyed on the rustc
/// binary (path, size, modification time) and, for rustup's proxies, on what
/// picks the toolchain (RUSTUP_TOOLCHAIN, rustup's settings, the toolchains
/// directory, which changes when a toolchain is installed or updated).
struct ProbeCache {
    let file: URL

    init(directory: URL, rustc: String, environment: [String: String]) {
        var key = SHA256()
        func add(_ text: String) {
            key.update(text)
            key.update([0])
        }
        func stamp(_ path: String) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            add(path)
            add("\((attributes?[.size] as? NSNumber)?.intValue ?? -1)")
            add("\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1)")
        }
        stamp(URL(fileURLWithPath: rustc).resolvingSymlinksInPath().path)
        add(environment["RUSTUP_TOOLCHAIN"] ?? "")
        let rustupHome = environment["RUSTUP_HOME"] ?? ((environment["HOME"] ?? "") + "/.rustup")
        stamp(rustupHome + "/settings.toml")
        stamp(rustupHome + "/toolchains")
        file = directory.appendingPathComponent("toolchains/\(key.hexDigest()).json")
    }

    func load() -> (version: String, lints: Set<String>)? {
        struct Stored: Decodable {
            let version: String
            let lints: [String]
        }
        guard let data = try? Data(contentsOf: file), let stored = try? JSONDecoder().decode(Stored.self, from: data) else { return nil }
        return (stored.version, Set(stored.lints))
    }

    func store(version: String, lints: Set<String>) {
        let text = Manifest.json(["version": version, "lints": lints.sorted()], pretty: false)
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: file, options: .atomic)
    }
}
