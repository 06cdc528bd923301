import Foundation
import PLRustcABI
#if canImport(Glibc)
import Glibc
#endif

/// A SQL value crossing the ABI, on the host's side.
public indirect enum SQLValue: Hashable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    /// A `real`, kept single-precision so it prints as PostgreSQL prints it.
    case real(Float)
    case text(String)
    case bytes([UInt8])
    case array([SQLValue])

    /// As psql prints it (NULL spelled out).
    public var description: String {
        switch self {
        case .null: "NULL"
        case .bool(let value): value ? "t" : "f"
        case .int(let value): String(value)
        case .float(let value): SQLValue.format(value)
        case .real(let value): value.isFinite && value == value.rounded() && abs(value) < 1e7
            ? SQLValue.format(Double(value)) : value.isFinite ? String(value) : SQLValue.format(Double(value))
        case .text(let value): value
        case .bytes(let value): "\\x" + value.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        case .array(let elements): "{" + elements.map(\.arrayElementText).joined(separator: ",") + "}"
        }
    }

    private var arrayElementText: String {
        guard case .text(let text) = self else { return description }
        let plain = !text.isEmpty && text.lowercased() != "null"
            && !text.contains(where: { "{},\"\\ ".contains($0) })
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

extension SQLValue {
    /// Reads a SQL literal for a value of `type`: `NULL`, `'text'` (with `''`),
    /// `42`, `2.5`, `true`, `'\x0a0b'` for bytea, `{1,2,NULL}` for arrays. Quotes
    /// are optional where the text has no spaces.
    public init(literal: String, as type: SQLType) throws(SpecError) {
        let trimmed = literal.trimmingCharacters(in: .whitespaces)
        if trimmed.uppercased() == "NULL" {
            self = .null
            return
        }
        var content = trimmed
        if trimmed.count >= 2, trimmed.hasPrefix("'"), trimmed.hasSuffix("'") {
            content = String(trimmed.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        self = try SQLValue(text: content, as: type)
    }

    /// A value from its text form (what PostgreSQL's input function reads).
    init(text: String, as type: SQLType) throws(SpecError) {
        func bad() -> SpecError { SpecError("`\(text)` is not a valid \(type)") }
        switch type {
        case .bool:
            switch text.lowercased() {
            case "t", "true", "yes", "on", "1", "y": self = .bool(true)
            case "f", "false", "no", "off", "0", "n": self = .bool(false)
            default: throw bad()
            }
        case .char:
            guard text.utf8.count <= 1 else { throw bad() }
            self = .int(Int64(Int8(bitPattern: text.utf8.first ?? 0)))
        case .smallint, .integer, .bigint:
            let ranges: [SQLType: ClosedRange<Int64>] = [.smallint: Int64(Int16.min)...Int64(Int16.max),
                                                         .integer: Int64(Int32.min)...Int64(Int32.max),
                                                         .bigint: Int64.min...Int64.max]
            guard let value = Int64(text), ranges[type]?.contains(value) ?? false else { throw bad() }
            self = .int(value)
        case .real, .doublePrecision:
            let value: Double
            switch text.lowercased() {
            case "nan": value = .nan
            case "infinity", "inf": value = .infinity
            case "-infinity", "-inf": value = -.infinity
            default:
                guard let number = Double(text) else { throw bad() }
                value = number
            }
            self = type == .real ? .real(Float(value)) : .float(value)
        case .text, .varchar:
            self = .text(text)
        case .bytea:
            if text.hasPrefix("\\x") {
                let hex = Array(text.utf8.dropFirst(2))
                guard hex.count % 2 == 0 else { throw bad() }
                var bytes: [UInt8] = []
                var index = 0
                while index < hex.count {
                    guard let byte = UInt8(String(decoding: hex[index..<index + 2], as: UTF8.self), radix: 16) else { throw bad() }
                    bytes.append(byte)
                    index += 2
                }
                self = .bytes(bytes)
            } else {
                self = .bytes(Array(text.utf8))
            }
        case .void:
            throw SpecError("void has no values")
        case .array(let element):
            self = .array(try SQLValue.arrayElements(text, of: element))
        }
    }

    /// `{a,b,NULL,"c d"}` → elements.
    private static func arrayElements(_ text: String, of element: SQLType) throws(SpecError) -> [SQLValue] {
        let characters = Array(text)
        guard characters.first == "{", characters.last == "}" else { throw SpecError("an array literal is written {a,b,…}, not `\(text)`") }
        var elements: [SQLValue] = []
        var index = 1
        let end = characters.count - 1
        if index == end { return [] }
        while index <= end {
            var item = ""
            var quoted = false
            while index < end, characters[index] == " " { index += 1 }
            if index < end, characters[index] == "\"" {
                quoted = true
                index += 1
                while index < end, characters[index] != "\"" {
                    if characters[index] == "\\", index + 1 < end { index += 1 }
                    item.append(characters[index])
                    index += 1
                }
                guard index < end else { throw SpecError("unterminated quote in `\(text)`") }
                index += 1
            } else {
                while index < end, characters[index] != "," {
                    guard characters[index] != "{" && characters[index] != "}" else {
                        throw SpecError("only one-dimensional arrays are supported: `\(text)`")
                    }
                    item.append(characters[index])
                    index += 1
                }
                item = item.trimmingCharacters(in: .whitespaces)
            }
            while index < end, characters[index] == " " { index += 1 }
            if !quoted, item.uppercased() == "NULL" {
                elements.append(.null)
            } else {
                elements.append(try SQLValue(text: item, as: element))
            }
            guard index == end || characters[index] == "," else { throw SpecError("expected `,` in `\(text)`") }
            index += 1
        }
        return elements
    }
}

/// What one call produced.
public struct CallOutcome: Sendable {
    public var rows: [[SQLValue]] = []
    public var logs: [(level: Int32, message: String)] = []
    /// The error the function ended with, or nil.
    public var error: String?
    public var status: Int32 = 0
}

/// Loads a built function and calls it through the C ABI of plrustc.h.
public final class FunctionHost {
    private let handle: UnsafeMutableRawPointer
    private let address: UnsafeMutableRawPointer
    public let arguments: [SQLType]

    /// Loads `library` and finds `symbol`; `arguments` are the declared argument types.
    public init(library: String, symbol: String, arguments: [SQLType]) throws(SpecError) {
        guard let handle = dlopen(library, RTLD_NOW | RTLD_LOCAL) else {
            throw SpecError("cannot load \(library): \(dlerror().map { String(cString: $0) } ?? "unknown error")")
        }
        guard let address = dlsym(handle, symbol) else {
            dlclose(handle)
            throw SpecError("\(library) has no entry point `\(symbol)`")
        }
        self.handle = handle
        self.address = address
        self.arguments = arguments
    }

    deinit { dlclose(handle) }

    /// Calls the function with `values` (one per declared argument, of its type).
    public func call(_ values: [SQLValue]) -> CallOutcome {
        let entry = unsafeBitCast(address, to: plrustc_entry_fn.self)
        let collector = Collector()
        let storage = ValueStorage()
        defer { storage.release() }
        let count = values.count
        let buffer = UnsafeMutablePointer<plrustc_value>.allocate(capacity: max(count, 1))
        defer { buffer.deallocate() }
        for (index, value) in values.enumerated() {
            let type = index < arguments.count ? arguments[index] : .text
            buffer.advanced(by: index).initialize(to: storage.lower(value, as: type))
        }
        var host = FunctionHost.host(collector)
        let status = withUnsafePointer(to: &host) { entry($0, buffer, count) }
        buffer.deinitialize(count: count)
        var outcome = collector.outcome
        outcome.status = status
        if status != 0, outcome.error == nil { outcome.error = "the function failed with status \(status)" }
        return outcome
    }

    /// A trigger's call: the event, the table and its rows, as the host describes them.
    public struct TriggerCall: Sendable {
        public var event: UInt32
        public var when: UInt32 = 1
        public var level: UInt32 = 1
        public var name = "trigger"
        public var table = "table"
        public var schema = "public"
        public var columns: [(name: String, type: SQLType)]
        public var old: [SQLValue]?
        public var new: [SQLValue]?
        public var arguments: [String] = []

        public init(event: UInt32, columns: [(name: String, type: SQLType)], old: [SQLValue]?, new: [SQLValue]?) {
            self.event = event
            self.columns = columns
            self.old = old
            self.new = new
        }
    }

    /// Calls a trigger function (`plrustc_trigger_fn`).
    public func callTrigger(_ call: TriggerCall) -> CallOutcome {
        let entry = unsafeBitCast(address, to: plrustc_trigger_fn.self)
        let collector = Collector()
        let storage = ValueStorage()
        defer { storage.release() }
        var trigger = plrustc_trigger()
        trigger.event = call.event
        trigger.when = call.when
        trigger.level = call.level
        (trigger.name, trigger.name_length) = storage.bytes(call.name)
        (trigger.table, trigger.table_length) = storage.bytes(call.table)
        (trigger.schema, trigger.schema_length) = storage.bytes(call.schema)
        let columns = UnsafeMutablePointer<plrustc_column>.allocate(capacity: max(call.columns.count, 1))
        defer { columns.deallocate() }
        for (index, column) in call.columns.enumerated() {
            var described = plrustc_column()
            (described.name, described.name_length) = storage.bytes(column.name)
            described.type = column.type.abiCode
            columns.advanced(by: index).initialize(to: described)
        }
        trigger.columns = UnsafePointer(columns)
        trigger.column_count = call.columns.count
        trigger.old_row = call.old.map { storage.row($0, types: call.columns.map(\.type)) }
        trigger.new_row = call.new.map { storage.row($0, types: call.columns.map(\.type)) }
        trigger.arguments = storage.row(call.arguments.map(SQLValue.text), types: call.arguments.map { _ in .text })
        trigger.argument_count = call.arguments.count
        var host = FunctionHost.host(collector)
        let status = withUnsafePointer(to: &host) { hostPointer in
            withUnsafePointer(to: &trigger) { entry(hostPointer, $0) }
        }
        var outcome = collector.outcome
        outcome.status = status
        if status != 0, outcome.error == nil { outcome.error = "the function failed with status \(status)" }
        return outcome
    }

    /// The callback table, reporting into `collector`.
    private static func host(_ collector: Collector) -> plrustc_host {
        var host = plrustc_host()
        host.abi_version = UInt32(PLRUSTC_ABI_VERSION)
        host.context = Unmanaged.passUnretained(collector).toOpaque()
        host.log = { context, level, message, length in
            guard let context else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            collector.outcome.logs.append((level, FunctionHost.string(message, length)))
        }
        host.row = { context, columns, count in
            guard let context else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            var row: [SQLValue] = []
            for index in 0..<count {
                if let columns { row.append(FunctionHost.lift(columns[index])) }
            }
            collector.outcome.rows.append(row)
        }
        host.error = { context, message, length in
            guard let context else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            collector.outcome.error = FunctionHost.string(message, length)
        }
        return host
    }

    private final class Collector {
        var outcome = CallOutcome()
    }

    /// Owns the bytes and element arrays the arguments point at during a call.
    private final class ValueStorage {
        private var allocations: [UnsafeMutableRawPointer] = []

        func lower(_ value: SQLValue, as type: SQLType) -> plrustc_value {
            var lowered = plrustc_value()
            lowered.type = type.abiCode
            switch value {
            case .null:
                lowered.is_null = 1
            case .bool(let flag):
                lowered.int_value = flag ? 1 : 0
            case .int(let number):
                lowered.int_value = number
            case .float(let number):
                lowered.float_value = number
            case .real(let number):
                lowered.float_value = Double(number)
            case .text(let text):
                (lowered.bytes, lowered.length) = copy(Array(text.utf8))
            case .bytes(let bytes):
                (lowered.bytes, lowered.length) = copy(bytes)
            case .array(let elements):
                let elementType: SQLType = if case .array(let element) = type { element } else { .text }
                let memory = UnsafeMutablePointer<plrustc_value>.allocate(capacity: max(elements.count, 1))
                allocations.append(UnsafeMutableRawPointer(memory))
                for (index, element) in elements.enumerated() {
                    memory.advanced(by: index).initialize(to: lower(element, as: elementType))
                }
                lowered.elements = UnsafePointer(memory)
                lowered.length = elements.count
            }
            return lowered
        }

        /// A row (or argument list) of values, kept until `release`.
        func row(_ values: [SQLValue], types: [SQLType]) -> UnsafePointer<plrustc_value> {
            let memory = UnsafeMutablePointer<plrustc_value>.allocate(capacity: max(values.count, 1))
            allocations.append(UnsafeMutableRawPointer(memory))
            for (index, value) in values.enumerated() {
                memory.advanced(by: index).initialize(to: lower(value, as: index < types.count ? types[index] : .text))
            }
            return UnsafePointer(memory)
        }

        func bytes(_ text: String) -> (UnsafePointer<UInt8>?, Int) { copy(Array(text.utf8)) }

        private func copy(_ bytes: [UInt8]) -> (UnsafePointer<UInt8>?, Int) {
            let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
            memory.initialize(from: bytes, count: bytes.count)
            allocations.append(UnsafeMutableRawPointer(memory))
            return (UnsafePointer(memory), bytes.count)
        }

        func release() {
            for allocation in allocations { allocation.deallocate() }
            allocations.removeAll()
        }
    }

    static func string(_ bytes: UnsafePointer<UInt8>?, _ length: Int) -> String {
        guard let bytes, length > 0 else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    /// Copies a value the function reported (valid only during the callback).
    static func lift(_ value: plrustc_value) -> SQLValue {
        if value.is_null != 0 { return .null }
        let type = value.type
        if type & UInt32(PLRUSTC_ARRAY.rawValue) != 0 {
            var elements: [SQLValue] = []
            if let pointer = value.elements {
                for index in 0..<value.length { elements.append(lift(pointer[index])) }
            }
            return .array(elements)
        }
        switch type {
        case UInt32(PLRUSTC_BOOL.rawValue): return .bool(value.int_value != 0)
        case UInt32(PLRUSTC_FLOAT4.rawValue): return .real(Float(value.float_value))
        case UInt32(PLRUSTC_FLOAT8.rawValue): return .float(value.float_value)
        case UInt32(PLRUSTC_TEXT.rawValue): return .text(string(value.bytes, value.length))
        case UInt32(PLRUSTC_BYTEA.rawValue):
            guard let bytes = value.bytes else { return .bytes([]) }
            return .bytes(Array(UnsafeBufferPointer(start: bytes, count: value.length)))
        case UInt32(PLRUSTC_VOID.rawValue): return .null
        default: return .int(value.int_value)
        }
    }
}
