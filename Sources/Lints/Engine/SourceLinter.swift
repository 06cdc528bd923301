import Dependencies
import Diagnostics
import RustSyntax
import TOML

/// Checks one source text end to end: parse it; if it parses, lint it. A
/// body's `[dependencies]` section names the crates its paths may start with.
public struct SourceLinter: Sendable {
    public let engine: LintEngine
    public let edition: Edition
    public let mode: ParseMode
    /// The administrator's allow-list (nil: dependencies unrestricted, but still only from the registry).
    public let allowList: AllowList?
    /// Crates the code may name besides its `[dependencies]` (a crate file's `--extern`s).
    public let externCrates: Set<String>

    public init(engine: LintEngine, edition: Edition = .e2021, mode: ParseMode = .body, allowList: AllowList? = nil,
                externCrates: Set<String> = []) {
        self.engine = engine
        self.edition = edition
        self.mode = mode
        self.allowList = allowList
        self.externCrates = externCrates
    }

    /// Syntax errors, or else the lint diagnostics, in source order.
    public func check(_ source: SourceFile) -> [Diagnostic] {
        let tree = RustParser.parse(source, edition: edition, mode: mode)
        if tree.hasErrors { return tree.diagnostics }
        var problems: [Diagnostic] = []
        var crates = externCrates
        if let section = tree.bodyLayout?.dependencies {
            switch Self.dependencyNames(section, in: source) {
            case .names(let names):
                crates.formUnion(names)
                problems += DependencyCheck.check(section, in: source, allowList: allowList).diagnostics
            case .invalid(let diagnostic): problems.append(diagnostic)
            }
        }
        return problems + engine.lint(tree, externCrates: crates)
    }

    enum DependencyNames {
        case names(Set<String>)
        case invalid(Diagnostic)
    }

    /// The crate names of a `[dependencies]` section (`-` spelled `_`, as Rust names them).
    static func dependencyNames(_ section: Span, in source: SourceFile) -> DependencyNames {
        let bytes = Array(source.bytes[section.start..<section.end])
        switch TOMLDocument.parse(bytes) {
        case .success(let document):
            return .names(Set(document.table.keys.map { $0.replacing("-", with: "_") }))
        case .failure(let errors):
            let first = errors.errors.first
            let start = section.start + (first?.span.start ?? 0)
            let end = section.start + (first?.span.end ?? 0)
            return .invalid(.error("invalid `[dependencies]` section: \(first?.message ?? "not TOML")",
                                   at: Span(start: start, end: end)))
        }
    }
}
