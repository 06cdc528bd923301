/// Renders diagnostics as text in rustc's human-readable layout:
///
///     error[E0308]: mismatched types
///      --> src/lib.rs:1:27
///       |
///     1 | pub fn f() { let x: i32 = "a"; }
///       |                     ---   ^^^ expected `i32`, found `&str`
///       |                     |
///       |                     expected due to this
///       |
///       = note: text of a child without labels
///
/// With `colors`, the text carries the ANSI escapes rustc uses on a terminal.
public struct HumanRenderer: Sendable {
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// The full text of one diagnostic in rustc's human layout, ending with one
    /// blank line ("\n\n" at the end, as rustc separates diagnostics).
    ///
    /// Children without labels become `= note: …` / `= help: …` lines; children
    /// with labels get a section of their own with a snippet. Children of
    /// children are not shown (rustc has none).
    public func render(_ diagnostic: Diagnostic, in file: SourceFile) -> String {
        let gutterWidth = String(maxLineNumber(of: diagnostic, in: file)).count
        var output = section(for: diagnostic, isChild: false, gutterWidth: gutterWidth, file: file)
        if !diagnostic.children.isEmpty {
            // A gutter bar between the snippet and the children.
            var separator = StyledCanvas()
            separator.put("|", row: 0, column: gutterWidth + 1, role: .lineNumber)
            output += separator.rendered(colors: colors, sectionLevel: diagnostic.level)
        }
        for child in diagnostic.children {
            output += section(for: child, isChild: true, gutterWidth: gutterWidth, file: file)
        }
        return output + "\n"
    }

    /// rustc's closing line, e.g. "error: aborting due to 2 previous errors\n\n",
    /// "error: aborting due to 1 previous error; 1 warning emitted\n\n" or
    /// "warning: 2 warnings emitted\n\n"; "" when there is nothing to report.
    public func summary(errors: Int, warnings: Int) -> String {
        let warningText = warnings == 1 ? "1 warning emitted" : "\(warnings) warnings emitted"
        if errors > 0 {
            var message = errors == 1 ? "aborting due to 1 previous error" : "aborting due to \(errors) previous errors"
            if warnings > 0 { message += "; " + warningText }
            return summaryLine(level: .error, message: message)
        }
        if warnings > 0 {
            return summaryLine(level: .warning, message: warningText)
        }
        return ""
    }

    private func summaryLine(level: Level, message: String) -> String {
        var canvas = StyledCanvas()
        canvas.write(level.rawValue, row: 0, column: 0, role: .level(level))
        canvas.append(": " + message, row: 0, role: .emphasis)
        return canvas.rendered(colors: colors, sectionLevel: level) + "\n"
    }

    /// The header and snippet of the diagnostic itself or of one child.
    private func section(for diagnostic: Diagnostic, isChild: Bool, gutterWidth: Int, file: SourceFile) -> String {
        var canvas = StyledCanvas()
        let message = DisplayWidth.normalized(diagnostic.message)
        if isChild && diagnostic.labels.isEmpty {
            writeNoteLine(level: diagnostic.level, message: message, gutterWidth: gutterWidth, on: &canvas)
            return canvas.rendered(colors: colors, sectionLevel: diagnostic.level)
        }

        var heading = diagnostic.level.rawValue
        // Children never show a code, as in rustc.
        if !isChild, let code = diagnostic.code, Self.isErrorCode(code) { heading += "[\(code)]" }
        canvas.write(heading, row: 0, column: 0, role: .level(diagnostic.level))
        let messageRole: TextRole = isChild ? .plain : .emphasis
        canvas.append(": ", row: 0, role: messageRole)
        // Further lines of a message line up with its first line (an empty
        // last line included, as rustc prints it).
        let indent = String(repeating: " ", count: heading.unicodeScalars.count + 2)
        for (index, line) in Self.pieces(of: message).enumerated() {
            if index == 0 {
                canvas.append(line, row: 0, role: messageRole)
            } else {
                canvas.write(indent, row: index, column: 0, role: .plain)
                canvas.append(line, row: index, role: messageRole)
            }
        }

        // Like rustc, a section without a primary label shows no snippet.
        guard let primary = diagnostic.primarySpan else {
            return canvas.rendered(colors: colors, sectionLevel: diagnostic.level)
        }
        let location = file.diagnosticLocation(ofByte: min(primary.start, primary.end))
        let locationRow = canvas.rowCount
        canvas.write(String(repeating: " ", count: gutterWidth), row: locationRow, column: 0, role: .plain)
        canvas.append("--> ", row: locationRow, role: .lineNumber)
        canvas.append("\(file.path):\(location.line):\(location.column)", row: locationRow, role: .plain)
        canvas.put("|", row: canvas.rowCount, column: gutterWidth + 1, role: .lineNumber)

        // Each line is measured once per section, windowed around the columns
        // the labels point at when it is very long.
        var focus: [Int: [Int]] = [:]
        for label in diagnostic.labels {
            for offset in [label.span.start, label.span.end] {
                let location = file.diagnosticLocation(ofByte: offset)
                focus[location.line, default: []].append(location.column - 1)
            }
        }
        let cache = DisplayLineCache()
        let displayLine = { (number: Int) -> DisplayLine in
            if let line = cache.lines[number] { return line }
            let line = DisplayLine.make(file: file, line: number, focus: focus[number] ?? [])
            cache.lines[number] = line
            return line
        }
        let marks = SnippetMarks(labels: diagnostic.labels, file: file, displayLine: displayLine)
        SnippetPainter(marks: marks, gutterWidth: gutterWidth, displayLine: displayLine)
            .paint(on: &canvas)
        return canvas.rendered(colors: colors, sectionLevel: diagnostic.level)
    }

    /// `  = note: message`, with further lines of the message aligned after `note: `.
    private func writeNoteLine(level: Level, message: String, gutterWidth: Int, on canvas: inout StyledCanvas) {
        canvas.write(String(repeating: " ", count: gutterWidth + 1), row: 0, column: 0, role: .plain)
        canvas.append("= ", row: 0, role: .lineNumber)
        canvas.append(level.rawValue, row: 0, role: .emphasis)
        canvas.append(": ", row: 0, role: .plain)
        // rustc aligns continuation lines as if the level were `note`.
        let indent = String(repeating: " ", count: gutterWidth + "note".count + 5)
        for (index, line) in Self.pieces(of: message).enumerated() {
            if index == 0 {
                canvas.append(line, row: 0, role: .plain)
            } else {
                canvas.write(indent, row: index, column: 0, role: .plain)
                canvas.append(line, row: index, role: .plain)
            }
        }
    }

    /// The largest line number any label ends on, which sets the gutter width
    /// for the whole diagnostic, children included.
    private func maxLineNumber(of diagnostic: Diagnostic, in file: SourceFile) -> Int {
        let spans = (diagnostic.labels + diagnostic.children.flatMap(\.labels)).map(\.span)
        return spans.map { file.diagnosticLocation(ofByte: max($0.start, $0.end)).line }.max() ?? 0
    }

    /// The text between `\n` characters, empty pieces included. Works on
    /// scalars because Swift treats `\r\n` as one character.
    private static func pieces(of text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
    }

    /// rustc puts only error codes such as `E0308` in brackets after the level;
    /// lint names are left to the notes.
    static func isErrorCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        return scalars.count == 5 && scalars[0] == "E" && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }
}

/// Lines already measured while drawing one section.
private final class DisplayLineCache {
    var lines: [Int: DisplayLine] = [:]
}
