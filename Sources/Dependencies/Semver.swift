/// Versions and version requirements as Cargo reads them (the `semver` crate's
/// rules): `1.2.3-alpha.1+build`, and requirements like `>=1, <2`, `=0.8.5`,
/// `^0.2`, `~1.4`, `1.*`, `*`.
public struct Version: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let major: UInt64
    public let minor: UInt64
    public let patch: UInt64
    /// Pre-release identifiers (`alpha.1` → ["alpha", "1"]); empty for a release.
    public let pre: [String]

    public init(_ major: UInt64, _ minor: UInt64, _ patch: UInt64, pre: [String] = []) {
        self.major = major
        self.minor = minor
        self.patch = patch
        self.pre = pre
    }

    /// `MAJOR.MINOR.PATCH[-PRE][+BUILD]`, all three numbers required.
    public init?(parsing text: String) {
        var rest = Substring(text)
        if let plus = rest.firstIndex(of: "+") {
            guard Version.validIdentifiers(rest[rest.index(after: plus)...], numericRules: false) else { return nil }
            rest = rest[..<plus]
        }
        var pre: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            let preText = rest[rest.index(after: dash)...]
            guard Version.validIdentifiers(preText, numericRules: true) else { return nil }
            pre = preText.split(separator: ".").map(String.init)
            rest = rest[..<dash]
        }
        let numbers = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 3, let major = Version.number(numbers[0]), let minor = Version.number(numbers[1]),
              let patch = Version.number(numbers[2]) else { return nil }
        self.init(major, minor, patch, pre: pre)
    }

    /// A decimal number with no leading zero (but `0` itself).
    static func number(_ text: Substring) -> UInt64? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), text == "0" || !text.hasPrefix("0") else { return nil }
        return UInt64(text)
    }

    private static func validIdentifiers(_ text: Substring, numericRules: Bool) -> Bool {
        guard !text.isEmpty else { return false }
        for identifier in text.split(separator: ".", omittingEmptySubsequences: false) {
            guard !identifier.isEmpty, identifier.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return false
            }
            if numericRules, identifier.allSatisfy(\.isNumber), identifier.count > 1, identifier.hasPrefix("0") { return false }
        }
        return true
    }

    public var description: String {
        "\(major).\(minor).\(patch)" + (pre.isEmpty ? "" : "-" + pre.joined(separator: "."))
    }

    public static func < (lhs: Version, rhs: Version) -> Bool {
        if (lhs.major, lhs.minor, lhs.patch) != (rhs.major, rhs.minor, rhs.patch) {
            return (lhs.major, lhs.minor, lhs.patch) < (rhs.major, rhs.minor, rhs.patch)
        }
        // A release is greater than its pre-releases.
        if lhs.pre.isEmpty || rhs.pre.isEmpty { return !lhs.pre.isEmpty && rhs.pre.isEmpty }
        for (left, right) in zip(lhs.pre, rhs.pre) where left != right {
            switch (UInt64(left), UInt64(right)) {
            case let (left?, right?): return left < right
            case (.some, nil): return true   // numeric identifiers sort first
            case (nil, .some): return false
            case (nil, nil): return left < right
            }
        }
        return lhs.pre.count < rhs.pre.count
    }
}

/// One comparator of a requirement: an operator and a version that may stop
/// after the major or minor number (`1`, `1.2`), or be a wildcard.
public struct Comparator: Hashable, Sendable, CustomStringConvertible {
    public enum Op: String, Sendable {
        case exact = "=", greater = ">", greaterEq = ">=", less = "<", lessEq = "<=", tilde = "~", caret = "^"
        /// `*`, `1.*`, `1.2.*` (or `x`/`X`).
        case wildcard = "*"
    }

    public let op: Op
    public let major: UInt64
    public let minor: UInt64?
    public let patch: UInt64?
    public let pre: [String]
    /// The bare wildcard `*`: any version.
    public let isAny: Bool

    /// The text as written (`>=1`).
    public let text: String
    public var description: String { text }

    /// One comparator: `OP? MAJOR(.MINOR(.PATCH(-PRE)?)?)?` with `*`/`x`/`X` wildcards.
    init?(parsing raw: Substring) {
        let trimmed = raw.trimmedSpaces
        text = trimmed
        var rest = Substring(trimmed)
        var op: Op = .caret
        var explicit = false
        for candidate in [">=", "<=", "=", ">", "<", "~", "^"] where rest.hasPrefix(candidate) {
            op = Op(rawValue: candidate) ?? .caret
            rest = rest.dropFirst(candidate.count)
            explicit = true
            break
        }
        rest = Substring(rest.trimmedSpaces)
        if let plus = rest.firstIndex(of: "+") { rest = rest[..<plus] }
        var pre: [String] = []
        if let dash = rest.firstIndex(of: "-") {
            pre = rest[rest.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !pre.isEmpty, pre.allSatisfy({ !$0.isEmpty }) else { return nil }
            rest = rest[..<dash]
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count) else { return nil }
        func isWildcard(_ part: Substring) -> Bool { part == "*" || part == "x" || part == "X" }
        if isWildcard(parts[0]) {
            // `*` (also `>=*` and the like, which the semver crate reads as `*`).
            guard parts.dropFirst().allSatisfy(isWildcard), pre.isEmpty else { return nil }
            self.op = .wildcard
            major = 0
            minor = nil
            patch = nil
            self.pre = []
            isAny = true
            return
        }
        guard let major = Version.number(parts[0]) else { return nil }
        var minor: UInt64?
        var patch: UInt64?
        var wildcard = false
        if parts.count > 1 {
            if isWildcard(parts[1]) {
                wildcard = true
                guard parts.count < 3 || isWildcard(parts[2]) else { return nil }
            } else {
                guard let value = Version.number(parts[1]) else { return nil }
                minor = value
                if parts.count > 2 {
                    if isWildcard(parts[2]) {
                        wildcard = true
                    } else {
                        guard let value = Version.number(parts[2]) else { return nil }
                        patch = value
                    }
                }
            }
        }
        // A pre-release needs all three numbers.
        guard pre.isEmpty || patch != nil else { return nil }
        if wildcard {
            // `1.*` is `=1`; an operator with a wildcard (`>=1.*`) reads as the operator alone.
            op = explicit ? op : .wildcard
        }
        self.op = op
        self.major = major
        self.minor = minor
        self.patch = patch
        self.pre = pre
        isAny = false
    }

    /// Whether `version` satisfies this comparator (ignoring pre-release admission).
    func matches(_ version: Version) -> Bool {
        let lower = Version(major, minor ?? 0, patch ?? 0, pre: pre)
        switch op {
        case .wildcard:
            return isAny || matchesExact(version)
        case .exact: return matchesExact(version)
        case .greater:
            guard let minor else { return version.major > major }
            guard let patch else { return (version.major, version.minor) > (major, minor) }
            return version > Version(major, minor, patch, pre: pre)
        case .greaterEq: return version >= lower
        case .less:
            guard let minor else { return version.major < major }
            guard patch != nil else { return (version.major, version.minor) < (major, minor) }
            return version < lower
        case .lessEq:
            guard let minor else { return version.major <= major }
            guard let patch else { return (version.major, version.minor) <= (major, minor) }
            return version <= Version(major, minor, patch, pre: pre)
        case .tilde:
            guard version >= lower else { return false }
            if minor == nil { return version.major == major }
            return version.major == major && version.minor == minor
        case .caret:
            guard version >= lower else { return false }
            guard let minor else { return version.major == major }
            guard let patch else {
                return major > 0 ? version.major == major : version.major == 0 && version.minor == minor
            }
            if major > 0 { return version.major == major }
            if minor > 0 { return version.major == 0 && version.minor == minor }
            return version.major == 0 && version.minor == 0 && version.patch == patch
        }
    }

    private func matchesExact(_ version: Version) -> Bool {
        guard version.major == major else { return false }
        guard let minor else { return true }
        guard version.minor == minor else { return false }
        guard let patch else { return true }
        return version.patch == patch && version.pre == pre
    }

}

/// A requirement: comparators that must all hold (`>=1, <2`).
public struct VersionReq: Hashable, Sendable, CustomStringConvertible {
    public let comparators: [Comparator]
    public let text: String
    public var description: String { text }

    public init?(parsing text: String) {
        let trimmed = text.trimmedSpaces
        guard !trimmed.isEmpty else { return nil }
        var comparators: [Comparator] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard let comparator = Comparator(parsing: part) else { return nil }
            comparators.append(comparator)
        }
        // `*` stands alone.
        if comparators.count > 1, comparators.contains(where: \.isAny) { return nil }
        self.comparators = comparators
        self.text = trimmed
    }

    /// Cargo's rule: every comparator holds, and a pre-release version only
    /// matches if a comparator names the same `MAJOR.MINOR.PATCH` with a pre-release.
    public func matches(_ version: Version) -> Bool {
        guard comparators.allSatisfy({ $0.matches(version) }) else { return false }
        if version.pre.isEmpty { return true }
        return comparators.contains { comparator in
            comparator.major == version.major && comparator.minor == version.minor && comparator.patch == version.patch
                && !comparator.pre.isEmpty
        }
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end (the module does without Foundation).
    var trimmedSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
