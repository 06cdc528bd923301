import Diagnostics
import TOML

/// The administrator's dependency allow-list (PL/Rust's `plrust.allowed_dependencies`):
/// `name = requirement`, a requirement being a string, an inline table
/// `{ version, features, default-features }`, or an array of either. Every
/// version requirement must be exact (`=1.2.3`), bounded (`>=1, <2`) or `*`.
public struct AllowList: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let requirement: VersionReq
        public let features: [String]
        public let defaultFeatures: Bool
    }

    /// Entries in file order (one per requirement).
    public let entries: [Entry]

    /// What makes a file invalid: the line and the reason.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Reads and validates an allow-list's text.
    public init(parsing bytes: [UInt8]) throws(Invalid) {
        let document: TOMLDocument
        switch TOMLDocument.parse(bytes) {
        case .success(let parsed): document = parsed
        case .failure(let errors):
            let first = errors.errors.first
            throw Invalid(line: first?.line ?? 1, message: first?.message ?? "not TOML")
        }
        var entries: [Entry] = []
        for entry in document.table.entries {
            let items = entry.value.array ?? [entry.value]
            if entry.value.array != nil, items.isEmpty {
                throw Invalid(line: entry.keySpan.line, message: "`\(entry.key)` lists no requirement")
            }
            for item in items {
                entries.append(try AllowList.entry(entry.key, item))
            }
        }
        self.entries = entries
    }

    private static func entry(_ name: String, _ value: TOMLValue) throws(Invalid) -> Entry {
        let line = value.span.line
        var versionText: String?
        var features: [String] = []
        var defaultFeatures = true
        if let text = value.string {
            versionText = text
        } else if let table = value.table {
            for item in table.entries {
                switch item.key {
                case "version":
                    guard let text = item.value.string else {
                        throw Invalid(line: item.value.span.line, message: "`\(name)`: `version` must be a string")
                    }
                    versionText = text
                case "features":
                    guard let list = item.value.array, list.allSatisfy({ $0.string != nil }) else {
                        throw Invalid(line: item.value.span.line, message: "`\(name)`: `features` must be a list of strings")
                    }
                    features = list.compactMap(\.string)
                case "default-features", "default_features":
                    guard let flag = item.value.bool else {
                        throw Invalid(line: item.value.span.line, message: "`\(name)`: `default-features` must be true or false")
                    }
                    defaultFeatures = flag
                default:
                    throw Invalid(line: item.keySpan.line,
                                  message: "`\(name)`: `\(item.key)` is not allowed (only version, features, default-features)")
                }
            }
        } else {
            throw Invalid(line: line, message: "`\(name)` must be a version requirement, a table or a list of them")
        }
        guard let versionText else { throw Invalid(line: line, message: "`\(name)` has no `version`") }
        guard let requirement = VersionReq(parsing: versionText) else {
            throw Invalid(line: line, message: "`\(name)`: `\(versionText)` is not a version requirement")
        }
        guard AllowList.isAllowedForm(requirement) else {
            throw Invalid(line: line, message: "`\(name)`: `\(versionText)` must be exact (`=1.2.3`), bounded (`>=1, <2`) or `*`")
        }
        return Entry(name: name, requirement: requirement, features: features, defaultFeatures: defaultFeatures)
    }

    /// Exact (one `=` comparator), bounded (a lower and an upper bound, nothing
    /// else), or the bare wildcard.
    static func isAllowedForm(_ requirement: VersionReq) -> Bool {
        let comparators = requirement.comparators
        if comparators.count == 1, let only = comparators.first {
            return only.isAny || only.op == .exact
        }
        let lower = comparators.filter { $0.op == .greater || $0.op == .greaterEq }
        let upper = comparators.filter { $0.op == .less || $0.op == .lessEq }
        return !lower.isEmpty && !upper.isEmpty && lower.count + upper.count == comparators.count
    }

    /// The entries for `name`.
    public func entries(for name: String) -> [Entry] { entries.filter { $0.name == name } }

    /// Rows as `plrust.allowed_dependencies()` lists them: by name, then
    /// features, then default features (on first), then requirement.
    public var rows: [Entry] {
        entries.sorted { lhs, rhs in
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            if lhs.features != rhs.features { return lhs.features.lexicographicallyPrecedes(rhs.features) }
            if lhs.defaultFeatures != rhs.defaultFeatures { return lhs.defaultFeatures }
            return lhs.requirement.text < rhs.requirement.text
        }
    }
}

extension VersionReq {
    /// How high a requirement reaches, to pick "the largest": an exact version,
    /// or the upper bound; `*` reaches highest. Major, minor, patch (missing
    /// parts reaching as high as they can, or as low for a `<` bound), then 1
    /// if the top is included, 0 if it is just below.
    var reach: [UInt64] {
        if comparators.contains(where: \.isAny) { return [.max, .max, .max, 1] }
        let tops = comparators.compactMap { comparator -> [UInt64]? in
            switch comparator.op {
            case .greater, .greaterEq: return nil
            case .less: return [comparator.major, comparator.minor ?? 0, comparator.patch ?? 0, 0]
            default: return [comparator.major, comparator.minor ?? .max, comparator.patch ?? .max, 1]
            }
        }
        return tops.min { $0.lexicographicallyPrecedes($1) } ?? [.max, .max, .max, 1]
    }
}
