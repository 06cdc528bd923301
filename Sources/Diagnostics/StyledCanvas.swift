/// The role of a piece of rendered text; each role has rustc's terminal style.
enum TextRole: Equatable {
    case plain
    /// The level word (`error`, `warning[E0001]`, `note`).
    case level(Level)
    /// Bold text: the top diagnostic's message and the level word in `= note:`.
    case emphasis
    /// Line numbers, the gutter bar, `-->`, `...` and `= `.
    case lineNumber
    case primaryUnderline
    case primaryLabel
    case secondaryUnderline
    case secondaryLabel

    /// The ANSI escape that starts this role, or `nil` for unstyled text.
    /// Primary marks take the colour of the level of the section they are in.
    func escape(sectionLevel: Level) -> String? {
        switch self {
        case .plain: return nil
        case .emphasis: return "\u{1B}[1m"
        case .lineNumber, .secondaryUnderline, .secondaryLabel: return "\u{1B}[1m\u{1B}[94m"
        case .level(let level): return "\u{1B}[1m" + Self.colour(of: level)
        case .primaryUnderline, .primaryLabel: return "\u{1B}[1m" + Self.colour(of: sectionLevel)
        }
    }

    private static func colour(of level: Level) -> String {
        switch level {
        case .error: return "\u{1B}[91m"  // bright red
        case .warning: return "\u{1B}[33m"  // yellow
        case .note: return "\u{1B}[92m"  // bright green
        case .help: return "\u{1B}[96m"  // bright cyan
        }
    }
}

/// A grid of characters, each with a role, that the human renderer draws on
/// out of order (underlines, then connectors, then labels) before printing it
/// row by row. A cell holds one Unicode scalar, like rustc's buffer; positions
/// past the end of a row are filled with plain spaces.
struct StyledCanvas {
    private struct Cell {
        var scalar: Unicode.Scalar
        var role: TextRole
    }

    private var rows: [[Cell]] = []

    var rowCount: Int { rows.count }

    mutating func put(_ scalar: Unicode.Scalar, row: Int, column: Int, role: TextRole) {
        guard row >= 0, column >= 0 else { return }
        while rows.count <= row { rows.append([]) }
        while rows[row].count <= column { rows[row].append(Cell(scalar: " ", role: .plain)) }
        rows[row][column] = Cell(scalar: scalar, role: role)
    }

    /// Writes `text` one scalar per cell starting at `column`.
    mutating func write(_ text: String, row: Int, column: Int, role: TextRole) {
        var position = column
        for scalar in text.unicodeScalars {
            put(scalar, row: row, column: position, role: role)
            position += 1
        }
    }

    /// Writes `text` after the last cell of `row`.
    mutating func append(_ text: String, row: Int, role: TextRole) {
        let column = row >= 0 && row < rows.count ? rows[row].count : 0
        write(text, row: row, column: column, role: role)
    }

    /// Repeats one character over `columns` on a row.
    mutating func fill(_ scalar: Unicode.Scalar, row: Int, columns: Range<Int>, role: TextRole) {
        for column in columns { put(scalar, row: row, column: column, role: role) }
    }

    /// Every row followed by a newline. With colours, each run of cells that
    /// share a role is wrapped in its escape and a reset, as rustc does.
    func rendered(colors: Bool, sectionLevel: Level) -> String {
        var output = ""
        for row in rows {
            var index = row.startIndex
            while index < row.endIndex {
                let role = row[index].role
                var runEnd = index
                var run = String.UnicodeScalarView()
                while runEnd < row.endIndex, row[runEnd].role == role {
                    run.append(row[runEnd].scalar)
                    runEnd += 1
                }
                if colors, let escape = role.escape(sectionLevel: sectionLevel) {
                    output += escape + String(run) + "\u{1B}[0m"
                } else {
                    output += String(run)
                }
                index = runEnd
            }
            output += "\n"
        }
        return output
    }
}
