import TOML

/// One lint as the catalog describes it (`lint-catalog/NAME.toml`).
public struct LintDefinition: Hashable, Sendable {
    public enum Level: String, Sendable, CaseIterable {
        case forbid, deny, warn
    }

    /// A triggering (`fires`) or passing example; the test suite lints each one.
    public struct Example: Hashable, Sendable {
        public let code: String
        public let fires: Bool
    }

    public let name: String
    public let level: Level
    public let summary: String
    /// The primary message; `{name}` is replaced by what matched, as written.
    public let message: String
    public let help: String
    public let explanation: String
    /// Implemented by a Swift check rather than by `rules`.
    public let isCode: Bool
    /// Declarative rules: `std` paths (a module covers everything inside it), method names, macro paths.
    public let paths: [[String]]
    /// Items inside `paths` that the lint leaves alone (pure values of a refused module: `std::net::IpAddr`).
    public let except: [[String]]
    public let methods: Set<String>
    public let macros: [[String]]
    public let examples: [Example]
    /// The file the entry came from.
    public let file: String

    public var kind: String {
        if isCode { return "code" }
        return [paths.isEmpty ? nil : "path", methods.isEmpty ? nil : "method", macros.isEmpty ? nil : "macro"]
            .compactMap { $0 }.joined(separator: "+")
    }
}

/// A problem with a catalog entry: the configuration is invalid.
public struct CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// The set of lints in force: the built-in catalog plus any entries added at run time.
public struct LintCatalog: Sendable {
    public private(set) var lints: [LintDefinition]

    public init(lints: [LintDefinition]) {
        self.lints = lints.sorted { $0.name < $1.name }
    }

    /// Reads catalog entries (file name and TOML text each). Entries added at run
    /// time are declarative only: a code lint needs its Swift check built in.
    public static func parse(_ entries: [(file: String, text: String)], allowCode: Bool = false) -> Result<LintCatalog, CatalogError> {
        var lints: [LintDefinition] = []
        for entry in entries {
            switch definition(file: entry.file, text: entry.text, allowCode: allowCode) {
            case .success(let lint): lints.append(lint)
            case .failure(let error): return .failure(error)
            }
        }
        var seen: Set<String> = []
        for lint in lints where !seen.insert(lint.name).inserted {
            return .failure(CatalogError(file: lint.file, line: nil, message: "lint `\(lint.name)` is defined twice"))
        }
        return .success(LintCatalog(lints: lints))
    }

    /// This catalog with `other`'s entries added; a name defined in both is an error.
    public func adding(_ other: LintCatalog) -> Result<LintCatalog, CatalogError> {
        let names = Set(lints.map(\.name))
        if let clash = other.lints.first(where: { names.contains($0.name) }) {
            return .failure(CatalogError(file: clash.file, line: nil,
                                         message: "lint `\(clash.name)` is already defined by the built-in catalog"))
        }
        return .success(LintCatalog(lints: lints + other.lints))
    }

    public func lint(named name: String) -> LintDefinition? { lints.first { $0.name == name } }

    // MARK: - Reading one entry

    private static let knownKeys: Set<String> = ["name", "level", "summary", "message", "help", "explanation", "code",
                                                 "rules", "examples"]

    private static func definition(file: String, text: String, allowCode: Bool) -> Result<LintDefinition, CatalogError> {
        let document: TOMLDocument
        switch TOMLDocument.parse(text) {
        case .success(let parsed): document = parsed
        case .failure(let errors):
            let first = errors.errors.first
            return .failure(CatalogError(file: file, line: first?.line, message: first?.message ?? "invalid TOML"))
        }
        func fail(_ message: String, _ value: TOMLValue? = nil) -> Result<LintDefinition, CatalogError> {
            .failure(CatalogError(file: file, line: value?.span.line, message: message))
        }
        for entry in document.table.entries where !knownKeys.contains(entry.key) {
            return fail("unknown key `\(entry.key)`", entry.value)
        }
        func string(_ key: String, required: Bool = true) -> Result<String, CatalogError> {
            guard let value = document[key] else {
                return required ? .failure(CatalogError(file: file, line: nil, message: "`\(key)` is missing")) : .success("")
            }
            guard let text = value.string, !text.isEmpty || !required else {
                return .failure(CatalogError(file: file, line: value.span.line, message: "`\(key)` must be a non-empty string"))
            }
            return .success(text)
        }
        let name: String, summary: String, message: String, help: String, explanation: String
        do {
            name = try string("name").get()
            summary = try string("summary").get()
            message = try string("message").get()
            help = try string("help").get()
            explanation = try string("explanation").get()
        } catch {
            return .failure(error)
        }
        guard name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }),
              name.first.map({ $0.isLetter }) == true else {
            return fail("lint names are snake_case: `\(name)`", document["name"])
        }
        var level = LintDefinition.Level.forbid
        if let value = document["level"] {
            guard let text = value.string, let parsed = LintDefinition.Level(rawValue: text) else {
                return fail("`level` must be one of forbid, deny, warn", value)
            }
            level = parsed
        }
        var isCode = false
        if let value = document["code"] {
            guard let flag = value.bool else { return fail("`code` must be true or false", value) }
            isCode = flag
        }
        if isCode, !allowCode {
            return fail("`\(name)` is a code lint: only the built-in catalog can define those", document["code"])
        }

        var paths: [[String]] = [], except: [[String]] = [], methods: Set<String> = [], macros: [[String]] = []
        if let rules = document["rules"] {
            guard let table = rules.table else { return fail("`rules` must be a table", rules) }
            for entry in table.entries {
                guard let list = entry.value.array, list.allSatisfy({ $0.string != nil }) else {
                    return fail("`rules.\(entry.key)` must be an array of strings", entry.value)
                }
                let items = list.compactMap(\.string)
                switch entry.key {
                case "paths", "macros", "except":
                    var parsed: [[String]] = []
                    for item in items {
                        let segments = item.split(separator: "::", omittingEmptySubsequences: false).map(String.init)
                        guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }) else {
                            return fail("`\(item)` is not a path like `std::mem::forget`", entry.value)
                        }
                        parsed.append(StandardLibrary.canonical(segments))
                    }
                    switch entry.key {
                    case "paths": paths = parsed
                    case "except": except = parsed
                    default: macros = parsed
                    }
                case "methods":
                    methods = Set(items)
                default:
                    return fail("unknown rule kind `\(entry.key)` (paths, except, methods or macros)", entry.value)
                }
            }
        }
        if let stray = except.first(where: { item in !paths.contains { item.starts(with: $0) && item != $0 } }) {
            return fail("`rules.except` entry `\(stray.joined(separator: "::"))` is not inside one of `rules.paths`",
                        document["rules"]?.table?["except"])
        }
        if isCode, !(paths.isEmpty && methods.isEmpty && macros.isEmpty) {
            return fail("a code lint has no `rules`", document["rules"])
        }
        if !isCode, paths.isEmpty, methods.isEmpty, macros.isEmpty {
            return fail("`\(name)` has no rules: give `rules.paths`, `rules.methods` or `rules.macros`, or `code = true`")
        }

        var examples: [LintDefinition.Example] = []
        if let value = document["examples"] {
            guard let list = value.array else { return fail("`examples` must be an array of tables (`[[examples]]`)", value) }
            for item in list {
                if let extra = item.table?.entries.first(where: { $0.key != "code" && $0.key != "fires" }) {
                    return .failure(CatalogError(file: file, line: extra.keySpan.line,
                                                 message: "unknown key `\(extra.key)` in an example (only `code` and `fires`)"))
                }
                guard let code = item["code"]?.string, let fires = item["fires"]?.bool else {
                    return fail("each example needs `code` (a string) and `fires` (true or false)", item)
                }
                examples.append(.init(code: code, fires: fires))
            }
        }
        if !examples.contains(where: \.fires) || !examples.contains(where: { !$0.fires }) {
            return fail("`\(name)` needs at least one example that fires and one that does not")
        }
        return .success(LintDefinition(name: name, level: level, summary: summary, message: message, help: help,
                                       explanation: explanation, isCode: isCode, paths: paths, except: except, methods: methods,
                                       macros: macros, examples: examples, file: file))
    }
}
