import Foundation
import RustSyntax

/// What `CREATE FUNCTION` says about a function, besides its body.
public struct FunctionSpec: Hashable, Sendable {
    public struct Argument: Hashable, Sendable {
        public let name: String
        public let type: SQLType
        public init(name: String, type: SQLType) {
            self.name = name
            self.type = type
        }
    }

    public enum Returns: Hashable, Sendable {
        case value(SQLType)
        case setOf(SQLType)
        case table([Argument])
        /// `RETURNS trigger`: no arguments; the trigger's data instead.
        case trigger
    }

    /// The database's OID and the function's, which name the Rust function.
    public struct OID: Hashable, Sendable {
        public let database: UInt32
        public let function: UInt32
        public init(database: UInt32, function: UInt32) {
            self.database = database
            self.function = function
        }
    }

    public let name: String
    public let oid: OID?
    public let arguments: [Argument]
    public let returns: Returns
    public let strict: Bool

    public init(name: String, oid: OID?, arguments: [Argument], returns: Returns, strict: Bool) {
        self.name = name
        self.oid = oid
        self.arguments = arguments
        self.returns = returns
        self.strict = strict
    }

    /// What names the generated symbols: `oid_<db>_<fn>`, or the function's name without OIDs.
    public var identifier: String {
        if let oid { return "oid_\(oid.database)_\(oid.function)" }
        return "name_" + name.lowercased()
    }

    /// The Rust function that holds the body (PL/Rust's naming).
    public var rustFunctionName: String { "plrust_fn_\(identifier)" }
    /// The exported C entry point.
    public var entrySymbol: String { "plrustc_entry_\(identifier)" }
    /// The exported lint record.
    public var metadataSymbol: String { "PLRUSTC_METADATA_\(identifier.uppercased())" }
}

/// A function spec that cannot be built, in words for a one-line error.
public struct SpecError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension FunctionSpec {
    /// Builds a spec from the command line's pieces: `--arg 'NAME TYPE'`, `--returns`, `--oid DB:FN`.
    public static func make(name: String, oid: String?, arguments: [String], returns: String, strict: Bool)
        throws(SpecError) -> FunctionSpec {
        let parsedOID: OID?
        if let oid {
            let parts = oid.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let database = UInt32(parts[0]), let function = UInt32(parts[1]) else {
                throw SpecError("--oid takes DATABASE_OID:FUNCTION_OID, two unsigned numbers, not `\(oid)`")
            }
            parsedOID = OID(database: database, function: function)
        } else {
            parsedOID = nil
        }
        var parsedArguments: [Argument] = []
        for argument in arguments {
            let trimmed = argument.trimmingCharacters(in: .whitespaces)
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw SpecError("--arg takes 'NAME TYPE', not `\(argument)`")
            }
            let argumentName = String(trimmed[..<space])
            let typeText = trimmed[space...].trimmingCharacters(in: .whitespaces)
            parsedArguments.append(Argument(name: argumentName, type: try argumentType(typeText, of: argumentName)))
        }
        return try validated(FunctionSpec(name: name, oid: parsedOID, arguments: parsedArguments,
                                          returns: try parseReturns(returns), strict: strict))
    }

    /// Reads a JSON spec: `{"name": …, "oid": "DB:FN" | null, "args": [{"name": …, "type": …}],
    /// "returns": "TYPE" | "SETOF TYPE" | "TABLE (…)", "strict": bool}`.
    public static func decode(json data: Data) throws(SpecError) -> FunctionSpec {
        struct ArgumentFields: Decodable {
            let name: String
            let type: String
        }
        struct Fields: Decodable {
            let name: String
            let oid: String?
            let args: [ArgumentFields]?
            let returns: String
            let strict: Bool?
        }
        let decoder = JSONDecoder()
        guard let keys = try? decoder.decode([String: AnyJSON].self, from: data) else {
            throw SpecError("the spec is not a JSON object")
        }
        let known: Set<String> = ["name", "oid", "args", "returns", "strict"]
        if let unknown = keys.keys.sorted().first(where: { !known.contains($0) }) {
            throw SpecError("the spec has an unknown field `\(unknown)`")
        }
        let fields: Fields
        do {
            fields = try decoder.decode(Fields.self, from: data)
        } catch let DecodingError.keyNotFound(key, _) {
            throw SpecError("the spec needs `\(key.stringValue)`")
        } catch let DecodingError.typeMismatch(_, context) {
            throw SpecError("the spec's `\(context.codingPath.map(\.stringValue).joined(separator: "."))` has the wrong type")
        } catch {
            throw SpecError("the spec is not valid: \(error)")
        }
        return try make(name: fields.name, oid: fields.oid, arguments: (fields.args ?? []).map { $0.name + " " + $0.type },
                        returns: fields.returns, strict: fields.strict ?? false)
    }

    private static func argumentType(_ text: String, of name: String) throws(SpecError) -> SQLType {
        guard let type = SQLType(parsing: text) else { throw SpecError("argument `\(name)` has type `\(text)`, which plrustc does not support") }
        guard type != .void else { throw SpecError("argument `\(name)` cannot be void") }
        return type
    }

    static func parseReturns(_ text: String) throws(SpecError) -> Returns {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower == "trigger" { return .trigger }
        if lower.hasPrefix("setof ") {
            let element = String(trimmed.dropFirst(6)).trimmingCharacters(in: .whitespaces)
            guard let type = SQLType(parsing: element), type != .void else {
                throw SpecError("the return type `SETOF \(element)` is not supported")
            }
            return .setOf(type)
        }
        if lower.hasPrefix("table"), let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")"),
           trimmed[trimmed.index(trimmed.startIndex, offsetBy: 5)..<open].allSatisfy(\.isWhitespace) {
            let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            var columns: [Argument] = []
            for column in inside.split(separator: ",") {
                let words = column.trimmingCharacters(in: .whitespaces)
                guard let space = words.firstIndex(where: \.isWhitespace) else {
                    throw SpecError("each TABLE column is `name type`, not `\(words)`")
                }
                let columnName = String(words[..<space])
                let typeText = words[space...].trimmingCharacters(in: .whitespaces)
                guard let type = SQLType(parsing: typeText), type != .void else {
                    throw SpecError("TABLE column `\(columnName)` has type `\(typeText)`, which plrustc does not support")
                }
                columns.append(Argument(name: columnName, type: type))
            }
            guard !columns.isEmpty else { throw SpecError("RETURNS TABLE needs at least one column") }
            return .table(columns)
        }
        guard let type = SQLType(parsing: trimmed) else {
            throw SpecError("the return type `\(trimmed)` is not supported by plrustc")
        }
        return .value(type)
    }

    /// Names must be Rust identifiers that are not keywords, and unique.
    private static func validated(_ spec: FunctionSpec) throws(SpecError) -> FunctionSpec {
        if spec.returns == .trigger, !spec.arguments.isEmpty {
            throw SpecError("a trigger function takes no arguments (CREATE TRIGGER's arguments reach it as `trigger.extra_args()`)")
        }
        guard isPlainIdentifier(spec.name) else {
            throw SpecError("the function name `\(spec.name)` must be letters, digits and `_`, not starting with a digit")
        }
        var seen: Set<String> = []
        var names = spec.arguments.map { ("argument", $0.name) }
        if case .table(let columns) = spec.returns { names += columns.map { ("TABLE column", $0.name) } }
        for (what, name) in names {
            guard isPlainIdentifier(name), !RustKeywords.all.contains(name), !name.hasPrefix("__plrustc") else {
                throw SpecError("\(what) name `\(name)` is not usable as a Rust identifier")
            }
            if what == "argument" {
                guard seen.insert(name).inserted else { throw SpecError("argument `\(name)` is declared twice") }
            }
        }
        return spec
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
            return false
        }
        return name != "_" && name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

}

/// Any JSON value, read and dropped (to list an object's keys).
private struct AnyJSON: Decodable {
    init(from decoder: Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            while !array.isAtEnd { _ = try array.decode(AnyJSON.self) }
        } else if let object = try? decoder.container(keyedBy: AnyKey.self) {
            for key in object.allKeys { _ = try object.decode(AnyJSON.self, forKey: key) }
        } else {
            _ = try decoder.singleValueContainer()
        }
    }

    private struct AnyKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
