import Diagnostics
import RustSyntax
import TOML

/// A body's dependency as it will be built: an exact requirement (or the
/// list's), with the features the allow-list fixes.
public struct ResolvedDependency: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public let requirement: String
    public let features: [String]
    public let defaultFeatures: Bool

    public init(name: String, requirement: String, features: [String], defaultFeatures: Bool) {
        self.name = name
        self.requirement = requirement
        self.features = features
        self.defaultFeatures = defaultFeatures
    }

    public var description: String {
        "\(name) = { version = \"\(requirement)\", features = [\(features.map { "\"\($0)\"" }.joined(separator: ", "))], default-features = \(defaultFeatures) }"
    }
}

/// Checks a body's `[dependencies]` against the allow-list and resolves them
/// (PL/Rust's rules, seed 002): a body's `1.2.3` that an entry allows becomes
/// `=1.2.3`; a body's `*` takes the list's largest requirement; features and
/// `default-features` come from the list (a body may repeat them, not change
/// them); a crate not on the list is refused; with no list, anything goes
/// (from the registry: `git`, `path` and other sources are always refused).
public enum DependencyCheck {
    public static func check(_ section: Span, in source: SourceFile, allowList: AllowList?)
        -> (resolved: [ResolvedDependency], diagnostics: [Diagnostic]) {
        let bytes = Array(source.bytes[section.start..<section.end])
        func span(_ tomlSpan: TOMLSpan) -> Span { Span(start: section.start + tomlSpan.start, end: section.start + tomlSpan.end) }
        let document: TOMLDocument
        switch TOMLDocument.parse(bytes) {
        case .success(let parsed): document = parsed
        case .failure(let errors):
            let first = errors.errors.first
            let at = first.map { span($0.span) } ?? section
            return ([], [.error("invalid `[dependencies]` section: \(first?.message ?? "not TOML")", at: at)])
        }
        var resolved: [ResolvedDependency] = []
        var diagnostics: [Diagnostic] = []
        for entry in document.table.entries {
            switch resolve(entry, allowList: allowList) {
            case .success(let dependency): resolved.append(dependency)
            case .failure(let problem):
                var diagnostic = Diagnostic.error(problem.message, at: span(problem.span ?? entry.value.span), label: problem.label)
                if let help = problem.help { diagnostic = diagnostic.with(help: help) }
                diagnostics.append(diagnostic)
            }
        }
        return (resolved, diagnostics)
    }

    struct Problem: Error {
        let message: String
        var span: TOMLSpan?
        var label: String?
        var help: String?
    }

    static func resolve(_ entry: TOMLEntry, allowList: AllowList?) -> Result<ResolvedDependency, Problem> {
        let name = entry.key
        if let problem = crateNameProblem(name) {
            return .failure(Problem(message: "`\(name)` is not a crate name: \(problem)", span: entry.keySpan,
                                    label: "not a crate name", help: "crate names are ASCII letters, digits, `-` and `_`, starting with a letter"))
        }
        var versionText: String?
        var versionSpan = entry.value.span
        var features: [String]?
        var defaultFeatures: Bool?
        if let text = entry.value.string {
            versionText = text
        } else if let table = entry.value.table {
            for item in table.entries {
                switch item.key {
                case "version":
                    guard let text = item.value.string else {
                        return .failure(Problem(message: "`\(name)`: `version` must be a string", span: item.value.span))
                    }
                    versionText = text
                    versionSpan = item.value.span
                case "features":
                    guard let list = item.value.array, list.allSatisfy({ $0.string != nil }) else {
                        return .failure(Problem(message: "`\(name)`: `features` must be a list of strings", span: item.value.span))
                    }
                    features = list.compactMap(\.string)
                case "default-features", "default_features":
                    guard let flag = item.value.bool else {
                        return .failure(Problem(message: "`\(name)`: `default-features` must be true or false", span: item.value.span))
                    }
                    defaultFeatures = flag
                default:
                    return .failure(Problem(message: "`\(name)`: `\(item.key)` is not allowed in a function's dependencies",
                                            span: item.keySpan, label: "only `version`, `features` and `default-features`",
                                            help: "dependencies come from the crate registry, by version"))
                }
            }
        } else {
            return .failure(Problem(message: "`\(name)` must be a version or a table with a `version`"))
        }
        guard let versionText else {
            return .failure(Problem(message: "`\(name)` needs a `version`", label: "no `version` here"))
        }
        guard let allowList else {
            // No allow-list: unrestricted, as written (but it must be a requirement cargo reads).
            guard VersionReq(parsing: versionText) != nil else {
                return .failure(Problem(message: "`\(versionText)` is not a version requirement", span: versionSpan))
            }
            return .success(ResolvedDependency(name: name, requirement: versionText, features: features ?? [],
                                               defaultFeatures: defaultFeatures ?? true))
        }
        let candidates = allowList.entries(for: name)
        guard !candidates.isEmpty else {
            return .failure(Problem(message: "the crate `\(name)` is not on the dependency allow-list",
                                    span: entry.keySpan, label: "not allowed",
                                    help: allowList.entries.isEmpty ? "the allow-list allows no dependencies"
                                        : "allowed: " + Set(allowList.entries.map(\.name)).sorted().joined(separator: ", ")))
        }
        /// Entries whose features agree with what the body says (if it says anything).
        func agreeing(_ entries: [AllowList.Entry]) -> [AllowList.Entry] {
            entries.filter { entry in
                (features.map { Set($0) == Set(entry.features) } ?? true)
                    && (defaultFeatures.map { $0 == entry.defaultFeatures } ?? true)
            }
        }
        let trimmed = versionText.trimmedSpaces
        if trimmed == "*" {
            let allowed = agreeing(candidates)
            guard let largest = allowed.max(by: { $0.requirement.reach.lexicographicallyPrecedes($1.requirement.reach) }) else {
                return .failure(featureProblem(name, candidates))
            }
            return .success(ResolvedDependency(name: name, requirement: largest.requirement.text, features: largest.features,
                                               defaultFeatures: largest.defaultFeatures))
        }
        let exact = trimmed.hasPrefix("=") ? String(trimmed.dropFirst()).trimmedSpaces : trimmed
        guard let version = Version(parsing: exact) else {
            return .failure(Problem(message: "`\(name)`: `\(versionText)` is not an exact version", span: versionSpan,
                                    label: "the allow-list is matched against one version",
                                    help: "write the version in full (`1.2.3`), or `*` for the largest the list allows"))
        }
        let matching = candidates.filter { $0.requirement.matches(version) }
        guard !matching.isEmpty else {
            return .failure(Problem(message: "version \(version) of `\(name)` is not allowed", span: versionSpan,
                                    label: "not on the allow-list",
                                    help: "allowed: " + candidates.map { "`\($0.requirement.text)`" }.joined(separator: ", ")))
        }
        guard let chosen = agreeing(matching).max(by: { $0.requirement.reach.lexicographicallyPrecedes($1.requirement.reach) }) else {
            return .failure(featureProblem(name, matching))
        }
        return .success(ResolvedDependency(name: name, requirement: "=\(version)", features: chosen.features,
                                           defaultFeatures: chosen.defaultFeatures))
    }

    /// Names the generated crates or the standard library already use.
    static let reservedNames: Set<String> = ["std", "core", "alloc", "proc_macro", "test", "self", "crate", "super",
                                             "plrustc_runtime", "plrust_user"]

    /// What is wrong with `name` as a crate name, by Cargo's rules (nil when nothing is).
    static func crateNameProblem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "it is empty" }
        guard name.unicodeScalars.count <= 64 else { return "it is longer than 64 characters" }
        guard first.isASCII, first.properties.isAlphabetic else { return "it must start with an ASCII letter" }
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
        else { return "it may hold only ASCII letters, digits, `-` and `_`" }
        let rustName = name.replacing("-", with: "_")
        if reservedNames.contains(rustName) { return "`\(rustName)` is taken by the standard library or by plrustc" }
        if RustKeywords.all.contains(rustName) { return "it is a Rust keyword" }
        return nil
    }

    private static func featureProblem(_ name: String, _ entries: [AllowList.Entry]) -> Problem {
        let allowed = entries.map { entry in
            "features [\(entry.features.joined(separator: ", "))], default-features \(entry.defaultFeatures)"
        }
        return Problem(message: "`\(name)`: the features differ from the allow-list's", label: "features are set by the allow-list",
                       help: "leave them out, or write exactly: " + allowed.joined(separator: "; or "))
    }
}
