/// One source line prepared for display: its scalars and the screen columns
/// they take (see `DisplayWidth`).
struct DisplayLine {
    let scalars: [Unicode.Scalar]
    /// `prefixColumns[i]` is the width of the first `i` scalars.
    private let prefixColumns: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var prefix = [0]
        prefix.reserveCapacity(scalars.count + 1)
        var total = 0
        for scalar in scalars {
            total += DisplayWidth.columns(of: scalar)
            prefix.append(total)
        }
        prefixColumns = prefix
    }

    /// Screen columns taken by the whole line.
    var width: Int { prefixColumns[scalars.count] }

    /// Screen columns taken by the scalars before `index` (clamped to the line).
    func columns(before index: Int) -> Int {
        prefixColumns[max(0, min(index, scalars.count))]
    }

    /// Screen columns taken by `count` scalars starting at `start` (clamped to the line).
    func columns(from start: Int, count: Int) -> Int {
        columns(before: start + max(0, count)) - columns(before: start)
    }

    /// The line as printed, piece by piece with the columns each takes: a
    /// tab is four one-column spaces (so a cut can fall inside it), control
    /// characters are made visible.
    var glyphs: [(text: String, width: Int)] {
        var glyphs: [(text: String, width: Int)] = []
        glyphs.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar == "\t" {
                glyphs += Array(repeating: (" ", 1), count: 4)
            } else {
                glyphs.append((DisplayWidth.replacement(for: scalar) ?? String(scalar), DisplayWidth.columns(of: scalar)))
            }
        }
        return glyphs
    }
}

/// A column on a source line, both as a scalar index into the line and as a
/// screen column. rustc orders and overlaps marks by screen column.
struct MarkColumn: Hashable, Comparable {
    var display: Int
    var scalar: Int

    static func < (lhs: MarkColumn, rhs: MarkColumn) -> Bool {
        (lhs.display, lhs.scalar) < (rhs.display, rhs.scalar)
    }
}

/// What is drawn on one source line for one label.
struct LineMark: Equatable {
    enum Kind: Equatable {
        /// An underline of part of this line.
        case singleLine
        /// The first line of a multi-line span: `_____^` leading to its start.
        case multilineStart(depth: Int)
        /// The last line of a multi-line span: `|_____^` ending at its end.
        case multilineEnd(depth: Int)
        /// A line inside a multi-line span: only the vertical bar on the left.
        case multilineBody(depth: Int)
    }

    var start: MarkColumn
    var end: MarkColumn
    var isPrimary: Bool
    var label: String?
    var kind: Kind

    /// Empty label text counts as no label (it would only add a bare connector).
    var hasLabel: Bool { !(label ?? "").isEmpty }

    /// Start and end marks of multi-line spans need rows of their own for their horizontal lines.
    var takesSpace: Bool {
        switch kind {
        case .multilineStart, .multilineEnd: return true
        case .singleLine, .multilineBody: return false
        }
    }

    var isBody: Bool {
        if case .multilineBody = kind { return true }
        return false
    }

    var depth: Int? {
        switch kind {
        case .singleLine: return nil
        case .multilineStart(let depth), .multilineEnd(let depth), .multilineBody(let depth): return depth
        }
    }

    var displayLength: Int { abs(end.display - start.display) }

    /// Whether the screen columns of two marks overlap once `padding` columns
    /// are added after `self`.
    func overlaps(_ other: LineMark, padding: Int) -> Bool {
        (other.start.display..<max(other.start.display, other.end.display)).contains(start.display)
            || (start.display..<max(start.display, end.display + padding)).contains(other.start.display)
    }
}

/// A label whose span crosses lines, before it is split into per-line marks.
struct MultilineSpan: Equatable {
    /// Nesting level; 1 is the outermost bar, nearest the gutter.
    var depth = 1
    var firstLine: Int
    var lastLine: Int
    var start: MarkColumn
    var end: MarkColumn
    var isPrimary: Bool
    var label: String?
    /// Set when another label covers exactly the same range: only its end is drawn.
    var coincides = false

    func hasSameRange(as other: MultilineSpan) -> Bool {
        firstLine == other.firstLine && lastLine == other.lastLine && start == other.start && end == other.end
    }

    var startMark: LineMark {
        LineMark(start: start, end: MarkColumn(display: start.display + 1, scalar: start.scalar + 1),
                 isPrimary: isPrimary, label: nil, kind: .multilineStart(depth: depth))
    }

    var endMark: LineMark {
        LineMark(start: MarkColumn(display: max(0, end.display - 1), scalar: max(0, end.scalar - 1)), end: end,
                 isPrimary: isPrimary, label: label, kind: .multilineEnd(depth: depth))
    }

    var bodyMark: LineMark {
        LineMark(start: MarkColumn(display: 0, scalar: 0), end: MarkColumn(display: 0, scalar: 0),
                 isPrimary: isPrimary, label: nil, kind: .multilineBody(depth: depth))
    }
}

/// The source lines a snippet shows and the marks on each, computed from a
/// diagnostic's labels the way rustc lays them out.
struct SnippetMarks {
    struct MarkedLine {
        var number: Int
        var marks: [LineMark]
    }

    /// Shown lines in increasing order.
    private(set) var lines: [MarkedLine] = []
    /// How many multi-line bars are nested at most (0 when there are none).
    private(set) var maxDepth = 0

    init(labels: [Label], file: SourceFile, displayLine: (Int) -> DisplayLine) {
        var multilineSpans: [MultilineSpan] = []
        for label in labels {
            let startOffset = max(0, min(min(label.span.start, label.span.end), file.bytes.count))
            let endOffset = max(startOffset, min(max(label.span.start, label.span.end), file.bytes.count))
            let startLocation = file.diagnosticLocation(ofByte: startOffset)
            let endLocation = file.diagnosticLocation(ofByte: endOffset)
            let startLine = displayLine(startLocation.line)
            let endLine = displayLine(endLocation.line)
            let start = MarkColumn(display: startLine.columns(before: startLocation.column - 1), scalar: startLocation.column - 1)
            var end = MarkColumn(display: endLine.columns(before: endLocation.column - 1), scalar: endLocation.column - 1)
            // An empty span still gets one caret: rustc widens it by a column.
            if startLocation.line == endLocation.line && start.display == end.display {
                end.display += 1
            }
            let text = label.message.map(DisplayWidth.normalized)
            if startLocation.line == endLocation.line {
                add(LineMark(start: start, end: end, isPrimary: label.isPrimary, label: text, kind: .singleLine),
                    to: startLocation.line)
            } else {
                multilineSpans.append(MultilineSpan(firstLine: startLocation.line, lastLine: endLocation.line,
                                                    start: start, end: end, isPrimary: label.isPrimary, label: text))
            }
        }
        assignDepths(&multilineSpans)
        for span in multilineSpans {
            var endMark = span.endMark
            if span.coincides {
                endMark.kind = .singleLine
            } else {
                add(span.startMark, to: span.firstLine)
                for line in bodyLines(of: span, file: file) { add(span.bodyMark, to: line) }
            }
            add(endMark, to: span.lastLine)
        }
    }

    private mutating func add(_ mark: LineMark, to number: Int) {
        if let index = lines.firstIndex(where: { $0.number == number }) {
            lines[index].marks.append(mark)
        } else {
            let position = lines.firstIndex(where: { $0.number > number }) ?? lines.endIndex
            lines.insert(MarkedLine(number: number, marks: [mark]), at: position)
        }
    }

    /// Gives overlapping multi-line spans different depths, outer spans nearer
    /// the gutter so their bars cross as little as possible. This follows
    /// rustc's procedure step by step, including where it stops early, so that
    /// nested spans come out in the same columns.
    private mutating func assignDepths(_ spans: inout [MultilineSpan]) {
        // Stable sort: by first line, longer spans first.
        spans = spans.enumerated().sorted { lhs, rhs in
            if lhs.element.firstLine != rhs.element.firstLine { return lhs.element.firstLine < rhs.element.firstLine }
            if lhs.element.lastLine != rhs.element.lastLine { return lhs.element.lastLine > rhs.element.lastLine }
            return lhs.offset < rhs.offset
        }.map(\.element)
        let original = spans
        for span in original {
            for index in spans.indices {
                let other = spans[index]
                let linesOverlap = other.firstLine <= span.lastLine && span.firstLine <= other.lastLine
                if !span.hasSameRange(as: other) && linesOverlap {
                    spans[index].depth += 1
                } else if span.hasSameRange(as: other) && span != other {
                    spans[index].coincides = true
                } else {
                    break
                }
            }
        }
        maxDepth = spans.map(\.depth).max() ?? 0
        for index in spans.indices {
            spans[index].depth = maxDepth - spans[index].depth + 1
        }
    }

    /// The lines between the first and last line of a multi-line span that are
    /// shown with its bar: up to three after the first line (leaving out
    /// trailing blank, comment-only or lone-delimiter lines) and the line just
    /// before the last one. Other lines are elided by the caller.
    private func bodyLines(of span: MultilineSpan, file: SourceFile) -> [Int] {
        func isMeaningful(_ line: Int) -> Bool {
            let text = file.lineText(line).trimmingWhitespace
            let isPlainComment = text.hasPrefix("//") && !text.hasPrefix("///") && !text.hasPrefix("//!")
            return !isPlainComment && !["", "{", "}", "(", ")", "[", "]"].contains(text)
        }
        let middle = min(span.firstLine + 4, span.lastLine)
        // One past the last meaningful line among the first few.
        let until = (span.firstLine..<middle).reversed().first(where: isMeaningful).map { $0 + 1 } ?? span.firstLine
        var result = Array(span.firstLine + 1..<max(span.firstLine + 1, until))
        let lineBeforeLast = span.lastLine - 1
        if middle < lineBeforeLast && isMeaningful(lineBeforeLast) {
            result.append(lineBeforeLast)
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing whitespace (Unicode `White_Space`).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
