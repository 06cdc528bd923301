import Diagnostics
import RustSyntax

/// `plrust_attributes`: the attributes a function body may write, as an
/// allow-list. Anything else — an attribute that makes rustc read a file
/// (`debugger_visualizer`, `path`), changes code generation
/// (`target_feature`, `instruction_set`), exports or links symbols, lifts an
/// item out of the body (`macro_export`), raises the compiler's limits, or
/// one nobody has looked at yet — is refused, written plainly, inside
/// `cfg_attr`, or made by a macro (expansions are linted like code).
///
/// Allowed (see the catalog entry for why): `derive`, `allow`/`warn`/`expect`
/// of style and unused-code lints, `deny`/`forbid` of any lint, `inline`,
/// `cold`, `track_caller`, `must_use`, `deprecated`, `non_exhaustive`, `doc`
/// with a literal value (`hidden`, `inline`, `no_inline`, `alias`), `repr` of
/// the safe layouts, `cfg`, `cfg_attr`, `rustfmt::skip`,
/// `diagnostic::on_unimplemented`/`do_not_recommend`; attribute macros of
/// the body's dependencies, and the helper attributes of their derives.
struct PLRustAttributes: CodeLint {
    static let name = "plrust_attributes"

    /// Lints a body may lower with `allow`, `warn` or `expect`: advice about
    /// style and unused code, whose silence changes nothing that runs or
    /// builds. (`long_running_const_eval`, say, is not among them: lowering
    /// it lets const evaluation run forever on the server.)
    static let lowerableLints: Set<String> = [
        "unused", "dead_code", "nonstandard_style", "non_snake_case", "non_camel_case_types", "non_upper_case_globals",
        "unreachable_code", "unreachable_patterns", "irrefutable_let_patterns", "while_true", "redundant_semicolons",
        "path_statements", "unused_braces", "unused_parens", "unused_variables", "unused_mut", "unused_imports",
        "unused_assignments", "unused_must_use", "unused_macros", "unused_macro_rules", "unused_labels",
        "unused_doc_comments", "unused_results", "unused_qualifications", "unused_comparisons", "unused_lifetimes",
        "unused_allocation", "unused_extern_crates", "unused_import_braces", "unused_attributes", "unused_features",
        "unconditional_recursion", "overflowing_literals", "arithmetic_overflow", "unconditional_panic",
        "non_shorthand_field_patterns", "no_mangle_generic_items", "missing_docs", "missing_debug_implementations",
        "missing_copy_implementations", "trivial_casts", "trivial_numeric_casts", "single_use_lifetimes",
        "elided_lifetimes_in_paths", "explicit_outlives_requirements", "bare_trait_objects",
        "ellipsis_inclusive_range_patterns", "let_underscore_drop", "variant_size_differences", "mismatched_lifetime_syntaxes",
        "overlapping_range_endpoints", "non_contiguous_range_endpoints", "redundant_lifetimes", "unnameable_types",
    ]

    /// clippy's lints a body may not lower: the ones plrustc forbids, and the groups holding them
    /// (rustc would refuse them against the forbid: the lint says so first).
    static let guardedClippyLints: Set<String> = ["all", "style", "disallowed_methods", "disallowed_macros", "disallowed_types",
                                                  "disallowed_names", "disallowed_script_idents"]

    /// Whether a body may `allow`, `warn` or `expect` the lint `path`.
    static func lowers(_ path: [String]) -> Bool {
        if path.count == 2, path[0] == "clippy" { return !guardedClippyLints.contains(path[1]) }
        guard path.count == 1, let name = path.first else { return false }
        return lowerableLints.contains(name) || (name.hasPrefix("unused_") && name != "unused_unsafe")
    }

    /// Names of rustc's own attributes: never taken for a derive's helper attribute.
    static let builtinAttributes: Set<String> = [
        "cfg", "cfg_attr", "test", "ignore", "should_panic", "derive", "automatically_derived", "macro_export",
        "macro_use", "proc_macro", "proc_macro_derive", "proc_macro_attribute", "allow", "warn", "deny", "forbid",
        "expect", "deprecated", "must_use", "diagnostic", "link", "link_name", "link_ordinal", "no_link", "repr",
        "crate_type", "crate_name", "no_main", "export_name", "link_section", "no_mangle", "used", "inline", "cold",
        "no_builtins", "target_feature", "track_caller", "instruction_set", "doc", "no_std", "no_implicit_prelude",
        "path", "recursion_limit", "type_length_limit", "panic_handler", "global_allocator", "windows_subsystem",
        "feature", "non_exhaustive", "debugger_visualizer", "collapse_debuginfo", "naked", "unsafe", "coverage",
        "optimize", "ffi_pure", "ffi_const", "register_tool", "thread_local", "linkage", "start", "main", "bench",
        "test_runner", "allow_internal_unsafe", "allow_internal_unstable", "unstable", "stable", "const_stable",
        "may_dangle", "fundamental", "marker", "lang", "no_core", "compiler_builtins", "profiler_runtime",
        "needs_allocator", "panic_runtime", "needs_panic_runtime", "sanitize", "patchable_function_entry",
        "omit_gdb_pretty_printer_section", "no_sanitize", "rustfmt", "clippy", "export_stable", "align",
        "define_opaque", "loop_match", "const_continue", "type_const",
    ]

    /// The derives of the standard library, which have no helper attributes.
    static let standardDerives: Set<String> = ["Debug", "Clone", "Copy", "PartialEq", "Eq", "PartialOrd", "Ord", "Hash", "Default"]

    /// Why some well-known attributes are refused, for the label.
    static let reasons: [String: String] = [
        "debugger_visualizer": "makes the compiler read a file of the database server",
        "path": "makes the compiler read a file of the database server",
        "target_feature": "lets code use CPU instructions the server may not have: undefined behaviour in safe code",
        "instruction_set": "changes how the code is generated",
        "macro_export": "lifts a macro out of the function body",
        "macro_use": "widens where a macro can be seen",
        "link": "links a library of the server into the function",
        "link_name": "names a symbol of the server process",
        "used": "keeps a symbol in the library whether or not it is used",
        "global_allocator": "replaces the memory allocator of the function's library",
        "panic_handler": "replaces what a panic does",
        "recursion_limit": "raises the compiler's limits on the database server",
        "type_length_limit": "raises the compiler's limits on the database server",
        "feature": "enables unstable compiler features",
        "naked": "writes a function without the compiler's prologue: only assembly can go in it",
        "no_std": "applies to a whole crate",
        "no_implicit_prelude": "changes what every name in it means",
        "thread_local": "declares a thread-local the compiler does not manage",
        "test": "marks a test, which a function body does not have",
    ]

    func check(_ unit: LintUnit, _ context: LintContext) {
        guard context.rootMode == .body else { return }
        let tree = unit.tree
        guard tree.tokens.contains(where: { $0.kind == .pound }) else { return }
        for node in tree.nodes(ofKind: .attr) {
            guard let attribute = node.as(AttrSyntax.self), !attribute.isDocComment, let meta = attribute.meta else { continue }
            let reader = MetaReader(tree: tree, range: meta.syntax.tokenRange)
            // `#![cfg(…)]` opening the body applies to the generated function: it could remove it.
            if attribute.isInner, node.parent?.kind == .body, unit.expansion == nil,
               Cfg.presence(of: node.parent ?? node, facts: unit.resolver.cfgFacts) != .present {
                report(context, unit, at: node.span, "`cfg` on the function body itself",
                       label: "this would remove the function plrustc builds around the body")
            }
            check(reader.meta(in: meta.syntax.tokenRange), attribute: node, unit, context)
        }
        checkUndecidedItems(unit, context)
    }

    /// Items that bind a name (or may make items: a macro call), whose `cfg` is
    /// true in some of plrustc's builds and false in others: the lints resolve
    /// names one way, and the same name could mean another item in another build.
    private func checkUndecidedItems(_ unit: LintUnit, _ context: LintContext) {
        let tree = unit.tree
        let kinds: [SyntaxKind] = [.fn, .constItem, .staticItem, .structItem, .unionItem, .enumItem, .traitItem, .traitAlias,
                                   .typeAlias, .module, .macroRules, .macroDef, .externCrate, .useItem, .macroItem, .macroStmt]
        for item in tree.nodes(ofKinds: kinds) where item.tokenRange.lowerBound < item.tokenRange.upperBound
            && Cfg.presence(of: item, facts: unit.resolver.cfgFacts) == .unknown {
            let at = item.children(.attr).first { attribute in
                guard let name = attribute.as(AttrSyntax.self)?.name else { return false }
                return name == ["cfg"] || name == ["cfg_attr"]
            }
            report(context, unit, at: at?.span ?? item.span, "plrustc cannot tell whether this item is compiled",
                   label: "this `cfg` depends on the target or the build (the architecture, CPU features, debug assertions…)")
        }
    }

    private func check(_ meta: MetaReader.Meta?, attribute: SyntaxNode, _ unit: LintUnit, _ context: LintContext) {
        guard let meta else {
            report(context, unit, at: attribute.span, "this attribute is not one a function body may write",
                   label: "plrustc cannot read it as an attribute")
            return
        }
        let name = meta.path.joined(separator: "::")
        let reader = meta.reader
        func refuse(_ message: String, label: String? = nil) {
            report(context, unit, at: meta.span, message, label: label)
        }
        switch name {
        case "unsafe":
            // `#[unsafe(no_mangle)]` and its kin: unsafe_code's, when that lint runs.
            if !context.isEnabled(UnsafeCode.name) {
                refuse("the unsafe attribute `#[\(reader.text(meta.arguments))]` is not allowed in a function body")
            }
        case "no_mangle", "export_name", "link_section":
            if !context.isEnabled(UnsafeCode.name) {
                refuse("the attribute `#[\(name)]` is not allowed in a function body",
                       label: "exports or places a symbol of the server process")
            }
        case "derive":
            guard case .delimited(let inner) = meta.arguments, reader.isPathList(inner) else {
                return refuse("`#[derive(…)]` takes a list of derive macros", label: "only paths, separated by commas")
            }
        case "allow", "warn", "expect", "deny", "forbid":
            guard case .delimited(let inner) = meta.arguments else {
                return refuse("`#[\(name)(…)]` takes a list of lints")
            }
            for item in reader.items(inner) {
                if let (key, value) = reader.assignment(item), key == "reason", reader.isLiteral(value) { continue }
                guard let lint = reader.path(item) else {
                    refuse("`#[\(name)(…)]` takes lint names", label: "not a lint name")
                    continue
                }
                let lintName = lint.joined(separator: "::")
                guard name == "allow" || name == "warn" || name == "expect" else { continue }
                if !Self.lowers(lint) {
                    report(context, unit, at: reader.span(item),
                           "`#[\(name)(\(lintName))]`: a function body may not lower the level of `\(lintName)`",
                           label: "only lints about style and unused code can be allowed, warned or expected")
                }
            }
        case "inline":
            switch meta.arguments {
            case .none: break
            case .delimited(let inner) where ["always", "never"].contains(reader.text(inner)): break
            default: refuse("`#[inline]` takes nothing, `always` or `never`")
            }
        case "cold", "track_caller", "non_exhaustive", "diagnostic::do_not_recommend", "default":
            // `default`: the variant `#[derive(Default)]` picks on an enum.
            guard case .none = meta.arguments else { return refuse("`#[\(name)]` takes no arguments") }
        case "must_use":
            if case .delimited = meta.arguments { refuse("`#[must_use]` takes nothing or a string") }
            checkLiteralValue(meta, unit, context)
        case "deprecated", "diagnostic::on_unimplemented":
            if case .delimited(let inner) = meta.arguments {
                for item in reader.items(inner) {
                    guard let (_, value) = reader.assignment(item), reader.isLiteral(value) else {
                        report(context, unit, at: reader.span(item), "`#[\(name)(…)]` takes `key = \"text\"` pairs")
                        continue
                    }
                }
            }
            checkLiteralValue(meta, unit, context)
        case "doc":
            switch meta.arguments {
            case .value: checkLiteralValue(meta, unit, context)
            case .delimited(let inner):
                for item in reader.items(inner) {
                    let word = reader.path(item)?.joined(separator: "::")
                    if let word, ["hidden", "inline", "no_inline"].contains(word) { continue }
                    if let (key, value) = reader.assignment(item), key == "alias", reader.isLiteral(value) { continue }
                    if let call = reader.call(item), call.name == "alias", reader.items(call.inner).allSatisfy(reader.isLiteral) { continue }
                    report(context, unit, at: reader.span(item), "`#[doc(\(reader.text(item)))]` is not allowed in a function body",
                           label: "only `hidden`, `inline`, `no_inline` and `alias`")
                }
            case .none: refuse("`#[doc]` needs a value")
            }
        case "repr":
            guard case .delimited(let inner) = meta.arguments else { return refuse("`#[repr(…)]` takes a list of layouts") }
            for item in reader.items(inner) {
                if let word = reader.path(item)?.joined(separator: "::"), Self.safeLayouts.contains(word) { continue }
                if let call = reader.call(item), call.name == "align", reader.isLiteral(call.inner) { continue }
                report(context, unit, at: reader.span(item), "`#[repr(\(reader.text(item)))]` is not allowed in a function body",
                       label: reader.text(item).hasPrefix("packed")
                           ? "a reference to a field of a packed struct can be misaligned, which Rust 1.63 allows with a warning"
                           : "only `C`, `Rust`, `transparent`, an integer type and `align(N)`")
            }
        case "cfg":
            guard case .delimited(let inner) = meta.arguments, reader.isPredicate(inner) else {
                return refuse("`#[cfg(…)]` takes a predicate", label: "names, `key = \"value\"`, `any`, `all` and `not`")
            }
        case "cfg_attr":
            guard case .delimited(let inner) = meta.arguments else { return refuse("`#[cfg_attr(…)]` takes a predicate and attributes") }
            let items = reader.items(inner)
            guard let predicate = items.first, reader.isPredicate(predicate), items.count >= 2 else {
                return refuse("`#[cfg_attr(…)]` takes a predicate and attributes")
            }
            for item in items.dropFirst() { check(reader.meta(in: item), attribute: attribute, unit, context) }
        case "rustfmt::skip", "rustfmt::skip::macros", "rustfmt::skip::attributes":
            break
        default:
            if isDependencyAttribute(meta, attribute: attribute, unit, context) {
                scanDependencyArguments(meta, attribute: attribute, unit, context)
                return
            }
            let head = meta.path.first ?? name
            refuse("the attribute `#[\(name)]` is not one a function body may write",
                   label: Self.reasons[head] ?? "not on plrustc's list of allowed attributes (`plrustc explain plrust_attributes`)")
        }
    }

    static let safeLayouts: Set<String> = ["C", "Rust", "transparent", "u8", "u16", "u32", "u64", "u128", "usize",
                                           "i8", "i16", "i32", "i64", "i128", "isize"]

    /// `#[name = literal]`: anything but one literal (a macro call) is refused.
    private func checkLiteralValue(_ meta: MetaReader.Meta, _ unit: LintUnit, _ context: LintContext) {
        guard case .value(let value) = meta.arguments, !meta.reader.isLiteral(value) else { return }
        report(context, unit, at: meta.reader.span(value), "the value of `#[\(meta.path.joined(separator: "::")) = …]` must be a literal",
               label: "a macro here runs at compile time, on the database server")
    }

    /// What a dependency's macro reads from its attribute is code to it: serde
    /// makes `#[serde(getter = "…", default = "…", with = "…")]` strings into
    /// paths it calls, clap takes expressions. The arguments are scanned as
    /// tokens plrustc cannot read are, and every string that spells a path is
    /// resolved where the attribute stands and checked like a path written there.
    private func scanDependencyArguments(_ meta: MetaReader.Meta, attribute: SyntaxNode, _ unit: LintUnit, _ context: LintContext) {
        let range: Range<Int>
        switch meta.arguments {
        case .none: return
        case .delimited(let inner), .value(let inner): range = inner
        }
        let place = "inside an attribute read by a dependency's macro"
        TokenScan.check(range, anchor: attribute, where: place, in: unit, context: context)
        let tree = unit.tree
        for index in range where [.string, .rawString].contains(tree.tokens[index].kind) {
            let token = SyntaxToken(tree: tree, index: index)
            guard let contents = Self.stringValue(tree.text(of: token.token)) else {
                context.error("plrustc cannot read this string, which a dependency's macro reads as code", at: token.span)
                continue
            }
            // The value lexed as Rust, as the macro will read it: every path in it is checked where the attribute stands.
            let code = RustParser.parse(SourceFile(path: "<attribute string>", text: contents), mode: .crate)
            let tokens = code.tokens
            var at = 0
            while at < tokens.count {
                if tokens[at].kind == .kwUnsafe {
                    context.report("unsafe_code", at: token.span, in: unit, message: "usage of `unsafe` \(place)")
                }
                let leading = at + 1 < tokens.count && tokens[at].kind == .colon && tokens[at + 1].kind == .colon
                let first = leading ? at + 2 : at
                guard first < tokens.count, tokens[first].kind == .ident else { at += 1; continue }
                var segments = [SyntaxToken(tree: code, index: first).identifier]
                var next = first + 1
                while next + 2 < tokens.count, tokens[next].kind == .colon, tokens[next + 1].kind == .colon,
                      tokens[next + 2].kind.isIdentOrKeyword {
                    segments.append(SyntaxToken(tree: code, index: next + 2).identifier)
                    next += 3
                }
                TokenScan.check(segments, as: .values, at: token.span, anchor: attribute, place: place,
                                lints: context.enabledDataRules, unit: unit, context: context, leadingColons: leading)
                // A last name may be a method a dependency calls on a value (`skip_serializing_if = "is_empty"`).
                if let last = segments.last {
                    DeclarativeRules.checkMethod(last, at: token.span, lints: context.enabledDataRules, unit: unit, context: context)
                }
                at = next
            }
        }
    }

    /// The value of a string literal, escapes resolved as Rust resolves them
    /// (also raw strings); nil for what is not one.
    static func stringValue(_ literal: String) -> String? {
        var text = Substring(literal)
        if text.first == "r" {
            text = text.dropFirst()
            while text.first == "#", text.last == "#" { text = text.dropFirst().dropLast() }
            guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
            return String(text.dropFirst().dropLast())
        }
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
        var value = ""
        let characters = Array(text.dropFirst().dropLast())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "\\" else { value.append(character); continue }
            guard index < characters.count else { return nil }
            let escape = characters[index]
            index += 1
            switch escape {
            case "n": value.append("\n")
            case "r": value.append("\r")
            case "t": value.append("\t")
            case "0": value.append("\0")
            case "\\", "\"", "'": value.append(escape)
            case "\n", "\r\n":
                // A line continuation: the break and the whitespace after it are dropped.
                while index < characters.count, characters[index].isWhitespace { index += 1 }
            case "x":
                guard index + 2 <= characters.count, let byte = UInt8(String(characters[index..<(index + 2)]), radix: 16),
                      byte < 0x80 else { return nil }
                value.unicodeScalars.append(Unicode.Scalar(byte))
                index += 2
            case "u":
                guard index < characters.count, characters[index] == "{",
                      let close = characters[index...].firstIndex(of: "}") else { return nil }
                let digits = String(characters[(index + 1)..<close]).filter { $0 != "_" }
                guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else { return nil }
                value.unicodeScalars.append(scalar)
                index = close + 1
            default:
                return nil
            }
        }
        return value
    }

    /// An attribute macro of one of the body's dependencies (`#[serde_with::serde_as]`,
    /// or a name imported from one), or a helper attribute of a dependency's
    /// derive on an item that derives it (`#[serde(rename = "x")]`).
    private func isDependencyAttribute(_ meta: MetaReader.Meta, attribute: SyntaxNode, _ unit: LintUnit,
                                       _ context: LintContext) -> Bool {
        guard let first = meta.path.first, !context.externCrates.isEmpty else { return false }
        let outside: Set<String> = ["std", "core", "alloc", StandardLibrary.runtimeCrate]
        if meta.path.count > 1 { return context.externCrates.contains(first) && !outside.contains(first) }
        if case .external(let resolved) = unit.resolver.resolve(name: first, as: .macros, at: attribute),
           let crate = resolved.first, context.externCrates.contains(crate), !outside.contains(crate) {
            return true
        }
        guard !Self.builtinAttributes.contains(first), !first.hasPrefix("rustc_") else { return false }
        return derivesFromDependency(attribute)
    }

    /// Whether the struct, enum or union the attribute is on (or on a field
    /// or variant of) derives something other than the standard derives.
    private func derivesFromDependency(_ attribute: SyntaxNode) -> Bool {
        var current = attribute.parent
        for _ in 0..<5 {
            guard let node = current else { return false }
            if [.structItem, .enumItem, .unionItem].contains(node.kind) {
                return node.children(.attr).contains { derive in
                    guard let meta = derive.as(AttrSyntax.self)?.meta, meta.effectiveMeta.path?.names == ["derive"] else { return false }
                    let reader = MetaReader(tree: derive.tree, range: meta.syntax.tokenRange)
                    guard let parsed = reader.meta(in: meta.syntax.tokenRange), case .delimited(let inner) = parsed.arguments else { return false }
                    return reader.items(inner).contains { item in
                        guard let path = reader.path(item), let last = path.last else { return false }
                        let standard = path.count == 1 || ["std", "core"].contains(path[0])
                        return !(standard && Self.standardDerives.contains(last))
                    }
                }
            }
            current = node.parent
        }
        return false
    }
}

/// Reads attribute contents from tokens: `path`, `path(…)`, `path = value`,
/// and the comma-separated items inside `(…)` (`cfg_attr` nests attributes there).
struct MetaReader {
    let tree: SyntaxTree
    let range: Range<Int>

    enum Arguments {
        case none
        case delimited(Range<Int>)
        case value(Range<Int>)
    }

    struct Meta {
        let path: [String]
        let arguments: Arguments
        let span: Span
        let reader: MetaReader
    }

    private var tokens: [Token] { tree.tokens }

    func span(_ range: Range<Int>) -> Span {
        guard let first = range.first, let last = range.last else {
            let at = Int(tokens[min(range.lowerBound, tokens.count - 1)].start)
            return Span(start: at, end: at)
        }
        return Span(start: Int(tokens[first].start), end: Int(tokens[last].end))
    }

    func text(_ range: Range<Int>) -> String { tree.source.text(span(range)) }

    func text(_ arguments: Arguments) -> String {
        switch arguments {
        case .none: ""
        case .delimited(let inner), .value(let inner): text(inner)
        }
    }

    /// `a::b::c` from `start`: the segments and the index after them.
    private func pathPrefix(at start: Int, end: Int) -> ([String], Int)? {
        var index = start
        var segments: [String] = []
        if index + 1 < end, tokens[index].kind == .colon, tokens[index + 1].kind == .colon { index += 2 }
        while index < end, tokens[index].kind.isIdentOrKeyword {
            segments.append(SyntaxToken(tree: tree, index: index).identifier)
            index += 1
            guard index + 2 < end + 1, index + 1 < end, tokens[index].kind == .colon, tokens[index + 1].kind == .colon else { break }
            index += 2
        }
        return segments.isEmpty ? nil : (segments, index)
    }

    /// The meta filling `range` exactly, or nil.
    func meta(in range: Range<Int>) -> Meta? {
        guard let (path, after) = pathPrefix(at: range.lowerBound, end: range.upperBound) else { return nil }
        if after == range.upperBound { return Meta(path: path, arguments: .none, span: span(range), reader: self) }
        let kind = tokens[after].kind
        if kind.isOpenDelimiter, range.upperBound - 1 > after, tokens[range.upperBound - 1].kind.isCloseDelimiter,
           closing(after) == range.upperBound - 1 {
            return Meta(path: path, arguments: .delimited((after + 1)..<(range.upperBound - 1)), span: span(range), reader: self)
        }
        if kind == .eq, after + 1 < range.upperBound {
            return Meta(path: path, arguments: .value((after + 1)..<range.upperBound), span: span(range), reader: self)
        }
        return nil
    }

    private func closing(_ open: Int) -> Int? {
        var depth = 0
        for index in open..<range.upperBound {
            if tokens[index].kind.isOpenDelimiter { depth += 1 } else if tokens[index].kind.isCloseDelimiter { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }

    /// The comma-separated items of `range` (empty items dropped).
    func items(_ range: Range<Int>) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var depth = 0
        var start = range.lowerBound
        for index in range {
            let kind = tokens[index].kind
            if kind.isOpenDelimiter { depth += 1 } else if kind.isCloseDelimiter { depth -= 1 }
            if kind == .comma, depth == 0 {
                if index > start { items.append(start..<index) }
                start = index + 1
            }
        }
        if range.upperBound > start { items.append(start..<range.upperBound) }
        return items
    }

    /// `range` as exactly one path.
    func path(_ range: Range<Int>) -> [String]? {
        guard let (segments, after) = pathPrefix(at: range.lowerBound, end: range.upperBound), after == range.upperBound else { return nil }
        return segments
    }

    func isPathList(_ range: Range<Int>) -> Bool { items(range).allSatisfy { path($0) != nil } }

    /// `key = value`.
    func assignment(_ range: Range<Int>) -> (String, Range<Int>)? {
        guard range.count >= 3, tokens[range.lowerBound].kind.isIdentOrKeyword, tokens[range.lowerBound + 1].kind == .eq else { return nil }
        return (SyntaxToken(tree: tree, index: range.lowerBound).identifier, (range.lowerBound + 2)..<range.upperBound)
    }

    /// `name(…)`.
    func call(_ range: Range<Int>) -> (name: String, inner: Range<Int>)? {
        guard range.count >= 3, tokens[range.lowerBound].kind == .ident, tokens[range.lowerBound + 1].kind == .openParen,
              tokens[range.upperBound - 1].kind == .closeParen, closing(range.lowerBound + 1) == range.upperBound - 1 else { return nil }
        return (SyntaxToken(tree: tree, index: range.lowerBound).identifier, (range.lowerBound + 2)..<(range.upperBound - 1))
    }

    /// One literal token (a string, a number, `true`, `false`).
    func isLiteral(_ range: Range<Int>) -> Bool {
        guard range.count == 1, let index = range.first else { return false }
        let kind = tokens[index].kind
        return kind.isLiteral || kind == .kwTrue || kind == .kwFalse
    }

    /// A `cfg` predicate: names, `name = "literal"`, and `any`/`all`/`not` of predicates.
    func isPredicate(_ range: Range<Int>) -> Bool {
        if path(range) != nil { return true }
        if let (_, value) = assignment(range) { return isLiteral(value) }
        if let call = call(range), ["any", "all", "not"].contains(call.name) {
            return items(call.inner).allSatisfy(isPredicate)
        }
        return false
    }
}
