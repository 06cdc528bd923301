/// Renders diagnostics as rustc's `--error-format=json` objects, with the same
/// keys in the same order, so tools that read rustc's output can read ours.
///
/// The JSON is written by hand: the key order is part of the format and
/// needs no encoder.
public struct JSONRenderer: Sendable {
    public init() {}

    /// One line of JSON (no trailing newline):
    /// `{"$message_type":"diagnostic","message":…,"code":…,"level":…,"spans":[…],"children":[…],"rendered":…}`
    /// where `rendered` is the colourless human rendering.
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let rendered = HumanRenderer(colors: false).render(diagnostic, in: file)
        var output = #"{"$message_type":"diagnostic","#
        appendFields(of: diagnostic, rendered: rendered, file: file, to: &output)
        output += "}"
        return output
    }

    /// The fields shared by top-level diagnostics and children (children have
    /// no `$message_type` and a null `rendered`).
    private func appendFields(of diagnostic: Diagnostic, rendered: String?, file: SourceFile, to output: inout String) {
        output += #""message":"# + Self.quoted(diagnostic.message)
        output += #","code":"#
        if let code = diagnostic.code {
            output += #"{"code":"# + Self.quoted(code) + #","explanation":null}"#
        } else {
            output += "null"
        }
        output += #","level":"# + Self.quoted(diagnostic.level.rawValue)
        output += #","spans":["#
        for (index, label) in diagnostic.labels.enumerated() {
            if index > 0 { output += "," }
            appendSpan(label, file: file, to: &output)
        }
        output += #"],"children":["#
        for (index, child) in diagnostic.children.enumerated() {
            if index > 0 { output += "," }
            output += "{"
            appendFields(of: child, rendered: nil, file: file, to: &output)
            output += "}"
        }
        output += #"],"rendered":"#
        output += rendered.map(Self.quoted) ?? "null"
    }

    private func appendSpan(_ label: Label, file: SourceFile, to output: inout String) {
        let start = max(0, min(min(label.span.start, label.span.end), file.bytes.count))
        let end = max(start, min(max(label.span.start, label.span.end), file.bytes.count))
        let first = file.diagnosticLocation(ofByte: start)
        let last = file.diagnosticLocation(ofByte: end)
        output += #"{"file_name":"# + Self.quoted(file.path)
        output += #","byte_start":\#(start),"byte_end":\#(end)"#
        output += #","line_start":\#(first.line),"line_end":\#(last.line)"#
        output += #","column_start":\#(first.column),"column_end":\#(last.column)"#
        output += #","is_primary":\#(label.isPrimary)"#
        // One entry per covered line, highlighting the covered part (columns 1-based, end exclusive).
        output += #","text":["#
        for line in first.line...max(first.line, last.line) {
            var text = file.lineText(line)
            var highlightStart = line == first.line ? first.column : 1
            var highlightEnd = line == last.line ? last.column : text.unicodeScalars.count + 1
            if file.lineRange(line).count > DisplayLine.windowThreshold {
                // A very long line is cut to an excerpt around the highlight (columns
                // then count from the excerpt's start), so output stays proportional
                // to the diagnostics, not to the line.
                let scalars = Array(text.unicodeScalars)
                let low = max(0, highlightStart - 1 - DisplayLine.windowMargin)
                let high = min(scalars.count, max(highlightStart, highlightEnd) - 1 + DisplayLine.windowMargin)
                var excerpt = String.UnicodeScalarView()
                excerpt.append(contentsOf: scalars[min(low, high)..<high])
                text = String(excerpt)
                highlightStart -= low
                highlightEnd -= low
            }
            if line > first.line { output += "," }
            output += #"{"text":"# + Self.quoted(text)
            output += #","highlight_start":\#(highlightStart),"highlight_end":\#(highlightEnd)}"#
        }
        output += "]"
        output += #","label":"# + (label.message.map(Self.quoted) ?? "null")
        output += #","suggested_replacement":null,"suggestion_applicability":null,"expansion":null}"#
    }

    /// A JSON string literal escaped as rustc's serializer does: quotes,
    /// backslashes and control characters are escaped (short forms where JSON
    /// has them, otherwise `\u00xx`); everything else is kept as UTF-8.
    public static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
