import Diagnostics
import Foundation
import Lints
import RustSyntax

/// plrustc as cargo's `RUSTC`: invoked with rustc's arguments, it lints the
/// user's crate (`PLRUSTC_USER_CRATE_NAME`) with the catalog, refuses sources
/// outside `PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS`, adds `--cfg=plrustc` and
/// `-F` for the backend lints, and hands everything to the real rustc
/// (`PLRUSTC_RUSTC`, else the next `rustc` on PATH). Probes (`-vV`, `--print`)
/// and other crates (dependencies) pass through untouched.
public enum RustcDriver {
    /// What to do with one rustc invocation.
    public struct Plan: Sendable {
        /// The real rustc.
        public let rustc: String
        /// The arguments to run it with (flags added for the user crate).
        public let arguments: [String]
        /// For the user's crate: its root file and edition, to lint first.
        public let userCrate: (root: String, edition: String)?
        /// The crates the user's crate is given (`--extern NAME=…`).
        public let externCrates: Set<String>
        /// Whether rustc was asked for JSON diagnostics (`--error-format=json`), as cargo does.
        public let wantsJSON: Bool
    }

    /// Whether the arguments are rustc's, as cargo passes them: not one of
    /// plrustc's commands, and one of `-vV`, `-` (standard input), `--crate-name`,
    /// `--crate-type`, `--print` or a `.rs` file. (Anything else stays a plrustc
    /// usage error, so a mistyped plrustc option is not handed to rustc.)
    /// Under cargo (`PLRUSTC_USER_CRATE_NAME` set), `--version` and `-V` are
    /// rustc's too: build scripts ask `$RUSTC --version` and parse the answer.
    public static func looksLikeRustc(_ arguments: [String], commands: [String],
                                      environment: [String: String] = [:]) -> Bool {
        guard let first = arguments.first else { return false }
        if environment["PLRUSTC_USER_CRATE_NAME"].map({ !$0.isEmpty }) ?? false,
           ["--version", "-V", "-vV"].contains(first) { return true }
        if commands.contains(first) || ["help", "-h", "--help", "-V", "--version"].contains(first) { return false }
        return arguments.contains { argument in
            argument == "-vV" || argument == "-" || argument.hasSuffix(".rs")
                || ["--crate-name", "--crate-type", "--print"].contains { argument == $0 || argument.hasPrefix($0 + "=") }
        }
    }

    /// rustc options that take the next argument as their value.
    static let valued: Set<String> = [
        "-C", "-L", "-l", "-o", "-W", "-A", "-D", "-F", "-Z", "--cfg", "--check-cfg", "--crate-type", "--crate-name",
        "--edition", "--emit", "--print", "--out-dir", "--target", "--cap-lints", "--extern", "--error-format", "--json",
        "--explain", "--remap-path-prefix", "--sysroot", "--color", "--diagnostic-width", "--force-warn", "--codegen",
        "--warn", "--allow", "--deny", "--forbid", "--env-set",
    ]

    /// The value of `--name VALUE` or `--name=VALUE`.
    static func value(of name: String, in arguments: [String]) -> String? {
        var found: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == name, index + 1 < arguments.count {
                found = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix(name + "=") {
                found = String(argument.dropFirst(name.count + 1))
            }
            index += 1
        }
        return found
    }

    /// The names of `--extern NAME[=PATH]` (and `--extern=…`).
    static func externs(_ arguments: [String]) -> Set<String> {
        var names: Set<String> = []
        for (index, argument) in arguments.enumerated() {
            var value: String?
            if argument == "--extern", index + 1 < arguments.count { value = arguments[index + 1] }
            if argument.hasPrefix("--extern=") { value = String(argument.dropFirst("--extern=".count)) }
            guard let value else { continue }
            // `noprelude:name=path`, `priv:name=path`: the name follows the last `:` before `=`.
            let spec = value.split(separator: "=", maxSplits: 1).first.map(String.init) ?? value
            if let name = spec.split(separator: ":").last { names.insert(String(name)) }
        }
        return names
    }

    /// The source file operands (not option values).
    static func sourceFiles(_ arguments: [String]) -> [String] {
        var files: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if valued.contains(argument) {
                index += 2
                continue
            }
            if !argument.hasPrefix("-") { files.append(argument) }
            index += 1
        }
        return files
    }

    /// Decides what to run. `backendLints`: the lints to forbid on the user
    /// crate, of which those the real rustc knows are passed as `-F`.
    public static func plan(_ arguments: [String], environment: [String: String], ownExecutable: String,
                            backendLints: [String], cacheDirectory: URL) throws(BuildError) -> Plan {
        let rustc = try realRustc(environment: environment, ownExecutable: ownExecutable)
        let wantsJSON = value(of: "--error-format", in: arguments) == "json"
        guard let userCrate = environment["PLRUSTC_USER_CRATE_NAME"], !userCrate.isEmpty,
              value(of: "--crate-name", in: arguments) == userCrate else {
            return Plan(rustc: rustc, arguments: arguments, userCrate: nil, externCrates: [], wantsJSON: wantsJSON)
        }
        let files = sourceFiles(arguments)
        guard files.count == 1, let root = files.first, root != "-" else {
            throw BuildError(.configuration, "the user crate `\(userCrate)` must be built from exactly one source file")
        }
        let allowed = try allowedSourcePaths(environment)
        let rootPath = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath().path
        guard allowed.contains(where: { rootPath == $0 || rootPath.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
            throw BuildError(.configuration, "`\(root)` is outside PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS")
        }
        let toolchain = try Toolchain.resolve(TargetTriple(value(of: "--target", in: arguments) ?? "host"), rustcOverride: rustc,
                                              linkerOverride: nil, cacheDirectory: cacheDirectory, environment: environment)
        let forbid = backendLints.filter { toolchain.knownLints.contains($0) }
        var extra = ["--cfg=plrustc"] + forbid.flatMap { ["-F", $0] }
        // The user crate's files as `plrustc/user/…`: no build paths in the artifact, and panics
        // and diagnostics name a file plrustc knows (`src/lib.rs` two levels below the crate).
        let crateDirectory = URL(fileURLWithPath: rootPath).deletingLastPathComponent().deletingLastPathComponent().path
        extra += ["--remap-path-prefix", "\(crateDirectory)=plrustc/user"]
        // rustc 1.80 on checks cfg names: declare ours (older ones know neither the lint nor the flag).
        if toolchain.knownLints.contains("unexpected_cfgs") { extra.append("--check-cfg=cfg(plrustc)") }
        return Plan(rustc: rustc, arguments: arguments + extra,
                    userCrate: (rootPath, value(of: "--edition", in: arguments) ?? "2015"),
                    externCrates: externs(arguments), wantsJSON: wantsJSON)
    }

    /// `PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS`: absolute, existing paths separated by `:`.
    static func allowedSourcePaths(_ environment: [String: String]) throws(BuildError) -> [String] {
        guard let list = environment["PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS"], !list.isEmpty else {
            throw BuildError(.configuration, "PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS is not set: the user crate's sources cannot be checked")
        }
        var paths: [String] = []
        for entry in list.split(separator: ":").map(String.init) where !entry.isEmpty {
            guard entry.hasPrefix("/") else {
                throw BuildError(.configuration, "PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS: `\(entry)` is not an absolute path")
            }
            guard FileManager.default.fileExists(atPath: entry) else {
                throw BuildError(.configuration, "PLRUSTC_USER_CRATE_ALLOWED_SOURCE_PATHS: `\(entry)` does not exist")
            }
            paths.append(URL(fileURLWithPath: entry).standardizedFileURL.resolvingSymlinksInPath().path)
        }
        return paths
    }

    /// `PLRUSTC_RUSTC`, else the first `rustc` on PATH that is not plrustc itself.
    static func realRustc(environment: [String: String], ownExecutable: String) throws(BuildError) -> String {
        if let explicit = environment["PLRUSTC_RUSTC"], !explicit.isEmpty { return explicit }
        let own = URL(fileURLWithPath: ownExecutable).resolvingSymlinksInPath().path
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(directory) + "/rustc"
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            if URL(fileURLWithPath: candidate).resolvingSymlinksInPath().path != own { return candidate }
        }
        throw BuildError(.toolchain, "no rustc to hand the build to: set PLRUSTC_RUSTC or put rustc on PATH")
    }
}

extension RustcDriver {
    /// What a dependency's macro writes into the user crate is not what the
    /// body wrote: a procedural macro can put `unsafe` there (rustc's own
    /// `unsafe_code` stays silent inside other crates' macros), and a derive
    /// turns its helper attributes into calls (`#[serde(getter = "…")]`). When
    /// the crate has dependencies it is expanded (`-Zunpretty=expanded`,
    /// RUSTC_BOOTSTRAP) and the expansion linted with the whole catalog; what is
    /// found is described on the expanded code, which is all there is to show.
    public static func refusedInExpansions(_ plan: Plan, environment: [String: String], engine: LintEngine) -> [Diagnostic] {
        guard let user = plan.userCrate, !plan.externCrates.subtracting(["plrustc_runtime", "std", "core", "alloc"]).isEmpty else {
            return []
        }
        // What the build sees, exactly: its options that decide what the code means (cfgs,
        // `-C opt-level`, `debug-assertions`…), and `cfg(clippy)` when clippy-driver builds.
        var arguments = FnPointerCheck.meaningArguments(plan.arguments) + clippyConfiguration(environment)
        arguments += [user.root, "-Zunpretty=expanded"]
        var bootstrap = environment
        bootstrap["RUSTC_BOOTSTRAP"] = "1"
        // No budget of its own: this runs in cargo's process group, under the build's.
        let result = ProcessRunner.run(plan.rustc, arguments, environment: bootstrap)
        guard result.status == 0 else {
            return [Diagnostic(level: .error, message: "plrustc could not expand the crate to check what its macros make",
                               children: [Diagnostic(level: .note, message: String(result.errorText.prefix(2000)))])]
        }
        let expanded = SourceFile(path: "<expansion of \(user.root)>", text: readable(result.output))
        let found = refusals(in: expanded, edition: Edition(user.edition) ?? .e2021, externCrates: plan.externCrates, engine: engine)
        return found.map { finding in
            let line = expanded.location(ofByte: finding.span.start).line
            let text = line > 0 ? expanded.lineText(line).trimmingCharacters(in: .whitespaces) : ""
            return Diagnostic(level: .error, message: "what a dependency's macro writes into the function is refused: \(finding.message)",
                              code: finding.code,
                              children: [Diagnostic(level: .note, message: "line \(line) of the expanded code: `\(text)`"),
                                         Diagnostic(level: .note, message: "the crate is checked as rustc expands it, with every lint: "
                                                    + "what a macro of another crate makes is checked like what the body writes")])
        }
    }

    /// rustc prints some built-in macros in a syntax of its own (`offset_of!(T, f)` as
    /// `builtin # offset_of(T, f)`): written back as the macro call, on the same line,
    /// so that the lines plrustc reports are rustc's.
    static func readable(_ expansion: String) -> String {
        expansion.replacingOccurrences(of: "builtin # offset_of(", with: "::core::mem::offset_of!(")
    }

    /// What the lints find in an expanded crate. rustc's printing of
    /// expansions is not always valid Rust: what plrustc cannot parse is
    /// refused (with every `unsafe` keyword in it), never waved through. std's
    /// own macros call what the catalog refuses by hand (`vec!` through
    /// `Box::new_uninit`): those are left out.
    static func refusals(in expanded: SourceFile, edition: Edition, externCrates: Set<String>,
                         engine: LintEngine) -> [(span: Span, code: String?, message: String)] {
        let tree = withLargeStack { RustParser.parse(expanded, edition: edition, mode: .crate) }
        if tree.hasErrors {
            let problem = tree.diagnostics.first { $0.level == .error }
            let unreadable = (problem?.primarySpan ?? Span(start: 0, end: 0), String?.none,
                              "plrustc cannot read rustc's expansion of the crate (\(problem?.message ?? "a syntax error"))")
            return [unreadable] + tree.tokens.indices.filter { tree.tokens[$0].kind == .kwUnsafe }
                .map { (SyntaxToken(tree: tree, index: $0).span, "unsafe_code", "usage of `unsafe`") }
        }
        return withLargeStack { engine.lint(tree, externCrates: externCrates) }.compactMap { diagnostic in
            guard diagnostic.level == .error, let span = diagnostic.primarySpan else { return nil }
            if ClippyLayer.usedByStandardMacros.contains(where: { diagnostic.message.contains("::\($0)`") }) { return nil }
            return (span, diagnostic.code, diagnostic.message)
        }
    }

    /// Under the semantic layer the user crate is built by clippy-driver, which sets `cfg(clippy)`: what checks it sets it too.
    static func clippyConfiguration(_ environment: [String: String]) -> [String] {
        environment["PLRUSTC_CLIPPY_CONF_DIR"].map { !$0.isEmpty } ?? false ? ["--cfg", "clippy"] : []
    }

    /// The user crate's root file as rustc names it: the crate's directory is
    /// remapped to `plrustc/user` (see `plan`).
    public static func recordedPath(ofUserRoot root: String) -> String {
        let crateDirectory = URL(fileURLWithPath: root).deletingLastPathComponent().deletingLastPathComponent().path
        return "plrustc/user" + root.dropFirst(crateDirectory.count)
    }

    /// The typed check of `plrust_fn_pointers` (`FnPointerCheck`) on the user
    /// crate, with the options cargo gave it: diagnostics on the crate's file,
    /// which cargo's build maps onto the body like rustc's own.
    /// `unchecked`: rustc printed no MIR (most often the body's own compile errors), with rustc's words.
    public static func fnPointersInUserCrate(_ plan: Plan, environment: [String: String])
        -> (diagnostics: [Diagnostic], unchecked: String?) {
        guard let user = plan.userCrate, let bytes = FileManager.default.contents(atPath: user.root) else {
            return ([], "plrustc could not read the user crate's root file")
        }
        let scratch = FileManager.default.temporaryDirectory
        switch FnPointerCheck.run(rustc: plan.rustc, arguments: FnPointerCheck.meaningArguments(plan.arguments)
                                  + clippyConfiguration(environment), source: user.root,
                                  scratch: scratch, environment: environment, budget: nil) {
        case .success(let findings):
            let text = String(decoding: bytes, as: UTF8.self)
            return (FnPointerCheck.diagnostics(findings, userPath: recordedPath(ofUserRoot: user.root), userSource: text, codeOffset: 0,
                                               codeLength: text.utf8.count, bodyOffset: 0), nil)
        case .failure(.stopped(let reason)):
            return ([Diagnostic(level: .error, message: "plrustc's check for function pointers was stopped: \(reason)")], nil)
        case .failure(.noOutput(let errors)):
            return ([], errors)
        }
    }

    /// Where an expanded crate holds `unsafe` code, by plrustc's `unsafe_code`
    /// lint. rustc's printing of expansions is not always valid Rust: when it
    /// does not parse, every `unsafe` keyword counts, so that an expansion we
    /// cannot read is refused rather than waved through.
    static func unsafePlaces(in expanded: SourceFile, edition: Edition, externCrates: Set<String>, engine: LintEngine) -> [Span] {
        let tree = withLargeStack { RustParser.parse(expanded, edition: edition, mode: .crate) }
        if tree.hasErrors {
            return tree.tokens.indices.filter { tree.tokens[$0].kind == .kwUnsafe }.map { SyntaxToken(tree: tree, index: $0).span }
        }
        return withLargeStack { engine.lint(tree, externCrates: externCrates) }
            .filter { $0.code == "unsafe_code" }.compactMap(\.primarySpan)
    }
}
