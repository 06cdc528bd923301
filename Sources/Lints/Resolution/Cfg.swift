import RustSyntax

/// Whether an item is compiled, as far as `#[cfg]`, `#![cfg]` and
/// `#[cfg_attr]` tell: rustc removes an item whose predicate is false before
/// names are resolved, so such an item must not stand for its name here
/// either (a removed `mod std {}` would otherwise hide the real `std` from
/// the lints, and a removed `macro_rules!` the macro rustc really expands).
///
/// Predicates are evaluated with `Cfg.Facts`: what holds on every target
/// plrustc builds for. What differs between its builds (the architecture,
/// CPU features, debug assertions, whether clippy-driver or rustc builds,
/// the rustc or cargo path) is *unknown*, and an item whose presence is
/// unknown is refused where it binds a name (`plrust_attributes`). A name
/// nobody sets is false, as in rustc.
public enum Cfg {
    public enum Presence: Equatable, Sendable {
        case present, absent, unknown
    }

    /// The configuration names and `name = "value"` pairs known to be set, or
    /// known not to be, on every target of a build.
    public struct Facts: Sendable, Equatable {
        /// Names set everywhere (`unix`).
        public var names: Set<String>
        /// For the names listed, every value that is set (others are false).
        public var values: [String: Set<String>]
        /// Names whose value is not known (differs between builds, or is not the same on every target).
        public var varying: Set<String>
        /// With no facts at all (`plrustc compile` found a target that does not agree with
        /// `assumed`): every predicate is unknown.
        public var knowsNothing = false

        public init(names: Set<String>, values: [String: Set<String>], varying: Set<String>) {
            self.names = names
            self.values = values
            self.varying = varying
        }

            /// Linux with glibc, 64 bits, little-endian, unwinding panics: x86_64
        /// and aarch64, the targets plrustc builds for by default. (The user
        /// crate has no features: `feature = "…"` is false.)
        public static let assumed = Facts(
            names: ["unix"],
            values: ["target_os": ["linux"], "target_family": ["unix"], "target_env": ["gnu"], "target_vendor": ["unknown"],
                     "target_pointer_width": ["64"], "target_endian": ["little"], "panic": ["unwind"]],
            varying: ["target_arch", "target_feature", "target_has_atomic", "target_has_atomic_load_store",
                      "target_has_atomic_equal_alignment", "target_abi", "debug_assertions", "overflow_checks", "plrustc",
                      "clippy", "relocation_model", "ub_checks", "fmt_debug", "contract_checks",
                      "target_thread_local", "sanitize", "target_has_reliable_f16", "target_has_reliable_f128",
                      "target_has_reliable_f16_math", "target_has_reliable_f128_math", "emscripten_wasm_eh"])

        /// Facts that decide nothing: every predicate is unknown.
        public static let none: Facts = {
            var facts = Facts(names: [], values: [:], varying: [])
            facts.knowsNothing = true
            return facts
        }()

        /// Whether `rustc --print cfg` output (one `name` or `name="value"` per line) agrees with these facts.
        public func agree(withPrinted text: String) -> Bool {
            var printedNames: Set<String> = []
            var printedValues: [String: Set<String>] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1)
                let name = String(parts[0])
                if parts.count == 2 {
                    printedValues[name, default: []].insert(String(parts[1].dropFirst().dropLast()))
                } else {
                    printedNames.insert(name)
                }
            }
            if !names.isSubset(of: printedNames) { return false }
            // A name these facts say is unset must be unset there too (or known to vary).
            if printedNames.contains(where: { !names.contains($0) && !varying.contains($0) }) { return false }
            for (name, set) in values where (printedValues[name] ?? []) != set { return false }
            return printedValues.keys.allSatisfy { values[$0] != nil || varying.contains($0) }
        }
    }

    /// The item's presence from its outer attributes and, for a module, a
    /// function, an impl or a trait, the inner attributes that open its body.
    public static func presence(of item: SyntaxNode, facts: Facts = .assumed) -> Presence {
        var result = Presence.present
        for attribute in attributes(of: item) {
            guard let meta = attribute.as(AttrSyntax.self)?.meta else { continue }
            let reader = MetaReader(tree: item.tree, range: meta.syntax.tokenRange)
            guard let parsed = reader.meta(in: meta.syntax.tokenRange) else { continue }
            result = combine(result, presence(of: parsed, facts))
            if result == .absent { return .absent }
        }
        return result
    }

    /// Outer attributes, and inner ones at the start of the item's own braces.
    private static func attributes(of item: SyntaxNode) -> [SyntaxNode] {
        var found = item.children(.attr)
        let inner: SyntaxNode?
        switch item.kind {
        case .module: inner = item.child(.itemList)
        case .implItem, .traitItem: inner = item.child(.assocItemList)
        case .fn: inner = item.child(.blockExpr)?.child(.stmtList) ?? item.child(.blockExpr)
        default: inner = nil
        }
        if let inner {
            found += inner.children(.attr).filter { $0.as(AttrSyntax.self)?.isInner == true }
        }
        return found
    }

    /// What one attribute says: `cfg(p)` is `p`; `cfg_attr(p, a…)` is what `a…`
    /// say when `p` holds (unknown when `p` is unknown and they say anything).
    private static func presence(of meta: MetaReader.Meta, _ facts: Facts) -> Presence {
        let reader = meta.reader
        guard case .delimited(let inner) = meta.arguments else { return .present }
        switch meta.path {
        case ["cfg"]:
            guard let value = evaluate(inner, reader, facts) else { return .unknown }
            return value ? .present : .absent
        case ["cfg_attr"]:
            let items = reader.items(inner)
            guard let predicate = items.first else { return .present }
            var applied = Presence.present
            for item in items.dropFirst() {
                if let nested = reader.meta(in: item) { applied = combine(applied, presence(of: nested, facts)) }
            }
            if applied == .present { return .present }
            switch evaluate(predicate, reader, facts) {
            case true?: return applied
            case false?: return .present
            case nil: return .unknown
            }
        default:
            return .present
        }
    }

    private static func combine(_ lhs: Presence, _ rhs: Presence) -> Presence {
        if lhs == .absent || rhs == .absent { return .absent }
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return .present
    }

    /// A predicate's value: true, false, or nil when it is not known.
    static func evaluate(_ range: Range<Int>, _ reader: MetaReader, _ facts: Facts) -> Bool? {
        if facts.knowsNothing { return nil }
        if range.count == 1, let index = range.first {
            // `true` and `false` are the keywords, not `r#true` (a name nobody sets).
            switch reader.tree.tokens[index].kind {
            case .kwTrue: return true
            case .kwFalse: return false
            default: break
            }
        }
        if let path = reader.path(range) {
            guard path.count == 1, let name = path.first else { return false }
            if facts.varying.contains(name) { return nil }
            return facts.names.contains(name)
        }
        if let (name, value) = reader.assignment(range) {
            if facts.varying.contains(name) { return nil }
            // Only a plain string is read; an escape or a raw string could spell the value differently.
            guard reader.isLiteral(value), let text = plainString(reader.text(value)) else { return nil }
            guard let values = facts.values[name] else { return false }
            return values.contains(text)
        }
        guard let call = reader.call(range) else { return nil }
        let operands = reader.items(call.inner).map { evaluate($0, reader, facts) }
        switch call.name {
        case "all":
            if operands.contains(false) { return false }
            return operands.contains(nil) ? nil : true
        case "any":
            if operands.contains(true) { return true }
            return operands.contains(nil) ? nil : false
        case "not":
            guard operands.count == 1, let only = operands.first else { return nil }
            return only.map { !$0 }
        default:
            return nil
        }
    }

    /// The contents of `"…"` with no escapes in it; nil for anything else.
    private static func plainString(_ literal: String) -> String? {
        guard literal.count >= 2, literal.first == "\"", literal.last == "\"" else { return nil }
        let contents = literal.dropFirst().dropLast()
        return contents.contains("\\") ? nil : String(contents)
    }
}
