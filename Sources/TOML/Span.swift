/// Where a key, value or error sits in the parsed bytes.
///
/// Offsets are byte offsets into the input given to `TOMLDocument.parse`.
/// Line and column follow the conventions of `Diagnostics.SourceFile`: both
/// 1-based, columns counted in Unicode scalars (a tab is one column), and a
/// leading byte-order mark is not part of line 1.
public struct TOMLSpan: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the first byte.
    public let start: Int
    /// Offset just past the last byte (equal to `start` for an empty span).
    public let end: Int
    /// Line of `start`.
    public let line: Int
    /// Column of `start`.
    public let column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    public var range: Range<Int> { start..<end }

    public var description: String { "\(line):\(column)" }
}

/// One problem found in a TOML text.
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in one lower-case sentence without a final period.
    public let message: String
    /// The offending text (empty at the end of the input).
    public let span: TOMLSpan
    /// For a redefinition: where the key or table was first defined.
    public let earlierDefinition: TOMLSpan?

    public init(message: String, span: TOMLSpan, earlierDefinition: TOMLSpan? = nil) {
        self.message = message
        self.span = span
        self.earlierDefinition = earlierDefinition
    }

    public var line: Int { span.line }
    public var column: Int { span.column }

    /// `line 3, column 9: message`.
    public var description: String { "line \(span.line), column \(span.column): \(message)" }
}

/// The errors of a text that is not valid TOML, in the order they were found (never empty).
///
/// Parsing stops at the first syntax error, since what follows it cannot be
/// read reliably; redefinition errors (a duplicate key, a table defined twice)
/// do not stop it, so one parse reports all of those that precede a syntax error.
public struct TOMLErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [TOMLError]

    public init(_ errors: [TOMLError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
