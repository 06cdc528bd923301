import TOML

/// Renders a document as the canonical JSON that `scripts/toml-differential`
/// makes from Python's tomllib, byte for byte: `json.dumps(..., indent=2)`
/// with ASCII escapes, tables as objects in key order, and every other value
/// as `{"type": ..., "value": ...}` with the value as a string:
///
/// - `string`, `integer` (decimal), `bool` (`true`/`false`);
/// - `float` as Python's `repr` writes it (`1.0`, `1e+16`, `inf`, `-inf`; every NaN is `nan`);
/// - `datetime` (`YYYY-MM-DDTHH:MM:SS[.ffffff]±HH:MM`), `datetime-local`,
///   `date-local`, `time-local`, with the fraction cut to microseconds and left
///   out when zero, as Python's datetime keeps it.
func canonicalJSON(_ document: TOMLDocument) -> String {
    var output = ""
    writeTable(document.table, indent: 0, into: &output)
    return output + "\n"
}

private func writeTable(_ table: TOMLTable, indent: Int, into output: inout String) {
    guard !table.isEmpty else {
        output += "{}"
        return
    }
    output += "{\n"
    for (index, entry) in table.entries.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        output += jsonString(entry.key)
        output += ": "
        writeValue(entry.value, indent: indent + 2, into: &output)
        output += index == table.count - 1 ? "\n" : ",\n"
    }
    output += String(repeating: " ", count: indent) + "}"
}

private func writeValue(_ value: TOMLValue, indent: Int, into output: inout String) {
    let tagged: (type: String, text: String)
    switch value.kind {
    case .table(let table):
        writeTable(table, indent: indent, into: &output)
        return
    case .array(let elements):
        guard !elements.isEmpty else {
            output += "[]"
            return
        }
        output += "[\n"
        for (index, element) in elements.enumerated() {
            output += String(repeating: " ", count: indent + 2)
            writeValue(element, indent: indent + 2, into: &output)
            output += index == elements.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: " ", count: indent) + "]"
        return
    case .string(let text): tagged = ("string", text)
    case .integer(let number): tagged = ("integer", String(number))
    case .float(let number): tagged = ("float", pythonRepr(number))
    case .boolean(let flag): tagged = ("bool", flag ? "true" : "false")
    case .offsetDateTime(let dateTime):
        tagged = ("datetime", dateText(dateTime.date) + "T" + timeText(dateTime.time) + offsetText(dateTime.offsetMinutes))
    case .localDateTime(let dateTime):
        tagged = ("datetime-local", dateText(dateTime.date) + "T" + timeText(dateTime.time))
    case .localDate(let date): tagged = ("date-local", dateText(date))
    case .localTime(let time): tagged = ("time-local", timeText(time))
    }
    let inner = String(repeating: " ", count: indent + 2)
    output += "{\n\(inner)\"type\": \(jsonString(tagged.type)),\n\(inner)\"value\": \(jsonString(tagged.text))\n"
    output += String(repeating: " ", count: indent) + "}"
}

private func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

private func dateText(_ date: TOMLLocalDate) -> String {
    "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
}

private func timeText(_ time: TOMLLocalTime) -> String {
    let base = "\(padded(time.hour, 2)):\(padded(time.minute, 2)):\(padded(time.second, 2))"
    let microseconds = time.nanosecond / 1000
    return microseconds == 0 ? base : base + "." + padded(microseconds, 6)
}

private func offsetText(_ minutes: Int) -> String {
    let sign = minutes < 0 ? "-" : "+"
    return "\(sign)\(padded(abs(minutes) / 60, 2)):\(padded(abs(minutes) % 60, 2))"
}

/// A JSON string literal as Python's `json.dumps` writes it with `ensure_ascii`.
func jsonString(_ text: String) -> String {
    var output = "\""
    for unit in text.utf16 {
        switch unit {
        case 0x22: output += "\\\""
        case 0x5C: output += "\\\\"
        case 0x0A: output += "\\n"
        case 0x0D: output += "\\r"
        case 0x09: output += "\\t"
        case 0x08: output += "\\b"
        case 0x0C: output += "\\f"
        case 0x20...0x7E: output.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
        default:
            let digits = String(unit, radix: 16)
            output += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
    return output + "\""
}

/// A float as Python's `repr` writes it: the shortest digits that read back
/// to the same value (Swift's `description` finds the same digits), in fixed
/// notation from 1e-4 up to 1e16 and in exponent notation outside that.
func pythonRepr(_ number: Double) -> String {
    if number.isNaN { return "nan" }
    if number.isInfinite { return number < 0 ? "-inf" : "inf" }
    let sign = number.sign == .minus ? "-" : ""
    // Split Swift's text into digits and the position of the decimal point.
    let text = number.magnitude.description
    let parts = text.split(separator: "e", maxSplits: 1)
    let mantissa = parts.first.map(String.init) ?? text
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    var digits = Array(mantissa.filter { $0 != "." })
    var point = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
    while digits.first == "0" {
        digits.removeFirst()
        point -= 1
    }
    while digits.last == "0" { digits.removeLast() }
    if digits.isEmpty { return sign + "0.0" }
    let all = String(digits)
    if point > -4 && point <= 16 {
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + all }
        if point >= digits.count { return sign + all + String(repeating: "0", count: point - digits.count) + ".0" }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }
    let scientific = point - 1
    let head = String(digits[0]) + (digits.count > 1 ? "." + String(digits[1...]) : "")
    let exponentDigits = String(abs(scientific))
    return sign + head + "e" + (scientific < 0 ? "-" : "+") + (exponentDigits.count < 2 ? "0" : "") + exponentDigits
}
