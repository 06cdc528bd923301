/// Draws the source lines of one snippet and the marks under them, in rustc's
/// layout (here rustc's own output for a secondary multi-line span with labels):
///
///     2 |       let x = if c {
///       |  _____________-
///     3 | |         1
///       | |         - expected because of this
///     4 | |     } else {
///     5 | |         "a"
///       | |         ^^^ expected integer, found `&str`
///     6 | |     };
///       | |_____- `if` and `else` have incompatible types
///
/// Columns: the gutter bar sits at `gutterWidth + 1`; the bars of multi-line
/// spans start two columns later (`depthColumn + depth - 1`); code starts
/// after the deepest bar and one space.
struct SnippetPainter {
    private let marks: SnippetMarks
    private let gutterWidth: Int
    private let displayLine: (Int) -> DisplayLine
    private let window: VisibleWindow

    init(marks: SnippetMarks, gutterWidth: Int, displayLine: @escaping (Int) -> DisplayLine) {
        self.marks = marks
        self.gutterWidth = gutterWidth
        self.displayLine = displayLine

        var leadingWhitespace = Int.max
        var longestLine = 0
        var spanLeft = Int.max
        var spanRight = 0
        var labelRight = 0
        for line in marks.lines {
            let text = displayLine(line.number)
            if let firstCode = text.firstCodeIndex {
                leadingWhitespace = min(leadingWhitespace, text.columns(before: firstCode))
            }
            longestLine = max(longestLine, text.width)
            for mark in line.marks {
                spanLeft = min(spanLeft, mark.start.display, mark.end.display)
                spanRight = max(spanRight, mark.start.display, mark.end.display)
                labelRight = max(labelRight, mark.end.display + (mark.label.map { $0.utf8.count + 1 } ?? 0))
            }
        }
        window = VisibleWindow(leadingWhitespace: leadingWhitespace == Int.max ? 0 : leadingWhitespace,
                               spanLeft: spanLeft == Int.max ? 0 : spanLeft, spanRight: spanRight,
                               labelRight: labelRight, longestLine: longestLine,
                               columnWidth: VisibleWindow.defaultWidth - Self.codeColumn(gutterWidth: gutterWidth, maxDepth: marks.maxDepth))
    }

    private var barColumn: Int { gutterWidth + 1 }
    private var depthColumn: Int { gutterWidth + 3 }
    private var codeColumn: Int { Self.codeColumn(gutterWidth: gutterWidth, maxDepth: marks.maxDepth) }

    private static func codeColumn(gutterWidth: Int, maxDepth: Int) -> Int {
        maxDepth == 0 ? gutterWidth + 3 : gutterWidth + 3 + maxDepth + 1
    }

    /// Multi-line spans whose bars run down the left side, by depth and role.
    private typealias OpenBars = [(depth: Int, role: TextRole)]

    func paint(on canvas: inout StyledCanvas) {
        var openBars: OpenBars = []
        let lines = marks.lines
        for (index, line) in lines.enumerated() {
            let firstRow = canvas.rowCount
            let endpoints = paintLine(line, on: &canvas)
            // Spans ending here stop being open; spans starting here open after this line.
            var opened: OpenBars = []
            for endpoint in endpoints {
                if let open = openBars.firstIndex(where: { $0.depth == endpoint.depth }) {
                    openBars.remove(at: open)
                } else {
                    opened.append(endpoint)
                }
            }
            for bar in openBars {
                for row in firstRow..<canvas.rowCount { paintBar(bar, row: row, on: &canvas) }
            }
            if index + 1 < lines.count {
                let gap = lines[index + 1].number - line.number
                guard gap >= 2 else {
                    openBars += opened
                    continue
                }
                let row = canvas.rowCount
                if gap == 2 {
                    // A single hidden line costs as much as `...`: show it.
                    paintSourceRow(line.number + 1, row: row, on: &canvas)
                } else {
                    canvas.write("...", row: row, column: 0, role: .lineNumber)
                }
                for bar in openBars { paintBar(bar, row: row, on: &canvas) }
                for mark in line.marks {
                    if case .multilineStart(let depth) = mark.kind {
                        paintBar((depth, mark.underlineRole), row: row, on: &canvas)
                    }
                }
            }
            openBars += opened
        }
    }

    private func paintBar(_ bar: (depth: Int, role: TextRole), row: Int, on canvas: inout StyledCanvas) {
        canvas.put("|", row: row, column: depthColumn + bar.depth - 1, role: bar.role)
    }

    private func paintSourceRow(_ number: Int, row: Int, on canvas: inout StyledCanvas) {
        let text = displayLine(number)
        let left = window.firstColumn(lineWidth: text.width)
        let room = window.endColumn(lineWidth: text.width) - left
        // The glyphs from screen column `left` on that fit in the window.
        var shown = ""
        var shownColumns = 0
        var column = 0
        for glyph in text.glyphs {
            defer { column += glyph.width }
            if column < left { continue }
            if shownColumns + glyph.width > room { break }
            shown += glyph.text
            shownColumns += glyph.width
        }
        canvas.write(shown, row: row, column: codeColumn, role: .plain)
        if window.isCutLeft {
            canvas.write("...", row: row, column: codeColumn, role: .lineNumber)
        }
        if window.isCutRight(lineWidth: text.width) {
            canvas.write("...", row: row, column: codeColumn + shownColumns - 3, role: .lineNumber)
        }
        let digits = String(number)
        canvas.write(String(repeating: " ", count: max(0, gutterWidth - digits.count)) + digits,
                     row: row, column: 0, role: .lineNumber)
        canvas.put("|", row: row, column: barColumn, role: .lineNumber)
    }

    /// Draws one source line and the rows of marks under it. Returns the
    /// depths of the multi-line spans that start or end on this line.
    private func paintLine(_ line: SnippetMarks.MarkedLine, on canvas: inout StyledCanvas) -> OpenBars {
        let sourceRow = canvas.rowCount
        let text = displayLine(line.number)
        paintSourceRow(line.number, row: sourceRow, on: &canvas)
        let left = window.firstColumn(lineWidth: text.width)
        /// Screen column, within the shown part of the line, where scalar `index` starts.
        func shownColumn(_ index: Int) -> Int { max(0, text.columns(before: index) - left) }

        if let starts = shortStarts(line, text: text) {
            // Spans that start at the first code on the line are marked with `/`
            // next to it instead of an underline row.
            for start in starts {
                canvas.put("/", row: sourceRow, column: depthColumn + start.depth - 1, role: start.role)
            }
            return starts
        }

        var (placed, extraRows) = placeMarks(line.marks)
        // Several spans starting on one line: reverse their rows so the bars do not cross.
        if placed.allSatisfy({ if case .multilineStart = $0.mark.kind { true } else { false } }),
           let lowest = placed.map(\.row).max() {
            placed = placed.map { (row: lowest - $0.row, mark: $0.mark) }
            extraRows = max(0, extraRows - 1)
        }

        for offset in 0...extraRows {
            canvas.put("|", row: sourceRow + offset + 1, column: barColumn, role: .lineNumber)
        }

        // Horizontal lines leading from the left bars to multi-line starts and ends.
        for (row, mark) in placed {
            guard let depth = mark.depth, mark.takesSpace else { continue }
            let end = codeColumn + shownColumn(mark.start.scalar)
            let start = depthColumn + depth
            if end > start {
                canvas.fill("_", row: sourceRow + row + 1, columns: start..<end, role: mark.underlineRole)
            }
        }

        // Vertical connectors: to hanging labels, and the left bars of multi-line spans.
        for (row, mark) in placed {
            let role = mark.underlineRole
            let markRow = row + 1
            let column = codeColumn + shownColumn(mark.start.scalar)
            if markRow > 1 && (mark.hasLabel || mark.takesSpace) {
                for connectorRow in sourceRow + 1...sourceRow + markRow {
                    canvas.put("|", row: connectorRow, column: column, role: role)
                }
            }
            switch mark.kind {
            case .multilineStart(let depth):
                let barColumn = depthColumn + depth - 1
                // rustc paints this corner as a styled space.
                canvas.put(" ", row: sourceRow + markRow, column: barColumn, role: role)
                for barRow in stride(from: sourceRow + markRow + 1, to: sourceRow + extraRows + 2, by: 1) {
                    canvas.put("|", row: barRow, column: barColumn, role: role)
                }
            case .multilineEnd(let depth):
                for barRow in sourceRow...sourceRow + markRow {
                    canvas.put("|", row: barRow, column: depthColumn + depth - 1, role: role)
                }
            case .singleLine, .multilineBody:
                break
            }
        }

        // Label text: after the underline on the first row, or below its connector.
        for (row, mark) in placed {
            guard let label = mark.label else { continue }
            let labelRow: Int
            let labelColumn: Int
            if row == 0 {
                let isEmpty = mark.end.scalar == mark.start.scalar
                labelRow = 1
                labelColumn = shownColumn(mark.end.scalar) + (isEmpty ? 2 : 1)
            } else {
                labelRow = row + 2
                labelColumn = shownColumn(mark.start.scalar)
            }
            canvas.write(label, row: sourceRow + labelRow, column: codeColumn + labelColumn,
                         role: mark.isPrimary ? .primaryLabel : .secondaryLabel)
        }

        // Underlines last, longest first, so shorter and primary ones stay visible on top.
        let byLength = placed.enumerated().sorted { lhs, rhs in
            let left = lhs.element.mark
            let right = rhs.element.mark
            if left.displayLength != right.displayLength { return left.displayLength > right.displayLength }
            if left.isPrimary != right.isPrimary { return !left.isPrimary }
            return lhs.offset < rhs.offset
        }.map(\.element.mark)
        for mark in byLength {
            let column = codeColumn + shownColumn(mark.start.scalar)
            var width = text.columns(from: mark.start.scalar, count: mark.end.scalar - mark.start.scalar)
            if width == 0 && mark.kind == .singleLine { width = 1 }
            canvas.fill(mark.isPrimary ? "^" : "-", row: sourceRow + 1, columns: column..<column + width,
                        role: mark.underlineRole)
        }

        return placed.compactMap { _, mark in
            guard let depth = mark.depth, mark.takesSpace else { return nil }
            return (depth, mark.underlineRole)
        }
    }

    /// When a line holds only multi-line starts preceded by nothing but
    /// whitespace (and bars of spans passing through), their depths and roles.
    private func shortStarts(_ line: SnippetMarks.MarkedLine, text: DisplayLine) -> OpenBars? {
        var starts: OpenBars = []
        for mark in line.marks {
            switch mark.kind {
            case .multilineStart(let depth):
                guard text.isBlank(before: max(0, mark.start.scalar)) else { return nil }
                starts.append((depth, mark.underlineRole))
            case .multilineBody:
                continue
            case .singleLine, .multilineEnd:
                return nil
            }
        }
        return starts
    }

    /// Chooses the row under the source line for each mark's label (0 = on the
    /// underline row itself), right to left, moving a label down whenever it
    /// would collide with a mark or label further left. Returns the marks with
    /// their rows and how many rows below the underline row are used.
    private func placeMarks(_ lineMarks: [LineMark]) -> (placed: [(row: Int, mark: LineMark)], extraRows: Int) {
        // Rightmost first; marks starting at the same column keep their order.
        let marks = lineMarks.enumerated().sorted { lhs, rhs in
            if lhs.element.start != rhs.element.start { return lhs.element.start > rhs.element.start }
            return lhs.offset < rhs.offset
        }.map(\.element)

        var placed: [(row: Int, mark: LineMark)] = []
        var row = 0
        var extraRows = 0
        for (index, mark) in marks.enumerated() {
            let later = marks[(index + 1)...]
            // A labelled mark overlapping a mark further left cannot keep its label on the underline row.
            if row == 0 && mark.hasLabel {
                for next in later where next.overlaps(mark, padding: 0) {
                    // An unlabelled mark on exactly the same columns merges with this one.
                    if next.start == mark.start && next.end == mark.end && !next.hasLabel { continue }
                    row += 1
                    break
                }
            }
            placed.append((row, mark))
            for next in later {
                let padding = next.label.map { $0.utf8.count + 2 } ?? 0
                let overlapsWithLabel = next.overlaps(mark, padding: padding)
                if (overlapsWithLabel && mark.hasLabel && next.hasLabel)
                    || (mark.takesSpace && next.hasLabel)
                    || (mark.hasLabel && next.takesSpace)
                    || (mark.takesSpace && next.takesSpace)
                    || (overlapsWithLabel && next.end <= mark.end && next.hasLabel && row == 0) {
                    row += 1
                    break
                }
            }
            extraRows = max(extraRows, row)
        }
        if extraRows != 0 { extraRows += 1 }
        return (placed, extraRows)
    }
}

extension LineMark {
    var underlineRole: TextRole { isPrimary ? .primaryUnderline : .secondaryUnderline }
}
