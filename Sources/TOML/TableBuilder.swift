/// A key part as written: `a`, `"b c"` or `'d'` in `a."b c".'d'`.
struct KeyPart {
    let name: String
    let span: TOMLSpan
}

/// A table under construction. Tables are classes while the document is read
/// so that a header or dotted key can add to any of them in place; the
/// finished document is converted to value types at the end.
final class TableNode {
    enum Definition {
        case root
        case header
        case implicit
        /// Made by dotted keys in the table section (or inline table) numbered `section`.
        case dottedKey(section: Int)
        case inline
        case arrayElement
    }

    struct Entry {
        let key: String
        let keySpan: TOMLSpan
        let value: NodeValue
    }

    private(set) var entries: [Entry] = []
    private(set) var positions: [String: Int] = [:]
    var definition: Definition
    var span: TOMLSpan
    /// 0 for the root; one more for each table or array it sits in.
    let depth: Int

    init(definition: Definition, span: TOMLSpan, depth: Int) {
        self.definition = definition
        self.span = span
        self.depth = depth
    }

    func entry(named name: String) -> Entry? {
        guard let position = positions[name] else { return nil }
        return entries[position]
    }

    /// Adds a key that is not in the table yet.
    func append(_ name: String, keySpan: TOMLSpan, value: NodeValue) {
        positions[name] = entries.count
        entries.append(Entry(key: name, keySpan: keySpan, value: value))
    }

    /// The finished table, with all tables below it.
    func frozen() -> TOMLTable {
        let finished = entries.map { entry in
            TOMLEntry(key: entry.key, keySpan: entry.keySpan, value: entry.value.frozen())
        }
        return TOMLTable(entries: finished, positions: positions, definition: definition.public)
    }
}

/// An array of tables under construction (`[[name]]`); it always has at least one element.
final class ArrayOfTablesNode {
    var elements: [TableNode]
    /// The first `[[name]]` header.
    let span: TOMLSpan
    let depth: Int

    init(first: TableNode, span: TOMLSpan, depth: Int) {
        self.elements = [first]
        self.span = span
        self.depth = depth
    }
}

/// What a table under construction holds for a key. Only tables made by
/// headers and dotted keys can still grow; everything else, inline tables and
/// arrays included, is finished when it is read.
enum NodeValue {
    case table(TableNode)
    case arrayOfTables(ArrayOfTablesNode)
    case value(TOMLValue)

    func frozen() -> TOMLValue {
        switch self {
        case .table(let node):
            return TOMLValue(.table(node.frozen()), span: node.span)
        case .arrayOfTables(let array):
            let elements = array.elements.map { TOMLValue(.table($0.frozen()), span: $0.span) }
            return TOMLValue(.array(elements), span: array.span)
        case .value(let value):
            return value
        }
    }
}

extension TableNode.Definition {
    var `public`: TOMLTable.Definition {
        switch self {
        case .root: .root
        case .header: .header
        case .implicit: .implicit
        case .dottedKey: .dottedKey
        case .inline: .inline
        case .arrayElement: .arrayElement
        }
    }
}

/// Builds the document's tables from headers and key/value pairs, enforcing
/// TOML's rules on what may be defined where:
///
/// - a key is defined once;
/// - a table is defined once, by a `[header]` or by dotted keys, and a header
///   may name a table that so far was only implied by a longer header;
/// - dotted keys may add to tables that they themselves created within the
///   current section, or to implied tables, and to nothing else;
/// - inline tables and arrays written as values are complete: no header or
///   dotted key adds to them;
/// - `[[name]]` adds an element to an array of tables, and only to one.
///
/// A violation is reported as an error and the statement is dropped; reading goes on.
struct TableBuilder {
    let root: TableNode
    /// The table that key/value pairs go into: the root, or the last header's table.
    private(set) var currentTable: TableNode
    /// Identifies the current table section, for the dotted-key rule.
    private(set) var currentSection = 0
    private var sectionCount = 1

    init(rootSpan: TOMLSpan) {
        root = TableNode(definition: .root, span: rootSpan, depth: 0)
        currentTable = root
    }

    /// A fresh section number, for an inline table.
    mutating func newSection() -> Int {
        sectionCount += 1
        return sectionCount - 1
    }

    /// Handles `[key]` (or `[[key]]` when `isArrayElement`): the following
    /// key/value pairs go into the table it names.
    mutating func openTable(_ key: [KeyPart], headerSpan: TOMLSpan, isArrayElement: Bool) -> TOMLError? {
        currentSection = newSection()
        switch findOrCreateTable(key, headerSpan: headerSpan, isArrayElement: isArrayElement) {
        case .success(let table):
            currentTable = table
            return nil
        case .failure(let error):
            // Keys under a rejected header go into a table of their own, where
            // they are still checked against each other.
            currentTable = TableNode(definition: .header, span: headerSpan, depth: min(key.count, TOMLDocument.maximumNestingDepth))
            return error
        }
    }

    private func findOrCreateTable(_ key: [KeyPart], headerSpan: TOMLSpan, isArrayElement: Bool) -> Result<TableNode, TOMLError> {
        var header: String { isArrayElement ? "[[\(displayKey(key))]]" : "[\(displayKey(key))]" }
        var table = root
        for (index, part) in key.enumerated() {
            let isLast = index == key.count - 1
            // Only error messages need the path as text.
            var path: String { displayKey(key[...index]) }
            guard let existing = table.entry(named: part.name) else {
                // A new key: make what the header asks for.
                let depth = table.depth + 1
                guard depth + (isLast && isArrayElement ? 1 : 0) <= TOMLDocument.maximumNestingDepth else {
                    return .failure(TOMLError(message: tooDeepMessage, span: part.span))
                }
                if !isLast {
                    let implied = TableNode(definition: .implicit, span: part.span, depth: depth)
                    table.append(part.name, keySpan: part.span, value: .table(implied))
                    table = implied
                } else if isArrayElement {
                    let element = TableNode(definition: .arrayElement, span: headerSpan, depth: depth + 1)
                    let array = ArrayOfTablesNode(first: element, span: headerSpan, depth: depth)
                    table.append(part.name, keySpan: part.span, value: .arrayOfTables(array))
                    return .success(element)
                } else {
                    let defined = TableNode(definition: .header, span: headerSpan, depth: depth)
                    table.append(part.name, keySpan: part.span, value: .table(defined))
                    return .success(defined)
                }
                continue
            }
            switch existing.value {
            case .table(let child):
                if !isLast {
                    table = child
                    continue
                }
                if isArrayElement {
                    return .failure(TOMLError(
                        message: "`\(path)` is already a table, so `\(header)` cannot make it an array of tables",
                        span: part.span, earlierDefinition: child.span))
                }
                switch child.definition {
                case .implicit:
                    child.definition = .header
                    child.span = headerSpan
                    return .success(child)
                case .dottedKey:
                    return .failure(TOMLError(
                        message: "table `\(path)` is already defined by dotted keys, so `\(header)` cannot define it again",
                        span: part.span, earlierDefinition: child.span))
                case .root, .header, .arrayElement, .inline:
                    return .failure(TOMLError(
                        message: "table `\(header)` is defined twice", span: part.span, earlierDefinition: child.span))
                }
            case .arrayOfTables(let array):
                guard let last = array.elements.last else {
                    return .failure(TOMLError(message: "`\(path)` is an empty array of tables", span: part.span))
                }
                if !isLast {
                    table = last
                    continue
                }
                if isArrayElement {
                    let element = TableNode(definition: .arrayElement, span: headerSpan, depth: array.depth + 1)
                    array.elements.append(element)
                    return .success(element)
                }
                return .failure(TOMLError(
                    message: "`\(path)` is an array of tables: write `[[\(path)]]` to add an element to it",
                    span: part.span, earlierDefinition: array.span))
            case .value(let value):
                return .failure(TOMLError(
                    message: cannotExtendMessage(path, value, by: "a table header"),
                    span: part.span, earlierDefinition: existing.keySpan))
            }
        }
        // Not reached: the loop returns at the last key part, and keys are never empty.
        return .failure(TOMLError(message: "a table header needs a key", span: headerSpan))
    }

    /// Handles `key = value` in the current table.
    mutating func insert(_ key: [KeyPart], _ value: TOMLValue) -> TOMLError? {
        TableBuilder.insert(key, value, into: currentTable, section: currentSection)
    }

    /// Adds `key = value` to `table`, where `section` is the table section (or
    /// inline table) the pair is written in.
    static func insert(_ key: [KeyPart], _ value: TOMLValue, into start: TableNode, section: Int) -> TOMLError? {
        var table = start
        for (index, part) in key.enumerated() {
            // Only error messages need the path as text.
            var path: String { displayKey(key[...index]) }
            let isLast = index == key.count - 1
            guard let existing = table.entry(named: part.name) else {
                if isLast {
                    table.append(part.name, keySpan: part.span, value: .value(value))
                    return nil
                }
                guard table.depth < TOMLDocument.maximumNestingDepth else {
                    return TOMLError(message: tooDeepMessage, span: part.span)
                }
                let child = TableNode(definition: .dottedKey(section: section), span: part.span, depth: table.depth + 1)
                table.append(part.name, keySpan: part.span, value: .table(child))
                table = child
                continue
            }
            if isLast {
                return TOMLError(message: "duplicate key `\(path)`", span: part.span, earlierDefinition: existing.keySpan)
            }
            switch existing.value {
            case .table(let child):
                switch child.definition {
                case .implicit:
                    child.definition = .dottedKey(section: section)
                    table = child
                case .dottedKey(let definingSection) where definingSection == section:
                    table = child
                case .dottedKey:
                    return TOMLError(
                        message: "table `\(path)` was defined by dotted keys in another section and cannot be extended here",
                        span: part.span, earlierDefinition: existing.keySpan)
                case .root, .header, .arrayElement, .inline:
                    return TOMLError(
                        message: "table `\(path)` is already defined by a header, so dotted keys cannot add to it",
                        span: part.span, earlierDefinition: child.span)
                }
            case .arrayOfTables(let array):
                return TOMLError(
                    message: "`\(path)` is an array of tables, so dotted keys cannot add to it",
                    span: part.span, earlierDefinition: array.span)
            case .value(let value):
                return TOMLError(
                    message: cannotExtendMessage(path, value, by: "a dotted key"),
                    span: part.span, earlierDefinition: existing.keySpan)
            }
        }
        return nil
    }
}

private let tooDeepMessage = "tables are nested too deeply (the limit is \(TOMLDocument.maximumNestingDepth) levels)"

/// Why `value` at `path` cannot take more keys.
private func cannotExtendMessage(_ path: String, _ value: TOMLValue, by what: String) -> String {
    switch value.kind {
    case .table:
        return "`\(path)` is an inline table, which is complete as written: \(what) cannot add to it"
    case .array:
        return "`\(path)` is an array value, which is complete as written: \(what) cannot add to it"
    default:
        return "`\(path)` is already defined as \(value.kindDescription), not a table"
    }
}

/// A key as TOML would write it: bare parts as they are, others quoted.
func displayKey(_ parts: some Collection<KeyPart>) -> String {
    var text = ""
    for part in parts {
        if !text.isEmpty { text += "." }
        text += quotedIfNeeded(part.name)
    }
    return text
}

private func quotedIfNeeded(_ name: String) -> String {
    let isBare = !name.isEmpty && name.utf8.allSatisfy(Byte.isBareKeyCharacter)
    if isBare { return name }
    var quoted = "\""
    for scalar in name.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\t": quoted += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                quoted += "\\u" + hexDigits(scalar.value, width: 4)
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
    }
    return quoted + "\""
}

/// Upper-case hexadecimal digits of `value`, padded with zeros to `width`.
func hexDigits(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
