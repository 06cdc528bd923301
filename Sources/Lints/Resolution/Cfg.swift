import RustSyntax

/// Whether an item is compiled, as far as `#[cfg]` and `#[cfg_attr]` tell:
/// rustc removes an item whose predicate is false before names are resolved,
/// so such an item must not stand for its name here either (a removed
/// `mod std {}` would otherwise hide the real `std` from the lints, and a
/// removed `macro_rules!` the macro rustc really expands).
///
/// Predicates are evaluated for the targets plrustc builds for — Linux with
/// glibc, 64 bits, little-endian, unwinding panics — where they agree; what
/// differs between those builds (`target_arch`, `target_feature`,
/// `debug_assertions`, `overflow_checks`, `plrustc`) is *unknown*, and an item
/// whose presence is unknown is refused where it binds a name
/// (`plrust_attributes`). A name rustc does not set is false, as in rustc.
enum Cfg {
    enum Presence: Equatable {
        case present, absent, unknown
    }

    /// Names set on every target plrustc builds for.
    static let setNames: Set<String> = ["unix"]
    /// `name = "value"` pairs set on every such target; other values of these names are false.
    static let setValues: [String: Set<String>] = [
        "target_os": ["linux"], "target_family": ["unix"], "target_env": ["gnu"], "target_vendor": ["unknown"],
        "target_pointer_width": ["64"], "target_endian": ["little"], "panic": ["unwind"],
        "target_has_atomic": ["8", "16", "32", "64", "ptr"],
    ]
    /// Names whose value differs between plrustc's builds (target, optimization level, rustc or cargo build).
    static let varying: Set<String> = ["target_arch", "target_feature", "debug_assertions", "overflow_checks", "plrustc",
                                       "target_has_atomic_load_store", "target_has_atomic_equal_alignment", "relocation_model",
                                       "target_abi", "ub_checks", "fmt_debug", "contract_checks", "target_thread_local",
                                       "sanitize", "target_has_reliable_f16", "target_has_reliable_f128"]

    /// The item's presence from its outer attributes.
    static func presence(of item: SyntaxNode) -> Presence {
        var result = Presence.present
        for attribute in item.children(.attr) {
            guard let meta = attribute.as(AttrSyntax.self)?.meta, !attribute.tokenRange.isEmpty else { continue }
            let reader = MetaReader(tree: item.tree, range: meta.syntax.tokenRange)
            guard let parsed = reader.meta(in: meta.syntax.tokenRange) else { continue }
            result = combine(result, presence(of: parsed))
            if result == .absent { return .absent }
        }
        return result
    }

    /// What one attribute says: `cfg(p)` is `p`; `cfg_attr(p, a…)` is what `a…`
    /// say when `p` holds (unknown when `p` is unknown and they say anything).
    private static func presence(of meta: MetaReader.Meta) -> Presence {
        let reader = meta.reader
        guard case .delimited(let inner) = meta.arguments else { return .present }
        switch meta.path {
        case ["cfg"]:
            guard let value = evaluate(inner, reader) else { return .unknown }
            return value ? .present : .absent
        case ["cfg_attr"]:
            let items = reader.items(inner)
            guard let predicate = items.first else { return .present }
            var applied = Presence.present
            for item in items.dropFirst() {
                if let nested = reader.meta(in: item) { applied = combine(applied, presence(of: nested)) }
            }
            if applied == .present { return .present }
            switch evaluate(predicate, reader) {
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

    /// A predicate's value: true, false, or nil when it differs between builds.
    static func evaluate(_ range: Range<Int>, _ reader: MetaReader) -> Bool? {
        if let path = reader.path(range) {
            guard path.count == 1, let name = path.first else { return false }
            if name == "true" { return true }
            if name == "false" { return false }
            if varying.contains(name) { return nil }
            return setNames.contains(name)
        }
        if let (name, value) = reader.assignment(range) {
            guard reader.isLiteral(value) else { return false }
            if varying.contains(name) { return nil }
            guard let values = setValues[name] else { return false }
            let text = reader.text(value)
            guard text.count >= 2, text.first == "\"", text.last == "\"" else { return false }
            return values.contains(String(text.dropFirst().dropLast()))
        }
        guard let call = reader.call(range) else { return false }
        let operands = reader.items(call.inner).map { evaluate($0, reader) }
        switch call.name {
        case "all":
            if operands.contains(false) { return false }
            return operands.contains(nil) ? nil : true
        case "any":
            if operands.contains(true) { return true }
            return operands.contains(nil) ? nil : false
        case "not":
            guard operands.count == 1, let only = operands.first else { return false }
            return only.map { !$0 }
        default:
            return false
        }
    }
}
