import Diagnostics
import RustSyntax

/// The three namespaces a Rust name can live in.
public enum Namespace: Sendable, CaseIterable {
    case types, values, macros
}

/// What a path refers to, as far as a syntax-level check can tell.
public enum Resolution: Hashable, Sendable {
    /// Something outside the body: the standard library (always spelled
    /// `std::…`, whether written through `core`, `alloc`, a prelude, a `use`
    /// rename, a glob or a type alias) or another crate.
    case external([String])
    /// Something the body defines itself: an item, a module, a macro.
    case local
    /// Nothing by that name is visible (a typo, or a name from a crate we cannot see into).
    case unresolved
}

/// Resolves paths in one syntax tree to what they name.
///
/// Items shadow: a body's own `fn stdout()` is not `std::io::stdout`, and a
/// `macro_rules! println` shadows `println!` from its definition on (textual
/// scope). Local *variables* do not shadow: a forbidden name can only reach a
/// variable's scope by being imported, and the import is reported itself, so
/// ignoring them costs nothing and leaves no `if let Some(forget) = …` gap.
public final class NameResolver {
    private enum Entry {
        case local
        case module(Int)
        case external([String])
        /// `use path` (resolved on demand, from the scope it is written in);
        /// `id` numbers the import leaves of the tree.
        case imported(segments: [String], leadingColons: Bool, scope: Int, id: Int)
        /// `type Name = path<…>;`.
        case alias(PathSyntax, scope: Int)
        /// `macro_rules! name` (its node id), visible after this token.
        case macroRules(position: Int, node: Int)
    }

    private struct Scope {
        let parent: Int?
        /// The nearest enclosing module scope (itself for a module), for `self::` and `super::`.
        let module: Int
        /// The module's parent module, for `super::`.
        let parentModule: Int?
        var entries: [Namespace: [String: [Entry]]] = [:]
        /// `use path::*` imports, resolved on demand.
        var globs: [(segments: [String], leadingColons: Bool)] = []
    }

    private var scopes: [Scope] = []
    /// Import leaves numbered so far (`Entry.imported`'s id).
    private var importCount = 0
    /// What this tree's imports, type aliases and extern crates bind, and the
    /// paths of its glob imports: what a name may stand for besides itself.
    private var bindings: [(name: String, entry: Entry)] = []
    private(set) var globPaths: [[String]] = []
    /// The scope each node is in, by node id.
    private var scopeOfNode: [Int32]
    private let tree: SyntaxTree
    private let externCrates: Set<String>
    /// What `cfg` predicates are known to be (an item they remove names nothing).
    let cfgFacts: Cfg.Facts
    /// Whether the lints care what a path names: it is, contains or lies
    /// inside something a rule refuses or a code lint looks for (canonical
    /// `std::…` spelling). See `watchedGlobEntry`.
    private let isWatched: (([String]) -> Bool)?
    /// For a macro expansion: the resolver of the tree holding the invocation,
    /// and the invocation. Names the expansion does not define are looked up
    /// there (`macro_rules!` paths resolve at the call site).
    private let outer: (resolver: NameResolver, site: SyntaxNode)?
    /// Whether any scope of this tree names anything (an item, an import, a
    /// glob). Most expansions name nothing: lookups from expansions nested in
    /// them pass straight through (`outward`).
    private var namesSomething = false
    /// Whether this tree defines any `macro_rules!` (a path can only lead to one then).
    private var definesMacroRules = false

    /// `externCrates`: crates the body may name besides the standard library
    /// (its `[dependencies]`, with `-` spelled `_`).
    /// `isWatched`: what the lints look for (see `watchedGlobEntry`); without
    /// it an outside glob is always the last resort.
    public init(tree: SyntaxTree, externCrates: Set<String> = [], stepLimit: Int = NameResolver.defaultStepLimit,
                isWatched: (([String]) -> Bool)? = nil, cfgFacts: Cfg.Facts = .assumed) {
        self.tree = tree
        self.externCrates = externCrates
        self.cfgFacts = cfgFacts
        self.isWatched = isWatched
        self.stepLimit = stepLimit
        self.outer = nil
        self.scopeOfNode = [Int32](repeating: 0, count: tree.nodeCount)
        buildScopes()
    }

    /// A resolver for a macro expansion invoked at `site`, a node of `outer`'s tree.
    public init(expansion tree: SyntaxTree, invokedAt site: SyntaxNode, outer: NameResolver) {
        self.tree = tree
        self.externCrates = outer.externCrates
        self.cfgFacts = outer.cfgFacts
        self.isWatched = outer.isWatched
        self.stepLimit = outer.stepLimit
        self.outer = (outer, site)
        self.scopeOfNode = [Int32](repeating: 0, count: tree.nodeCount)
        buildScopes()
    }

    /// For an expansion (or a standard macro's arguments): where it was invoked, in the tree around it.
    public var invocationSite: (resolver: NameResolver, site: SyntaxNode)? { outer }

    /// How many modules the code defines around `node` (`mod m { … }`, in
    /// this tree and, for an expansion, around its invocation): 0 directly in
    /// a body's block or at a crate file's root.
    public func moduleDepth(of node: SyntaxNode) -> Int {
        var depth = 0
        var module = scopes[Int(scopeOfNode[node.id])].module
        while let parent = scopes[module].parentModule {
            depth += 1
            module = parent
        }
        return depth + (outer.map { $0.resolver.moduleDepth(of: $0.site) } ?? 0)
    }

    /// Makes the items an expansion defines (`use`, type aliases, functions…)
    /// visible at its call site, as rustc does for a macro expanded in item or
    /// statement position: `m!()` expanding to `use std::io as i;` lets the
    /// block name `i`. Also on the site's own outer resolver, outward.
    /// (Macros a macro defines are left out: their definitions live in
    /// another tree; calls of them are scanned conservatively.)
    public func addItems(from expansion: SyntaxTree, at site: SyntaxNode) {
        var moduleScopes: [Int: Int] = [:]
        let scope = Int(scopeOfNode[site.id])
        for item in expansion.root.children where item.kind != .macroRules {
            hoistItem(item, into: scope, moduleScopes: &moduleScopes)
        }
        lookupCache.removeAll()
        globBases.removeAll()
        importCache.removeAll()
        aliasCache.removeAll()
        provisional.removeAll()
        pathCache.removeAll()
        if let outer { outer.resolver.addItems(from: expansion, at: outer.site) }
    }

    /// The `macro_rules!` definition a macro path names, with the resolver of
    /// the tree it is in, or nil when the path names no macro of the body.
    /// Besides a plain name in textual scope, a path that reaches a
    /// `macro_rules!` of this tree through modules and imports (`m::decl!` after
    /// `pub(crate) use decl;`, `crate::name!` for `#[macro_export]`, `use m as n; n!`).
    public func macroDefinition(_ path: PathSyntax) -> (node: SyntaxNode, resolver: NameResolver)? {
        guard path.qualifiedSelf == nil, definesMacroRules || outer != nil else { return nil }
        let scope = Int(scopeOfNode[path.syntax.id])
        let position = path.syntax.tokenRange.lowerBound
        if path.segments.count == 1, !path.hasLeadingColons, let name = path.segments.first?.identifier {
            if let found = macroDefinition(named: name, scope: scope, position: position) { return found }
            // Only a name this tree imports can still lead to one of its macros (`println!` cannot).
            var current: Int? = scope
            var imported = false
            while let index = current, !imported {
                imported = scopes[index].entries[.macros]?[name]?.contains { if case .imported = $0 { true } else { false } } ?? false
                current = scopes[index].parent
            }
            guard imported || scopes.contains(where: { !$0.globs.isEmpty }) else { return nil }
        }
        let entry = resolve(path.segments.map(\.identifier), leadingColons: path.hasLeadingColons, namespace: .macros,
                            scope: scope, position: position, depth: 0)
        if case .macroRules(_, let node)? = entry { return (SyntaxNode(treeNode: tree, id: node), self) }
        return nil
    }

    /// The `macro_rules! name` visible where `node` stands.
    public func macroDefinition(named name: String, at node: SyntaxNode) -> (node: SyntaxNode, resolver: NameResolver)? {
        macroDefinition(named: name, scope: Int(scopeOfNode[node.id]), position: node.tokenRange.lowerBound)
    }

    private func macroDefinition(named name: String, scope: Int, position: Int) -> (node: SyntaxNode, resolver: NameResolver)? {
        if let (_, node) = visibleMacroRules(name, scope: scope, position: position) {
            return (SyntaxNode(treeNode: tree, id: node), self)
        }
        // A name imported or defined as a `macro` item is not one of the body's `macro_rules!`.
        var current: Int? = scope
        while let index = current {
            if !(scopes[index].entries[.macros]?[name] ?? []).isEmpty { return nil }
            current = scopes[index].parent
        }
        if let outer = outward {
            return outer.resolver.macroDefinition(named: name, scope: Int(outer.resolver.scopeOfNode[outer.site.id]),
                                                  position: outer.site.tokenRange.lowerBound)
        }
        return nil
    }

    /// Where lookups go when this tree does not name something: the nearest
    /// enclosing tree that names anything, at the invocation site inside it.
    private var outward: (resolver: NameResolver, site: SyntaxNode)? {
        guard var target = outer else { return nil }
        while !target.resolver.namesSomething, let next = target.resolver.outer { target = next }
        return target
    }

    // MARK: - Queries

    /// What `path` names when used in `namespace` (its last segment's namespace).
    public func resolve(_ path: PathSyntax, as namespace: Namespace) -> Resolution {
        let scope = Int(scopeOfNode[path.syntax.id])
        let position = path.syntax.tokenRange.lowerBound
        if path.qualifiedSelf != nil {
            // `<T as Trait>::item`: what matters to lints is the trait or type named inside.
            return .unresolved
        }
        guard let firstSegment = path.syntax.firstChild(where: { $0 == .pathSegment }) else { return .unresolved }
        // Most paths name the body's own things or nothing outside: settle that
        // from the first segment before spelling out the others.
        let leadingColons = path.hasLeadingColons
        if !leadingColons, outer == nil {
            let name = PathSegmentSyntax(unchecked: firstSegment).identifier
            if !["self", "super", "crate", "Self", "$crate"].contains(name) {
                let single = path.syntax.directToken(.colon) == nil
                let space = single ? namespace : .types
                switch lookupItems(name, space, scope: scope, position: position, depth: 0) {
                case .local?, .macroRules?: return .local
                case nil where lookupFallback(name, space, scope: scope, depth: 0) == nil: return .unresolved
                default: break
                }
            }
        }
        return publicResolution(resolve(path.segments.map(\.identifier), leadingColons: leadingColons, namespace: namespace,
                                        scope: scope, position: position, depth: 0))
    }

    /// What a single name (a method's receiver-less name, a `use` leaf) names from `node`'s position.
    public func resolve(name: String, as namespace: Namespace, at node: SyntaxNode) -> Resolution {
        publicResolution(resolve([name], leadingColons: false, namespace: namespace, scope: Int(scopeOfNode[node.id]),
                                 position: node.tokenRange.lowerBound, depth: 0))
    }

    /// What each leaf of a `use` item imports (`use std::{fs, io::stdout}` gives two paths).
    public func imports(of use: UseSyntax) -> [(tree: UseTreeSyntax, resolution: Resolution)] {
        guard let root = use.tree else { return [] }
        let scope = Int(scopeOfNode[use.syntax.id])
        var results: [(UseTreeSyntax, Resolution)] = []
        for leaf in useLeaves(root, prefix: [], leadingColons: false) {
            var segments = leaf.segments
            if segments.last == "self" { segments.removeLast() }
            guard !segments.isEmpty else { continue }
            let target = resolve(segments, leadingColons: leaf.leadingColons, namespace: .types, scope: scope,
                                 position: Int.max, depth: 0)
            results.append((leaf.tree, publicResolution(target)))
        }
        return results
    }

    /// The names this tree binds (by `use`, `type` or `extern crate`) to
    /// something `selects` accepts, in any namespace.
    func boundNames(standingFor selects: ([String]) -> Bool) -> [String] {
        bindings.compactMap { name, entry in
            let stands = Namespace.allCases.contains { namespace in
                let target: Entry? = switch entry {
                case .imported(let segments, let colons, let scope, let id):
                    resolveImport(segments, leadingColons: colons, namespace: namespace, scope: scope, id: id, depth: 0)
                case .alias(let aliased, let scope):
                    resolveAlias(aliased, scope: scope, depth: 0)
                default:
                    entry
                }
                guard case .external(let path) = publicResolution(target) else { return false }
                return selects(path)
            }
            return stands ? name : nil
        }
    }

    private func publicResolution(_ entry: Entry?) -> Resolution {
        switch entry {
        case .external(let segments): return .external(StandardLibrary.canonical(segments))
        case .none: return .unresolved
        default: return .local
        }
    }

    // MARK: - Resolving

    private func resolve(_ segments: [String], leadingColons: Bool, namespace: Namespace, scope: Int, position: Int,
                         depth: Int, excluding import: Int? = nil) -> Entry? {
        steps += 1
        guard depth < NameResolver.depthLimit, steps <= stepLimit else {
            // Out of depth or steps: the code is refused (`isExhausted`), never passed
            // unresolved. Not a cycle, but as provisional: nothing that depends on it is remembered.
            if depth >= NameResolver.depthLimit { tooDeep = true }
            return cut(at: 0)
        }
        // The paths of imports, globs and aliases (no position) are asked for
        // again and again, and through each other: remembered, and cut when
        // reached again while in progress.
        guard position == Int.max, `import` == nil else {
            return resolveUncached(segments, leadingColons: leadingColons, namespace: namespace, scope: scope,
                                   position: position, depth: depth, excluding: `import`)
        }
        let key = PathKey(segments: segments, leadingColons: leadingColons, namespace: namespace, scope: scope)
        if let known = pathCache[key] { return known }
        if let place = pathsInProgress[key] { return cut(at: place) }
        return memoized(.path(key), mark: { pathsInProgress[key] = $0 }) {
            resolveUncached(segments, leadingColons: leadingColons, namespace: namespace, scope: scope,
                            position: position, depth: depth, excluding: nil)
        }
    }

    private struct PathKey: Hashable {
        let segments: [String]
        let leadingColons: Bool
        let namespace: Namespace
        let scope: Int
    }
    private var pathCache: [PathKey: Entry?] = [:]
    private var pathsInProgress: [PathKey: Int] = [:]

    private func resolveUncached(_ segments: [String], leadingColons: Bool, namespace: Namespace, scope: Int,
                                 position: Int, depth: Int, excluding import: Int?) -> Entry? {
        guard let first = segments.first else { return nil }
        var current: Entry?
        if leadingColons {
            // `::name` names a crate (2018 on).
            current = crateEntry(first)
        } else {
            switch first {
            case "self":
                current = segments.count == 1 ? .local : .module(scopes[scope].module)
            case "super":
                current = scopes[scopes[scope].module].parentModule.map { .module($0) } ?? .local
            case "crate":
                // The crate root: in crate mode the file's root; a body's crate is the wrapper's.
                current = tree.mode == .crate ? .module(0) : .local
            case "Self", "$crate":
                current = .local
            default:
                let space = segments.count == 1 ? namespace : .types
                current = if let excluded = `import` {
                    uncachedLookupItems(first, space, scope: scope, position: position, depth: depth, excluding: excluded)
                } else {
                    lookupItems(first, space, scope: scope, position: position, depth: depth)
                }
                if current == nil, let watched = watchedGlobEntry(first, from: scope, upTo: nil, depth: depth) {
                    // A glob the expansion imports comes before what its call site sees.
                    current = watched
                } else if current == nil, let outer = outward {
                    // An expansion sees what its invocation site sees: the outer
                    // resolver resolves the whole path against its own scopes
                    // (its entries index its scope table, not ours). Going out
                    // is not a step of an import chain: `depth` does not grow,
                    // or deeply nested expansions would lose sight of `std`.
                    let site = outer.site
                    switch outer.resolver.resolve(segments, leadingColons: false, namespace: namespace,
                                                  scope: Int(outer.resolver.scopeOfNode[site.id]),
                                                  position: site.tokenRange.lowerBound, depth: depth) {
                    case .external(let path)?: return .external(path)
                    case .some: return .local
                    case nil: current = globEntryOutward(first, scope: scope, depth: depth, external: true)
                    }
                } else if current == nil {
                    current = lookupFallback(first, space, scope: scope, depth: depth)
                }
            }
        }
        var index = 1
        while let entry = current {
            switch entry {
            case .external(let path):
                return .external(path + segments[index...])
            case .local:
                return .local
            case .macroRules:
                // Kept as is: `macroDefinition` follows paths and imports to the definition.
                return index == segments.count ? entry : .local
            case .imported(let path, let colons, let importScope, let id):
                current = resolveImport(path, leadingColons: colons, namespace: index == segments.count ? namespace : .types,
                                        scope: importScope, id: id, depth: depth)
                continue
            case .alias(let aliased, let aliasScope):
                current = resolveAlias(aliased, scope: aliasScope, depth: depth)
                continue
            case .module(let module):
                // A path that ends at a module names it: a glob or an import of it sees inside.
                guard index < segments.count else { return entry }
                let name = segments[index]
                let space = index == segments.count - 1 ? namespace : .types
                if name == "super" {
                    current = scopes[module].parentModule.map { .module($0) } ?? .local
                } else {
                    current = scopes[module].entries[space]?[name]?.first
                        ?? globEntry(name, in: module, depth: depth, external: false)
                        ?? globEntry(name, in: module, depth: depth, external: true)
                }
                index += 1
            }
        }
        return nil
    }

    private struct ImportKey: Hashable {
        let id: Int
        let namespace: Namespace
    }
    /// What each import leaf names, per namespace, once resolved.
    private var importCache: [ImportKey: Entry?] = [:]
    /// The same for type aliases, by the aliased path's node id.
    private var aliasCache: [Int: Entry?] = [:]

    /// Imports, aliases, globs and lookups being resolved, by how many were already in
    /// progress when each started (its place on the stack). One reached again
    /// names nothing for now: a cycle *cut*. An answer that relied on a cut at
    /// a node still in progress is provisional (Tarjan's lowlink finds them);
    /// it is kept aside and remembered when that node, the head of the cycle,
    /// is done, unless some node that was cut at turned out to name something
    /// after all. Then only the head's answer is remembered, and the others are
    /// worked out again when asked, now seeing it.
    private var importsInProgress: [ImportKey: Int] = [:]
    private var aliasesInProgress: [Int: Int] = [:]
    private var globsInProgress: [GlobKey: Int] = [:]
    private var lookupsInProgress: [LookupKey: Int] = [:]
    private var inProgressCount = 0
    /// The lowest stack place cut at since the innermost node or lookup started (`Int.max`: none).
    private var lowestCut = Int.max
    /// The places cut at, while their node is in progress.
    private var placesCut: Set<Int> = []
    /// Whether a node cut at, inside the innermost cycle being resolved, named something.
    private var cycleBroken = false
    /// Provisional answers waiting for the head of their cycle.
    private var provisional: [(Memo, Entry?)] = []

    private enum Memo {
        case importLeaf(ImportKey), alias(Int), glob(GlobKey), lookup(LookupKey), path(PathKey)
    }

    private func remember(_ memo: Memo, _ entry: Entry?) {
        switch memo {
        case .importLeaf(let key): importCache[key] = .some(entry)
        case .alias(let key): aliasCache[key] = .some(entry)
        case .glob(let key): globBases[key] = .some(entry)
        case .lookup(let key): lookupCache[key] = .some(entry)
        case .path(let key): pathCache[key] = .some(entry)
        }
    }

    /// Resolution steps taken; past `stepLimit` (only tangled imports get
    /// there) every answer is "nothing" and `isExhausted` tells the engine to
    /// refuse the code rather than pass what it could not resolve.
    private var steps = 0
    public static let defaultStepLimit = 2_000_000
    private let stepLimit: Int
    /// Whether this tree's names were too tangled to resolve within `stepLimit` steps.
    public var isExhausted: Bool { steps > stepLimit || tooDeep || (outer?.resolver.isExhausted ?? false) }
    /// How many imports, aliases and globs one name may be followed through.
    static let depthLimit = 32
    /// Whether some name led through more than `depthLimit` of them (`use a as b; use b as c; …`).
    private var tooDeep = false

    /// Computes `memo`'s answer and remembers it when final; `mark` records
    /// its place while it is in progress (nil when done).
    private func memoized(_ memo: Memo, mark: (Int?) -> Void, _ compute: () -> Entry?) -> Entry? {
        let place = inProgressCount
        let (savedCut, savedBroken, pendingStart) = (lowestCut, cycleBroken, provisional.count)
        lowestCut = Int.max
        cycleBroken = false
        inProgressCount += 1
        mark(place)
        let found = compute()
        mark(nil)
        inProgressCount -= 1
        let inner = lowestCut
        let wasCut = placesCut.remove(place) != nil
        let broken = cycleBroken || (wasCut && found != nil)
        if inner >= place {
            // Final: this is the head of every cycle it cut (or it cut none).
            if !broken {
                for (waiting, entry) in provisional[pendingStart...] { remember(waiting, entry) }
            }
            provisional.removeSubrange(pendingStart...)
            remember(memo, found)
            lowestCut = savedCut
            cycleBroken = savedBroken
        } else {
            provisional.append((memo, found))
            lowestCut = min(savedCut, inner)
            cycleBroken = savedBroken || broken
        }
        return found
    }

    private func cut(at place: Int) -> Entry? {
        lowestCut = min(lowestCut, place)
        placesCut.insert(place)
        return nil
    }

    private func resolveImport(_ segments: [String], leadingColons: Bool, namespace: Namespace, scope: Int, id: Int,
                               depth: Int) -> Entry? {
        let key = ImportKey(id: id, namespace: namespace)
        if let known = importCache[key] { return known }
        if let place = importsInProgress[key] { return cut(at: place) }
        return memoized(.importLeaf(key), mark: { importsInProgress[key] = $0 }) {
            resolve(segments, leadingColons: leadingColons, namespace: namespace, scope: scope, position: Int.max,
                    depth: depth + 1, excluding: id)
        }
    }

    private func resolveAlias(_ aliased: PathSyntax, scope: Int, depth: Int) -> Entry? {
        let key = aliased.syntax.id
        if let known = aliasCache[key] { return known }
        if let place = aliasesInProgress[key] { return cut(at: place) }
        return memoized(.alias(key), mark: { aliasesInProgress[key] = $0 }) {
            resolve(aliased.segments.map(\.identifier), leadingColons: aliased.hasLeadingColons, namespace: .types,
                    scope: scope, position: Int.max, depth: depth + 1)
        }
    }

    private struct LookupKey: Hashable {
        let name: String
        let namespace: Namespace
        let scope: Int
    }
    /// Lookups already made (not for macros, whose visibility depends on position).
    private var lookupCache: [LookupKey: Entry?] = [:]

    /// A name looked up from a scope outwards through this tree's items and
    /// the globs of its own modules (which list their names exactly).
    private func lookupItems(_ name: String, _ namespace: Namespace, scope: Int, position: Int, depth: Int) -> Entry? {
        guard namespace != .macros else {
            return uncachedLookupItems(name, namespace, scope: scope, position: position, depth: depth)
        }
        let key = LookupKey(name: name, namespace: namespace, scope: scope)
        if let known = lookupCache[key] { return known }
        // A lookup reached again through a glob's path (`use num::*` looking up
        // `num`) is a cycle too: without the cut, N such globs try N! orders.
        if let place = lookupsInProgress[key] { return cut(at: place) }
        return memoized(.lookup(key), mark: { lookupsInProgress[key] = $0 }) {
            uncachedLookupItems(name, namespace, scope: scope, position: position, depth: depth)
        }
    }

    private func uncachedLookupItems(_ name: String, _ namespace: Namespace, scope: Int, position: Int, depth: Int,
                                     excluding excludedImport: Int? = nil) -> Entry? {
        // Textual scope comes first, as in rustc: the latest `macro_rules!` before the call.
        if namespace == .macros, let (defined, node) = visibleMacroRules(name, scope: scope, position: position) {
            return .macroRules(position: defined, node: node)
        }
        // As rustc: scope by scope outwards, a scope's own items and imports,
        // then its globs, before the scope around it.
        var current: Int? = scope
        while let index = current {
            for entry in scopes[index].entries[namespace]?[name] ?? [] {
                if case .macroRules = entry { continue }
                // An import never names itself: `use std;` imports the crate.
                if case .imported(_, _, _, let id) = entry, id == excludedImport { continue }
                return watchedGlobEntry(name, from: scope, upTo: index, depth: depth) ?? entry
            }
            if !scopes[index].globs.isEmpty, let found = globEntry(name, in: index, depth: depth, external: false) {
                return watchedGlobEntry(name, from: scope, upTo: index, depth: depth) ?? found
            }
            current = lexicalParent(of: index)
        }
        return nil
    }

    /// A glob import of an outside module, in a scope from `scope` outwards
    /// and inside `end` (all of them when nil), that may bring `name` in as
    /// something the lints watch.
    ///
    /// Which names `use std::io::*` brings in is not known here (std is not
    /// indexed), so such a glob is normally the last resort: it never hides
    /// the prelude's `Box` or an item of the body. But rustc looks in an inner
    /// scope's globs before an outer scope's items, and in any glob before the
    /// prelude; a decoy `mod env {}` around `{ use std::*; env::vars() }`, or a
    /// second glob (`use std::io::*; use std::mem::*; forget(v)`), must not
    /// hide what std really holds. The rules name real std items, so when a
    /// glob's reading of `name` is watched, that reading is the one taken.
    private func watchedGlobEntry(_ name: String, from scope: Int, upTo end: Int?, depth: Int) -> Entry? {
        guard let isWatched, hasOutsideGlobs else { return nil }
        var current: Int? = scope
        while let index = current, index != end {
            if !scopes[index].globs.isEmpty {
                var visited: Set<Int> = []
                if let found = globEntry(name, in: index, depth: depth, external: true, visited: &visited,
                                         selecting: { isWatched(StandardLibrary.canonical($0)) }) {
                    return found
                }
            }
            current = lexicalParent(of: index)
        }
        return nil
    }

    /// Whether any scope has a glob import (the only way `watchedGlobEntry` finds anything).
    private var hasOutsideGlobs: Bool { !globPaths.isEmpty }

    /// The `macro_rules! name` a call at `position` sees: in the innermost
    /// scope that has one before `position`, the latest (a redefinition
    /// shadows the earlier one from where it stands).
    private func visibleMacroRules(_ name: String, scope: Int, position: Int) -> (position: Int, node: Int)? {
        var current: Int? = scope
        while let index = current {
            if let list = macroRulesByName[index]?[name] {
                // The last definition before `position`.
                var low = 0
                var high = list.count
                while low < high {
                    let middle = (low + high) / 2
                    if list[middle].position < position { low = middle + 1 } else { high = middle }
                }
                if low > 0 { return list[low - 1] }
            }
            current = scopes[index].parent
        }
        return nil
    }

    /// The `macro_rules!` definitions of each scope by name, in order of position (see `add`).
    private var macroRulesByName: [Int: [String: [(position: Int, node: Int)]]] = [:]

    /// Glob imports from a scope outwards.
    private func globEntryOutward(_ name: String, scope: Int, depth: Int, external: Bool) -> Entry? {
        var current: Int? = scope
        while let index = current {
            if let found = globEntry(name, in: index, depth: depth, external: external) { return found }
            current = lexicalParent(of: index)
        }
        return nil
    }

    /// The scope a name not found in `scope` is looked for next. A module is
    /// opaque: code in it sees its own items, not those of the blocks or
    /// modules around it (they need `super::`); only `macro_rules!` reach in.
    private func lexicalParent(of scope: Int) -> Int? {
        scopes[scope].module == scope ? nil : scopes[scope].parent
    }

    /// What no item of the tree names: the preludes, the crates, and last the
    /// globs of outside modules.
    private func lookupFallback(_ name: String, _ namespace: Namespace, scope: Int, depth: Int) -> Entry? {
        // rustc prefers any glob to the preludes.
        if let watched = watchedGlobEntry(name, from: scope, upTo: nil, depth: depth) { return watched }
        switch namespace {
        case .macros:
            if StandardLibrary.preludeMacros.contains(name) { return .external(["std", name]) }
            if tree.mode == .body, StandardLibrary.bodyPreludeMacros.contains(name) {
                return .external([StandardLibrary.runtimeCrate, name])
            }
        case .values:
            if let path = StandardLibrary.preludeValues[name] { return .external(path) }
        case .types:
            if let path = StandardLibrary.preludeTypes[name] { return .external(path) }
            if let crate = crateEntry(name) { return crate }
        }
        // A glob of an outside module (`use std::io::*`) may hold any name: it is
        // the last resort, so it never hides the prelude (`Box`) or a crate (`std`).
        return globEntryOutward(name, scope: scope, depth: depth, external: true)
    }

    /// What each glob import's path names, once computed (a glob reached
    /// again through itself names nothing: a cycle cut).
    private var globBases: [GlobKey: Entry?] = [:]

    private struct GlobKey: Hashable {
        let scope: Int
        let index: Int
    }

    /// `name` through a scope's `use …::*` imports of outside modules
    /// (`external`) or of the body's own modules.
    private func globEntry(_ name: String, in scope: Int, depth: Int, external: Bool) -> Entry? {
        var visited: Set<Int> = []
        return globEntry(name, in: scope, depth: depth, external: external, visited: &visited)
    }

    /// `visited`: the module scopes whose globs were already followed (glob cycles are legal Rust).
    /// `selecting`: in the `external` pass, only an outside reading it accepts.
    private func globEntry(_ name: String, in scope: Int, depth: Int, external: Bool, visited: inout Set<Int>,
                           selecting: (([String]) -> Bool)? = nil) -> Entry? {
        guard visited.insert(scope).inserted else { return nil }
        for (index, glob) in scopes[scope].globs.enumerated() {
            let key = GlobKey(scope: scope, index: index)
            let base: Entry?
            if let known = globBases[key] {
                base = known
            } else if let place = globsInProgress[key] {
                _ = cut(at: place)
                continue
            } else {
                base = memoized(.glob(key), mark: { self.globsInProgress[key] = $0 }) {
                    resolve(glob.segments, leadingColons: glob.leadingColons, namespace: .types, scope: scope,
                            position: Int.max, depth: depth + 1)
                }
            }
            guard let base else { continue }
            switch base {
            case .external(let path):
                if external, selecting?(path + [name]) ?? true { return .external(path + [name]) }
            case .module(let module):
                if !external,
                   let found = Namespace.allCases.lazy.compactMap({ self.scopes[module].entries[$0]?[name]?.first }).first {
                    return found
                }
                // The module's own globs: `mod a { pub use std::*; } use a::*;` brings `fs` in.
                // Outside modules' globs only in the `external` pass, so they never hide the prelude.
                if let found = globEntry(name, in: module, depth: depth + 1, external: external, visited: &visited,
                                         selecting: selecting) {
                    return found
                }
            default: continue
            }
        }
        return nil
    }

    private func crateEntry(_ name: String) -> Entry? {
        if StandardLibrary.crateNames.contains(name) || externCrates.contains(name) { return .external([name]) }
        return nil
    }

    // MARK: - Building scopes

    private func buildScopes() {
        let root = tree.root
        scopes.append(Scope(parent: nil, module: 0, parentModule: nil))
        /// Module scopes made when their `mod` item was hoisted, by the item's node id.
        var moduleScopes: [Int: Int] = [:]
        // A body is the block of a function inside PL/Rust's wrapper module:
        // scope 0 stands for that module (the body's items are not in it, so a
        // `mod` in the body cannot see them, and its `super` is the wrapper's),
        // scope 1 for the block.
        var rootScope = 0
        if tree.mode == .body, outer == nil {
            scopes.append(Scope(parent: 0, module: 0, parentModule: nil))
            rootScope = 1
            for index in scopeOfNode.indices { scopeOfNode[index] = 1 }
        }
        hoist(root, into: rootScope, moduleScopes: &moduleScopes)
        // Most expansions and macro arguments open no block: every node is in scope 0.
        let opensScopes = (0..<tree.nodeCount).contains { id in
            let kind = tree.kind(ofNode: id)
            return kind == .stmtList || kind == .itemList
        }
        guard opensScopes else { return }
        // From the end of the post-order array, every parent comes before its
        // children: a node is in its parent's scope unless it opens one.
        let parents = tree.parentIDs
        for id in stride(from: tree.nodeCount - 2, through: 0, by: -1) {
            let parent = Int(parents[id])
            let outer = parent >= 0 ? Int(scopeOfNode[parent]) : rootScope
            let kind = tree.kind(ofNode: id)
            guard kind == .stmtList || kind == .itemList else {
                scopeOfNode[id] = Int32(outer)
                continue
            }
            let node = SyntaxNode(treeNode: tree, id: id)
            switch kind {
            case .stmtList:
                let module = scopes[outer].module
                let block = scopes.count
                scopes.append(Scope(parent: outer, module: module, parentModule: scopes[module].parentModule))
                scopeOfNode[id] = Int32(block)
                hoist(node, into: block, moduleScopes: &moduleScopes)
            case .itemList:
                let module = moduleScopes[parent] ?? newModule(parent: outer)
                scopeOfNode[id] = Int32(module)
                hoist(node, into: module, moduleScopes: &moduleScopes)
            default:
                scopeOfNode[id] = Int32(outer)
            }
        }
    }

    private func newModule(parent: Int) -> Int {
        let index = scopes.count
        scopes.append(Scope(parent: parent, module: index, parentModule: scopes[parent].module))
        return index
    }

    private func add(_ name: String, _ entry: Entry, to namespaces: [Namespace], in scope: Int) {
        namesSomething = true
        if case .macroRules(let position, let node) = entry {
            definesMacroRules = true
            // Kept in order of position, so the one a call sees is found by bisection
            // (thousands of definitions of one name, each called, stay linear-logarithmic).
            var list = macroRulesByName[scope, default: [:]][name, default: []]
            var low = 0
            var high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle].position <= position { low = middle + 1 } else { high = middle }
            }
            list.insert((position, node), at: low)
            macroRulesByName[scope, default: [:]][name] = list
        }
        for namespace in namespaces { scopes[scope].entries[namespace, default: [:]][name, default: []].append(entry) }
    }

    /// Puts the items directly inside `container` into `scope` (items are visible in their whole block).
    private func hoist(_ container: SyntaxNode, into scope: Int, moduleScopes: inout [Int: Int]) {
        for child in container.children {
            hoistItem(child, into: scope, moduleScopes: &moduleScopes)
        }
    }

    private func hoistItem(_ item: SyntaxNode, into scope: Int, moduleScopes: inout [Int: Int]) {
        // An item rustc's `cfg` removes names nothing (its code is still linted where it stands).
        // (`item` may be another tree's: an expansion's item hoisted to its call site.)
        if Cfg.presence(of: item, facts: cfgFacts) == .absent { return }
        func name(_ node: SyntaxNode) -> String? { node.child(.name)?.as(NameSyntax.self)?.identifier }
        switch item.kind {
        case .fn, .constItem, .staticItem:
            if let name = name(item) { add(name, .local, to: [.values], in: scope) }
        case .structItem:
            // A braced struct is a type only; a unit or tuple struct is also a value (its constructor).
            if let name = name(item) {
                let braced = item.children.contains { $0.kind == .recordFieldList }
                add(name, .local, to: braced ? [.types] : [.types, .values], in: scope)
            }
        case .unionItem, .enumItem, .traitItem, .traitAlias:
            if let name = name(item) { add(name, .local, to: [.types], in: scope) }
        case .typeAlias:
            guard let name = name(item) else { return }
            if let aliased = item.as(TypeAliasSyntax.self)?.aliasedType?.as(PathTypeSyntax.self)?.path {
                add(name, .alias(aliased, scope: scope), to: [.types], in: scope)
                bindings.append((name, .alias(aliased, scope: scope)))
            } else {
                add(name, .local, to: [.types], in: scope)
            }
        case .module:
            guard let name = name(item) else { return }
            if item.child(.itemList) != nil {
                let module = newModule(parent: scope)
                moduleScopes[item.id] = module
                add(name, .module(module), to: [.types], in: scope)
                // `#[macro_use] mod m { macro_rules! x … }`: `x!` stays in textual scope after the module.
                for (macroName, position, node) in macroUseDefinitions(item) {
                    add(macroName, .macroRules(position: position, node: node), to: [.macros], in: scope)
                }
            } else {
                add(name, .local, to: [.types], in: scope)
            }
        case .macroRules:
            if let name = name(item) {
                add(name, .macroRules(position: item.tokenRange.lowerBound, node: item.id), to: [.macros], in: scope)
            }
        case .macroDef:
            if let name = name(item) { add(name, .local, to: [.macros], in: scope) }
        case .externCrate:
            guard let crate = item.as(ExternCrateSyntax.self) else { return }
            let crateName = crate.crateName?.identifier ?? ""
            let bound = crate.renamedTo?.identifier ?? crateName
            let entry: Entry = crateName == "self" ? .local : .external([crateName])
            bindings.append((bound, entry))
            add(bound, entry, to: [.types], in: scope)
        case .externBlock:
            // Foreign functions and statics are values of the enclosing scope.
            for foreign in item.child(.externItemList)?.children ?? [] {
                if let name = name(foreign) { add(name, .local, to: [.values, .types], in: scope) }
            }
        case .useItem:
            guard let root = item.as(UseSyntax.self)?.tree else { return }
            for leaf in useLeaves(root, prefix: [], leadingColons: false) {
                var segments = leaf.segments
                if leaf.isGlob {
                    scopes[scope].globs.append((segments, leaf.leadingColons))
                    globPaths.append(segments)
                    namesSomething = true
                    continue
                }
                if segments.last == "self" { segments.removeLast() }
                guard let last = segments.last else { continue }
                if leaf.isUnderscore { continue }
                let bound = leaf.rename ?? last
                let entry = Entry.imported(segments: segments, leadingColons: leaf.leadingColons, scope: scope, id: importCount)
                bindings.append((bound, entry))
                add(bound, entry, to: Namespace.allCases, in: scope)
                importCount += 1
            }
        default:
            break
        }
    }

    /// The `macro_rules!` a `#[macro_use]` module leaves in scope after it (its
    /// own, and those of `#[macro_use]` modules inside it).
    private func macroUseDefinitions(_ module: SyntaxNode) -> [(String, Int, Int)] {
        let hasMacroUse = module.children(.attr).contains { $0.as(AttrSyntax.self)?.name == ["macro_use"] }
        guard hasMacroUse, let items = module.child(.itemList) else { return [] }
        var found: [(String, Int, Int)] = []
        var pending = items.children
        while let item = pending.popLast() {
            if item.kind == .macroRules, let name = item.child(.name)?.as(NameSyntax.self)?.identifier {
                found.append((name, item.tokenRange.lowerBound, item.id))
            } else if item.kind == .module, item.children(.attr).contains(where: { $0.as(AttrSyntax.self)?.name == ["macro_use"] }),
                      let inner = item.child(.itemList) {
                pending += inner.children
            }
        }
        return found
    }

    private struct UseLeaf {
        let tree: UseTreeSyntax
        let segments: [String]
        let leadingColons: Bool
        let isGlob: Bool
        let rename: String?
        let isUnderscore: Bool
    }

    /// Flattens `use a::{b as c, d::*}` into leaves with their full paths.
    private func useLeaves(_ root: UseTreeSyntax, prefix: [String], leadingColons: Bool) -> [UseLeaf] {
        var leaves: [UseLeaf] = []
        var pending: [(UseTreeSyntax, [String], Bool)] = [(root, prefix, leadingColons)]
        while let (tree, prefix, colons) = pending.popLast() {
            let path = tree.path
            let segments = prefix + (path?.names ?? [])
            // A leading `::` before the tree (`use ::std::x` or `use ::{a, b}`).
            let treeColons = colons || (prefix.isEmpty && (path?.hasLeadingColons ?? startsWithColons(tree)))
            if tree.hasList {
                for subtree in tree.subtrees.reversed() { pending.append((subtree, segments, treeColons)) }
            } else {
                leaves.append(UseLeaf(tree: tree, segments: segments, leadingColons: treeColons, isGlob: tree.isGlob,
                                      rename: tree.renamedTo?.identifier, isUnderscore: tree.isUnderscoreRename))
            }
        }
        return leaves
    }

    private func startsWithColons(_ tree: UseTreeSyntax) -> Bool {
        let tokens = tree.syntax.allTokens
        return tokens.count >= 2 && tokens[0].kind == .colon && tokens[1].kind == .colon
    }
}
