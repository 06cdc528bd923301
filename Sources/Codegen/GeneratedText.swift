/// Every piece of text plrustc writes into generated Rust or TOML goes through
/// these writers: a value that came from outside (a function's name, a path,
/// a crate name, a version, a feature) is always written as a quoted,
/// escaped literal, never pasted, so it cannot end the literal and add code
/// or keys of its own.

/// Generated Rust source, line by line.
struct RustWriter {
    private(set) var text = ""
    private(set) var lineCount = 0

    /// Appends one line of generated code (written here, not taken from input).
    mutating func line(_ code: String) {
        text += code
        text += "\n"
        lineCount += 1
    }

    /// A Rust string literal holding `value`: printable ASCII as is, everything else escaped.
    static func string(_ value: String) -> String {
        var literal = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case " "..."~": literal.unicodeScalars.append(scalar)
            default: literal += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return literal + "\""
    }

    /// A Rust byte-string literal holding the UTF-8 bytes of `value`.
    static func byteString(_ value: String) -> String {
        var literal = "b\""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): literal += "\\\""
            case UInt8(ascii: "\\"): literal += "\\\\"
            case 0x20...0x7E: literal.unicodeScalars.append(Unicode.Scalar(byte))
            default: literal += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return literal + "\""
    }
}

/// Generated TOML (cargo manifests), line by line.
struct TOMLWriter {
    private(set) var text = ""

    mutating func table(_ name: String) {
        if !text.isEmpty { text += "\n" }
        text += "[\(TOMLWriter.key(name))]\n"
    }

    /// `key = value`, where `value` is already TOML (from `string`, `array`, `inlineTable`, `bool`).
    mutating func entry(_ key: String, _ value: String) {
        text += "\(TOMLWriter.key(key)) = \(value)\n"
    }

    /// A TOML basic string holding `value`, with every control character escaped.
    static func string(_ value: String) -> String {
        var literal = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\u{20}"..."\u{7E}": literal.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                literal += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// A key: bare when it is only letters, digits, `-` and `_`, quoted otherwise.
    static func key(_ name: String) -> String {
        let bare = !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        return bare ? name : string(name)
    }

    static func array(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    /// `{ k = v, … }` from pairs whose values are already TOML.
    static func inlineTable(_ pairs: [(String, String)]) -> String {
        "{ " + pairs.map { "\(key($0.0)) = \($0.1)" }.joined(separator: ", ") + " }"
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }
}
