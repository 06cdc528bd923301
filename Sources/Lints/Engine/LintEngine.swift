import Diagnostics
import RustSyntax

/// Lints one parsed body or crate file: expands the body's own
/// `macro_rules!` macros, parses the arguments of standard macros, scans the
/// token trees of macros it cannot see into, and runs every enabled lint on
/// each resulting tree.
public struct LintEngine: Sendable {
    public let catalog: LintCatalog
    public let enabled: Set<String>
    /// The names a path must hold to need resolving, as far as the rules tell (`PathScreen`).
    private let ruleNames: [String]
    /// What name resolution must not lose to a decoy (`NameResolver.watchedGlobEntry`):
    /// the enabled rules' paths and macros and the code lints' watched items.
    private let watchedPaths: [[String]]
    private let watchedMacros: Set<[String]>
    /// Off only in tests, which check that screening never changes a finding.
    var screensPaths = true
    /// The enabled code lints, in catalog order.
    private let codeLints: [any CodeLint]
    /// Steps each tree's name resolution may take (lowered in tests).
    var resolutionStepLimit = NameResolver.defaultStepLimit
    /// What `cfg` predicates are known to be on every target of the build (`Cfg.Facts.assumed`
    /// unless a compile found a target that disagrees).
    public var cfgFacts = Cfg.Facts.assumed

    /// Expansion limits: nesting depth (rustc's default recursion limit) and total size.
    static let expansionDepthLimit = 128
    /// A function body is small: what its macros expand to must be too (a
    /// 230-byte body that doubles at each level took seconds before being
    /// refused). Crate files (the corpus) get ten times more.
    static func expansionTokenBudget(_ mode: ParseMode) -> Int { mode == .body ? 200_000 : 2_000_000 }
    /// Macro calls expanded or parsed per body; each keeps a tree in memory.
    static func expansionCountLimit(_ mode: ParseMode) -> Int { mode == .body ? 5_000 : 50_000 }

    /// `enabled`: the lints to run (all of the catalog when nil). A code lint in
    /// the catalog with no check built in is a configuration error.
    public init(catalog: LintCatalog, enabled: Set<String>? = nil) throws(CatalogError) {
        for lint in catalog.lints where lint.isCode && CodeLints.check(named: lint.name) == nil {
            throw CatalogError(file: lint.file, line: nil, message: "code lint `\(lint.name)` has no check built into plrustc")
        }
        self.catalog = catalog
        let enabled = enabled ?? Set(catalog.lints.map(\.name))
        self.enabled = enabled
        self.ruleNames = PathScreen.ruleNames(catalog.lints.filter { !$0.isCode && enabled.contains($0.name) })
        self.codeLints = catalog.lints.filter { $0.isCode && enabled.contains($0.name) }.compactMap { CodeLints.check(named: $0.name) }
        let dataRules = catalog.lints.filter { !$0.isCode && enabled.contains($0.name) }
        self.watchedPaths = dataRules.flatMap(\.paths) + CodeLints.watchedPaths(of: enabled)
        self.watchedMacros = Set(dataRules.flatMap(\.macros))
    }

    /// Lint diagnostics for `tree`, in source order. `externCrates` are the body's dependencies.
    public func lint(_ tree: SyntaxTree, externCrates: Set<String> = []) -> [Diagnostic] {
        let context = LintContext(catalog: catalog, enabled: enabled)
        context.rootMode = tree.mode
        context.externCrates = externCrates
        let (paths, macros) = (watchedPaths, watchedMacros)
        // A path is watched when it is a watched item or a module holding one.
        // (Inside a refused module is not enough: a glob of one is refused
        // itself, and every name would look like a reading of it.)
        let isWatched = { (path: [String]) in
            macros.contains(path) || paths.contains { $0.starts(with: path) }
        }
        let root = LintUnit(tree: tree, resolver: NameResolver(tree: tree, externCrates: externCrates,
                                                                  stepLimit: resolutionStepLimit, isWatched: isWatched,
                                                                  cfgFacts: cfgFacts),
                            expansion: nil)
        // Expand everything first: items that expansions define (a `use` from a
        // macro) must be known before any path is resolved.
        var units = [root]
        var next = 0
        context.expansionTokenBudget = LintEngine.expansionTokenBudget(tree.mode)
        context.expansionCountLimit = LintEngine.expansionCountLimit(tree.mode)
        var budget = context.expansionTokenBudget
        var remaining = context.expansionCountLimit
        while next < units.count {
            let unit = units[next]
            next += 1
            // Out of expansions: a unit left with calls in it cannot be checked, so it is refused
            // (expandInvocations says so at its first call), never passed over in silence.
            units += MacroExpansion.expandInvocations(in: unit, context: context, budget: &budget, remaining: &remaining)
            if remaining <= 0 {
                if let stuck = units[next...].first(where: { $0.tree.contains(kind: .macroCall) }) {
                    _ = MacroExpansion.expandInvocations(in: stuck, context: context, budget: &budget, remaining: &remaining)
                }
                break
            }
        }
        // Every rule of every macro_rules!, linted as code whether or not it is called.
        var unread = 0
        while unread < units.count {
            let (skeletons, unreadable) = MacroSkeleton.units(in: units[unread], context: context)
            unread += 1
            units += skeletons
            context.unreadableRules += unreadable
        }
        if screensPaths {
            let refused = { (path: [String]) in
                context.enabledDataRules.contains { DeclarativeRules.matches(path, lint: $0) }
            }
            context.pathScreen = PathScreen(ruleNames: ruleNames,
                                            bound: units.flatMap { $0.resolver.boundNames(standingFor: refused) },
                                            globs: units.flatMap(\.resolver.globPaths))
        }
        context.trees = units.map(\.tree)
        // Macro calls that could not be expanded: their tokens, screened like paths.
        for (arguments, unit) in context.unexpandedCalls {
            TokenScan.check(arguments, in: unit, context: context)
        }
        for unit in units {
            DeclarativeRules.check(unit, context)
            for lint in codeLints { lint.check(unit, context) }
        }
        // Last, so that what expansions already reported keeps its richer form.
        for rule in context.unreadableRules {
            TokenScan.check(rule.range, anchor: rule.anchor, where: "inside a `macro_rules!` definition", in: rule.unit, context: context)
        }
        for unit in units {
            // A skeleton's macro calls are not expanded (its stand-ins would not match): their tokens are scanned.
            if unit.expansion?.isDefinition == true {
                for call in unit.tree.nodes(ofKind: .macroCall) {
                    if let arguments = call.as(MacroCallSyntax.self)?.tokenTree {
                        TokenScan.check(arguments.innerTokenRange, anchor: call, where: "inside a `macro_rules!` definition",
                                        in: unit, context: context)
                    }
                }
            }
            TokenScan.checkAttributes(in: unit, context: context)
        }
        if let tangled = units.first(where: \.resolver.isExhausted) {
            context.error("the names in this code are too tangled to resolve", at: tangled.tree.root.span,
                          note: "plrustc follows every `use` and glob import to check what each name stands for; simplify the imports")
        }
        // Source order; at the same start the wider span first, then by lint name.
        let sorted = context.diagnostics.sorted { lhs, rhs in
            let left = lhs.primarySpan ?? Span(start: 0, end: 0)
            let right = rhs.primarySpan ?? Span(start: 0, end: 0)
            if left.start != right.start { return left.start < right.start }
            if left.end != right.end { return left.end > right.end }
            return (lhs.code ?? "", lhs.message) < (rhs.code ?? "", rhs.message)
        }
        guard sorted.count > LintEngine.maximumDiagnostics || context.dropped > 0 else { return sorted }
        // As the parser does: the first ones, then one line for the rest.
        var kept = Array(sorted.prefix(LintEngine.maximumDiagnostics))
        let omitted = sorted.count - kept.count + context.dropped
        let at = kept.last?.primarySpan.map { Span(start: $0.start, end: $0.start) } ?? Span(start: 0, end: 0)
        kept.append(Diagnostic(level: .error, message: "too many lint errors: \(omitted) more not shown", labels: [.primary(at)])
            .with(note: "only the first \(LintEngine.maximumDiagnostics) lint diagnostics of a file are reported"))
        return kept
    }

    /// At most this many lint diagnostics are shown per file (the parser's limit).
    public static let maximumDiagnostics = RustParser.maximumDiagnostics
}
