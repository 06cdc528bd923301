/// A half-open range of byte offsets into one `SourceFile`.
public struct Span: Hashable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }
    public init(_ range: Range<Int>) { self.init(start: range.lowerBound, end: range.upperBound) }
    public var isEmpty: Bool { start == end }
    public var length: Int { end - start }
    public var description: String { "\(start)..\(end)" }
    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(start: min(start, other.start), end: max(end, other.end)) }
}

/// How serious a diagnostic is; `note` and `help` are used for child messages.
public enum Level: String, Sendable, Hashable {
    case error
    case warning
    case note
    case help
}

/// A span with an optional message. Primary labels are drawn with `^`, secondary ones with `-`.
public struct Label: Hashable, Sendable {
    public var span: Span
    public var message: String?
    public var isPrimary: Bool
    public init(span: Span, message: String? = nil, isPrimary: Bool) {
        self.span = span
        self.message = message
        self.isPrimary = isPrimary
    }
    public static func primary(_ span: Span, _ message: String? = nil) -> Label {
        Label(span: span, message: message, isPrimary: true)
    }
    public static func secondary(_ span: Span, _ message: String? = nil) -> Label {
        Label(span: span, message: message, isPrimary: false)
    }
}

/// A message about one source file, as a value: level, text, optional code
/// (a lint name or error code), labelled spans, and child notes / helps.
/// Rendering is separate (`HumanRenderer`, `JSONRenderer`).
public struct Diagnostic: Hashable, Sendable {
    public var level: Level
    public var message: String
    /// Lint name (e.g. `plrust_leaky`) or error code; `code.code` in JSON.
    public var code: String?
    public var labels: [Label]
    /// Child diagnostics, rendered as `= note: …` / `= help: …` when they have
    /// no labels, or as their own snippet when they do.
    public var children: [Diagnostic]

    public init(level: Level, message: String, code: String? = nil, labels: [Label] = [], children: [Diagnostic] = []) {
        self.level = level
        self.message = message
        self.code = code
        self.labels = labels
        self.children = children
    }

    public static func error(_ message: String, at span: Span, label: String? = nil) -> Diagnostic {
        Diagnostic(level: .error, message: message, labels: [.primary(span, label)])
    }

    /// The first primary label's span, if any.
    public var primarySpan: Span? { labels.first(where: { $0.isPrimary })?.span }

    public func with(note: String) -> Diagnostic {
        var copy = self
        copy.children.append(Diagnostic(level: .note, message: note))
        return copy
    }

    public func with(help: String) -> Diagnostic {
        var copy = self
        copy.children.append(Diagnostic(level: .help, message: help))
        return copy
    }

    public func with(label: Label) -> Diagnostic {
        var copy = self
        copy.labels.append(label)
        return copy
    }
}
