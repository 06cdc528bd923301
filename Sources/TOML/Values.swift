/// A parsed TOML document: its root table.
public struct TOMLDocument: Sendable {
    /// The root table, keys in the order they first appear.
    public let table: TOMLTable

    /// Reads a TOML 1.0.0 document from UTF-8 bytes.
    ///
    /// Never traps, whatever the input; time and memory are linear in its size.
    /// Arrays, inline tables and tables may nest at most
    /// `TOMLDocument.maximumNestingDepth` levels deep.
    public static func parse(_ bytes: [UInt8]) -> Result<TOMLDocument, TOMLErrors> {
        var parser = Parser(bytes: bytes)
        return parser.parseDocument()
    }

    /// Reads a TOML 1.0.0 document from a string.
    public static func parse(_ text: String) -> Result<TOMLDocument, TOMLErrors> {
        parse(Array(text.utf8))
    }

    /// How deeply tables and arrays may nest: the root table is level 0, each
    /// table, array or inline table inside it adds one. Deeper documents are
    /// rejected, which keeps the reader's recursion and the value tree's
    /// teardown within a small, fixed stack.
    public static let maximumNestingDepth = 128

    /// The root table's value for `key`.
    public subscript(key: String) -> TOMLValue? { table[key] }
}

/// A key of a table and its value.
public struct TOMLEntry: Sendable {
    public let key: String
    /// Where the key was written: for a table created by a header or a dotted
    /// key, the part of the first header or key that named it.
    public let keySpan: TOMLSpan
    public let value: TOMLValue
}

/// A table: keys in insertion order, with constant-time lookup.
public struct TOMLTable: Sendable {
    /// How a table came to be; the TOML rules on extending a table depend on it.
    public enum Definition: Hashable, Sendable {
        /// The document's root table.
        case root
        /// A `[table]` header.
        case header
        /// Named only as part of a longer header (`[a]` in `[a.b]`) and never defined itself.
        case implicit
        /// Created by a dotted key (`a` in `a.b = 1`).
        case dottedKey
        /// An inline table, `{ ... }`.
        case inline
        /// An element of an array of tables, `[[array]]`.
        case arrayElement
    }

    /// The keys and values, in the order the keys first appear.
    public let entries: [TOMLEntry]
    public let definition: Definition
    private let positions: [String: Int]

    init(entries: [TOMLEntry], positions: [String: Int], definition: Definition) {
        self.entries = entries
        self.positions = positions
        self.definition = definition
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }

    /// The value for `key`, or nil.
    public subscript(key: String) -> TOMLValue? { entry(for: key)?.value }

    /// The key (with its span) and value for `key`, or nil.
    public func entry(for key: String) -> TOMLEntry? {
        guard let position = positions[key] else { return nil }
        return entries[position]
    }

    /// The value at a path of keys through nested tables: `["a", "b"]` for `a.b`.
    /// Arrays are not entered.
    public func value(at path: [String]) -> TOMLValue? {
        guard let first = path.first, var value = self[first] else { return nil }
        for key in path.dropFirst() {
            guard let next = value.table?[key] else { return nil }
            value = next
        }
        return value
    }
}

/// A value with the span it was written at.
public struct TOMLValue: Sendable {
    public enum Kind: Sendable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case offsetDateTime(TOMLOffsetDateTime)
        case localDateTime(TOMLLocalDateTime)
        case localDate(TOMLLocalDate)
        case localTime(TOMLLocalTime)
        /// An array; an array of tables (`[[name]]`) is an array whose elements
        /// are tables with the `.arrayElement` definition.
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public let kind: Kind
    /// Scalars, arrays and inline tables: the text of the value. A table from a
    /// header: that header (`[a.b]`). An implicit table or one made by dotted
    /// keys: the key part that created it. An array of tables: its first `[[header]]`.
    public let span: TOMLSpan

    public init(_ kind: Kind, span: TOMLSpan) {
        self.kind = kind
        self.span = span
    }

    public var string: String? {
        if case .string(let value) = kind { return value }
        return nil
    }

    public var integer: Int64? {
        if case .integer(let value) = kind { return value }
        return nil
    }

    /// The value of a float; nil for an integer (TOML keeps the two apart).
    public var float: Double? {
        if case .float(let value) = kind { return value }
        return nil
    }

    public var bool: Bool? {
        if case .boolean(let value) = kind { return value }
        return nil
    }

    public var offsetDateTime: TOMLOffsetDateTime? {
        if case .offsetDateTime(let value) = kind { return value }
        return nil
    }

    public var localDateTime: TOMLLocalDateTime? {
        if case .localDateTime(let value) = kind { return value }
        return nil
    }

    public var localDate: TOMLLocalDate? {
        if case .localDate(let value) = kind { return value }
        return nil
    }

    public var localTime: TOMLLocalTime? {
        if case .localTime(let value) = kind { return value }
        return nil
    }

    public var array: [TOMLValue]? {
        if case .array(let value) = kind { return value }
        return nil
    }

    public var table: TOMLTable? {
        if case .table(let value) = kind { return value }
        return nil
    }

    /// For a table, its value for `key`; nil otherwise.
    public subscript(key: String) -> TOMLValue? { table?[key] }

    /// The kind of value with an article, for messages such as
    /// "expected a string, found an integer".
    public var kindDescription: String {
        switch kind {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .boolean: "a boolean"
        case .offsetDateTime: "an offset date-time"
        case .localDateTime: "a local date-time"
        case .localDate: "a local date"
        case .localTime: "a local time"
        case .array: "an array"
        case .table(let table): table.definition == .inline ? "an inline table" : "a table"
        }
    }
}
