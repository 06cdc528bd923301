/// A SQL type a function can take or return, and how it maps to Rust.
public indirect enum SQLType: Hashable, Sendable, CustomStringConvertible {
    case bool, char, smallint, integer, bigint, real, doublePrecision, text, varchar, bytea, void
    /// A one-dimensional array of a scalar type.
    case array(SQLType)

    /// Reads a type as written in `CREATE FUNCTION` (case-insensitive; `int4`,
    /// `varchar(20)`, `integer[]`, `_int4` spellings included). nil when not supported.
    public init?(parsing text: String) {
        var name = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        if name.hasSuffix("[]") {
            guard let element = SQLType(parsing: String(name.dropLast(2))), element.isScalar, element != .void else { return nil }
            self = .array(element)
            return
        }
        // `varchar(20)`, `character varying(20)`: the length limit does not change the mapping.
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            let base = name[..<open].trimmingCharacters(in: .whitespaces)
            let limit = name[name.index(after: open)..<name.index(before: name.endIndex)]
            guard ["varchar", "character varying"].contains(base), !limit.isEmpty, limit.allSatisfy(\.isNumber) else {
                return nil
            }
            name = "varchar"
        }
        switch name {
        case "bool", "boolean": self = .bool
        case "\"char\"": self = .char
        case "smallint", "int2": self = .smallint
        case "integer", "int", "int4": self = .integer
        case "bigint", "int8": self = .bigint
        case "real", "float4": self = .real
        case "double precision", "float8": self = .doublePrecision
        case "text": self = .text
        case "varchar", "character varying": self = .varchar
        case "bytea": self = .bytea
        case "void": self = .void
        default: return nil
        }
    }

    public var isScalar: Bool {
        if case .array = self { return false }
        return true
    }

    /// The SQL spelling.
    public var description: String {
        switch self {
        case .bool: "boolean"
        case .char: "\"char\""
        case .smallint: "smallint"
        case .integer: "integer"
        case .bigint: "bigint"
        case .real: "real"
        case .doublePrecision: "double precision"
        case .text: "text"
        case .varchar: "varchar"
        case .bytea: "bytea"
        case .void: "void"
        case .array(let element): "\(element)[]"
        }
    }

    /// The type code of plrustc.h (`enum plrustc_type`).
    public var abiCode: UInt32 {
        switch self {
        case .bool: 1
        case .char: 2
        case .smallint: 3
        case .integer: 4
        case .bigint: 5
        case .real: 6
        case .doublePrecision: 7
        case .text, .varchar: 8
        case .bytea: 9
        case .void: 10
        case .array(let element): 0x100 | element.abiCode
        }
    }

    /// The Rust type of an argument (before STRICT's `Option`): text and bytea are borrowed.
    var rustArgument: String {
        switch self {
        case .bool: "bool"
        case .char: "i8"
        case .smallint: "i16"
        case .integer: "i32"
        case .bigint: "i64"
        case .real: "f32"
        case .doublePrecision: "f64"
        case .text, .varchar: "&'a str"
        case .bytea: "&'a [u8]"
        case .void: "()"
        case .array(let element): "Array<'a, \(element.rustArgument)>"
        }
    }

    /// The Rust type of a result value: owned.
    var rustResult: String {
        switch self {
        case .text, .varchar: "String"
        case .bytea: "Vec<u8>"
        case .array(let element): "Vec<Option<\(element.rustResult)>>"
        default: rustArgument
        }
    }

    /// The argument type as the entry point names it: crate paths, lifetimes left to inference.
    var rustArgumentInEntry: String {
        switch self {
        case .text, .varchar: "&str"
        case .bytea: "&[u8]"
        case .array(let element): "plrustc_runtime::Array<\(element.rustArgumentInEntry)>"
        default: rustArgument
        }
    }
}
