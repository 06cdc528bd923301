/// One source line prepared for display: its scalars and the screen columns
/// they take (see `DisplayWidth`).
struct DisplayLine {
    /// The scalars kept for display: the whole line, or for a very long line a
    /// window around the columns a diagnostic points at.
    let scalars: [Unicode.Scalar]
    /// Scalars of the line before `scalars` (0 unless windowed). Outside the
    /// window each scalar is counted as one column: those columns are never
    /// shown, only used to place what is.
    let firstScalar: Int
    /// Scalars of the line after `scalars` (0 unless windowed).
    let trailingScalars: Int
    /// `prefixColumns[i]` is the width of the first `i` kept scalars.
    private let prefixColumns: [Int]
    /// Index (in the whole line) of the first scalar that is not whitespace; nil for a blank line.
    let firstCodeIndex: Int?

    /// Lines longer than this many bytes are windowed.
    static let windowThreshold = 8192
    /// Scalars kept on each side of the focus columns of a windowed line:
    /// more than the widest snippet rustc shows (140 columns).
    static let windowMargin = 512

    init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars), firstScalar: 0, trailingScalars: 0, firstCodeIndex: nil)
    }

    private init(scalars: [Unicode.Scalar], firstScalar: Int, trailingScalars: Int, firstCodeIndex: Int?) {
        self.scalars = scalars
        self.firstScalar = firstScalar
        self.trailingScalars = trailingScalars
        var prefix = [0]
        prefix.reserveCapacity(scalars.count + 1)
        var total = 0
        for scalar in scalars {
            total += DisplayWidth.columns(of: scalar)
            prefix.append(total)
        }
        prefixColumns = prefix
        if firstScalar == 0 {
            self.firstCodeIndex = scalars.firstIndex { !DisplayLine.isRustWhitespace($0) }
        } else {
            self.firstCodeIndex = firstCodeIndex
        }
    }

    /// A line of `file`, windowed around `focus` (0-based scalar columns) when it is very long,
    /// so that drawing a snippet costs the same on a 10 MB line as on a short one.
    static func make(file: SourceFile, line: Int, focus: [Int]) -> DisplayLine {
        let range = file.lineRange(line)
        guard range.count > windowThreshold else { return DisplayLine(file.lineText(line)) }
        let low = max(0, (focus.min() ?? 0) - windowMargin)
        let high = (focus.max() ?? 0) + windowMargin
        // Checkpointed lookups: the cost does not grow with the line.
        let total = file.scalarCount(inLine: line)
        let windowStart = file.byteOffset(ofScalar: low, inLine: line)
        let windowEnd = file.byteOffset(ofScalar: high, inLine: line)
        var firstCode: Int?
        var scalarIndex = 0
        var index = range.lowerBound
        let bytes = file.bytes
        while index < range.upperBound {
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 {
                if !(byte == 0x20 || (0x09...0x0D).contains(byte)) {
                    firstCode = scalarIndex
                    break
                }
                scalarIndex += 1
            }
            index += 1
        }
        let kept = Array(String(decoding: bytes[min(windowStart, windowEnd)..<windowEnd], as: UTF8.self).unicodeScalars)
        let first = min(low, total)
        return DisplayLine(scalars: kept, firstScalar: first, trailingScalars: max(0, total - first - kept.count),
                           firstCodeIndex: firstCode)
    }

    /// Screen columns taken by the whole line.
    var width: Int { columns(before: firstScalar + scalars.count + trailingScalars) }

    /// Screen columns taken by the scalars before `index` (an index into the whole line, clamped).
    func columns(before index: Int) -> Int {
        let clamped = max(0, min(index, firstScalar + scalars.count + trailingScalars))
        if clamped <= firstScalar { return clamped }
        let inside = clamped - firstScalar
        if inside <= scalars.count { return firstScalar + prefixColumns[inside] }
        return firstScalar + prefixColumns[scalars.count] + (inside - scalars.count)
    }

    /// Screen columns taken by `count` scalars starting at `start` (clamped to the line).
    func columns(from start: Int, count: Int) -> Int {
        columns(before: start + max(0, count)) - columns(before: start)
    }

    /// Whether everything before scalar `index` is whitespace.
    func isBlank(before index: Int) -> Bool {
        guard let firstCodeIndex else { return true }
        return index <= firstCodeIndex
    }

    /// The line as printed, piece by piece with the columns each takes: a
    /// tab is four one-column spaces (so a cut can fall inside it), control
    /// characters are made visible. A windowed line starts with one empty
    /// piece as wide as the columns before the window.
    var glyphs: [(text: String, width: Int)] {
        var glyphs: [(text: String, width: Int)] = []
        glyphs.reserveCapacity(scalars.count + 1)
        if firstScalar > 0 { glyphs.append(("", firstScalar)) }
        for scalar in scalars {
            if scalar == "\t" {
                glyphs += Array(repeating: (" ", 1), count: 4)
            } else {
                glyphs.append((DisplayWidth.replacement(for: scalar) ?? String(scalar), DisplayWidth.columns(of: scalar)))
            }
        }
        return glyphs
    }

    /// Whitespace as Rust defines it (Pattern_White_Space).
    static func isRustWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x200E, 0x200F, 0x2028, 0x2029: return true
        default: return false
        }
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
