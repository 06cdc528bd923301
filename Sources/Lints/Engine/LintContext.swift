import Diagnostics
import RustSyntax

/// Where expanded code came from: a macro invocation, possibly inside another expansion.
final class ExpansionFrame {
    let macroName: String
    /// The invocation as written in the file (the outermost invocation's span for nested ones).
    let invocation: Span
    let parent: ExpansionFrame?
    let depth: Int
    /// A rule's skeleton (`MacroSkeleton`): no invocation; `invocation` is the definition.
    let isDefinition: Bool

    init(macroName: String, invocation: Span, parent: ExpansionFrame?, isDefinition: Bool = false) {
        self.macroName = macroName
        self.invocation = invocation
        self.parent = parent
        self.depth = (parent?.depth ?? 0) + 1
        self.isDefinition = isDefinition
    }
}

/// A tree the lints look at: the body itself, a macro expansion inside it, or
/// the parsed arguments of a standard macro (`println!("{}", x)`).
public struct LintUnit {
    public let tree: SyntaxTree
    public let resolver: NameResolver
    let expansion: ExpansionFrame?
}

/// Collects the lint diagnostics of one body.
public final class LintContext {
    public let catalog: LintCatalog
    /// Lints that run (all of the catalog unless narrowed).
    let enabled: Set<String>
    /// The enabled lints that are data rules (paths, methods, macros), read
    /// once here rather than at every use item or unexpanded macro call.
    let enabledDataRules: [LintDefinition]
    /// What is linted: a function body, or a crate file (whose `crate::` is its own).
    var rootMode: ParseMode = .body
    /// The crates the code may name besides the standard ones (a body's `[dependencies]`).
    var externCrates: Set<String> = []
    /// The expansion limits of this run (they depend on what is linted: a body or a crate file).
    var expansionCountLimit = 0
    var expansionTokenBudget = 0
    /// Set once every expansion is known: which paths are worth resolving.
    var pathScreen: PathScreen?
    /// Set once every expansion is known: every tree of the run.
    var trees: [SyntaxTree] = []
    /// The items of every tree, by name: read on first use (most runs never need them).
    lazy var items = BodyItems(trees: trees)
    /// Whether any tree of the run has a type alias (most have none, and then `items` need not be read for them).
    lazy var hasTypeAliases = trees.contains { $0.contains(kind: .typeAlias) }
    /// Arguments of macro calls that cannot be expanded, scanned (`TokenScan`)
    /// once every expansion, and so every name, is known.
    var unexpandedCalls: [(arguments: TokenTreeSyntax, unit: LintUnit)] = []
    /// Rules of `macro_rules!` whose skeleton parses as no code (`MacroSkeleton`): scanned like those arguments.
    var unreadableRules: [MacroSkeleton.UnreadableRule] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var reported: Set<ReportKey> = []
    private var reportedErrors: Set<ErrorKey> = []
    /// Diagnostics not recorded because `recordLimit` were already (counted for the summary).
    private(set) var dropped = 0
    /// More than are ever shown (`LintEngine.maximumDiagnostics`), fewer than hostile input could make.
    static let recordLimit = 1_000
    /// `macro_rules!` definitions already read (for a call being expanded), by tree and node.
    var definitions: [DefinitionKey: MacroDefinition?] = [:]
    /// The sealed fragments of each expansion tree (by tree), for macro calls inside it.
    var sealedFragments: [ObjectIdentifier: [SealedFragment]] = [:]

    struct DefinitionKey: Hashable {
        let tree: ObjectIdentifier
        let node: Int
    }

    private struct ReportKey: Hashable {
        let lint: String
        let span: Span
    }

    private struct ErrorKey: Hashable {
        let message: String
        let span: Span
    }

    /// Records `diagnostic` unless the record is full.
    private func record(_ diagnostic: Diagnostic) {
        guard diagnostics.count < LintContext.recordLimit else {
            dropped += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    init(catalog: LintCatalog, enabled: Set<String>) {
        self.catalog = catalog
        self.enabled = enabled
        self.enabledDataRules = catalog.lints.filter { !$0.isCode && enabled.contains($0.name) }
    }

    func isEnabled(_ name: String) -> Bool { enabled.contains(name) }

    /// Reports `lint` at `span` of `unit`. `message` replaces the catalog's
    /// (code lints say exactly what they found); otherwise `{name}` in the
    /// catalog message becomes `name`.
    func report(_ lintName: String, at span: Span, in unit: LintUnit, name: String = "", message: String? = nil,
                label: String? = nil) {
        guard isEnabled(lintName), let lint = catalog.lint(named: lintName) else { return }
        guard reported.insert(ReportKey(lint: lintName, span: span)).inserted else { return }
        let text = message ?? lint.message.replacing("{name}", with: name)
        var diagnostic = Diagnostic(level: lint.level == .warn ? .warning : .error, message: text, code: lint.name,
                                    labels: [.primary(span, label)])
        if let frame = unit.expansion, frame.isDefinition {
            diagnostic.children.append(Diagnostic(level: .note,
                message: "in a rule of the macro `\(frame.macroName)!`: every rule is checked, whether or not anything calls it"))
        } else if let frame = unit.expansion {
            var outermost = frame
            while let parent = outermost.parent { outermost = parent }
            // Tokens the caller passed are the caller's code, shown where written.
            // Tokens from a macro's definition are shown there, and, as rustc
            // does, the invocation is labelled and a note names the macro.
            let fromArgument = span.start >= outermost.invocation.start && span.end <= outermost.invocation.end
            if !fromArgument {
                diagnostic.labels.append(.secondary(outermost.invocation, "in this macro invocation"))
                diagnostic.children.append(Diagnostic(level: .note,
                    message: "this error originates in the macro `\(frame.macroName)`"))
            }
        }
        let attribute = lint.level == .warn ? "warn" : lint.level.rawValue
        diagnostic.children.append(Diagnostic(level: .note, message: "`#[\(attribute)(\(lint.name))]` on by default"))
        diagnostic.children.append(Diagnostic(level: .help, message: lint.help))
        record(diagnostic)
    }

    /// An error that is not a lint (a macro that cannot be expanded, so its
    /// contents cannot be checked): the body is refused.
    /// The same error at the same place (a failing call inside a macro expanded many times) is reported once.
    func error(_ message: String, at span: Span, label: String? = nil, note: String? = nil) {
        guard reportedErrors.insert(ErrorKey(message: message, span: span)).inserted else { return }
        var diagnostic = Diagnostic.error(message, at: span, label: label)
        if let note { diagnostic = diagnostic.with(note: note) }
        record(diagnostic)
    }
}
