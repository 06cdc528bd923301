/// A Rust edition. Editions change which words are keywords and a few lexical
/// rules (reserved prefixes in 2021, reserved guarded strings in 2024).
public enum Edition: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case e2015 = 2015
    case e2018 = 2018
    case e2021 = 2021
    case e2024 = 2024

    public init?(_ text: String) {
        guard let year = Int(text), let edition = Edition(rawValue: year) else { return nil }
        self = edition
    }

    public static func < (lhs: Edition, rhs: Edition) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// What a source text is parsed as.
public enum ParseMode: Sendable, Hashable {
    /// A crate root or module file: inner attributes, then items.
    case crate
    /// A PL/Rust function body: optional `[dependencies]` then `[code]` sections,
    /// the code being the inside of one block (statements and an optional tail expression).
    case body
}
