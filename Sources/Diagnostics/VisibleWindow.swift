/// Which part of long or deeply indented lines a snippet shows. rustc cuts
/// the start of lines when all of them share more than about 26 columns of
/// indentation, and cuts both sides of lines too wide for its 140-column
/// window, keeping the marks and labels in view; the cuts are shown as `...`.
///
/// All positions are screen columns (a tab is four). The arithmetic is
/// rustc's, so that the same lines are cut at the same places.
struct VisibleWindow {
    /// rustc's width when it does not write to a terminal, before subtracting
    /// the columns left of the code.
    static let defaultWidth = 140

    /// Room kept around the marks for the `...` placeholders.
    private static let padding = 6

    private let columnWidth: Int
    /// First and past-the-end columns of the window.
    private var start = 0
    private var end = 0

    /// - Parameters:
    ///   - leadingWhitespace: the smallest indentation of the shown lines that are not blank.
    ///   - spanLeft, spanRight: the leftmost and rightmost column of any mark.
    ///   - labelRight: the rightmost column reached by a mark and its inline label
    ///     (rustc counts the label's bytes).
    ///   - longestLine: the width of the longest shown line.
    ///   - columnWidth: how many columns are available for code.
    init(leadingWhitespace: Int, spanLeft: Int, spanRight: Int, labelRight: Int, longestLine: Int, columnWidth: Int) {
        let width = max(0, columnWidth)
        self.columnWidth = width
        let whitespaceLeft = max(0, leadingWhitespace - Self.padding)
        let paddedSpanLeft = max(0, spanLeft - Self.padding)
        let spanRight = spanRight + Self.padding
        let labelRight = labelRight + Self.padding

        // Lots of indentation is useless: drop most of it.
        start = whitespaceLeft > 20 ? whitespaceLeft - 16 : 0
        end = max(longestLine, start)
        guard end - start > width else { return }
        // rustc subtracts unsigned numbers here; a negative difference wraps
        // around to a huge number, which never fits.
        func fits(_ from: Int, _ to: Int) -> Bool { to >= from && to - from <= width }
        if fits(whitespaceLeft, labelRight) {
            // Cutting the indentation is enough.
            start = whitespaceLeft
            end = start + width
        } else if fits(paddedSpanLeft, labelRight) {
            // Center the marks and their labels.
            let margin = (width - (labelRight - paddedSpanLeft)) / 2
            start = max(0, paddedSpanLeft - margin)
            end = start + width
        } else if fits(paddedSpanLeft, spanRight) {
            // Keep the marks in view, labels may run past the window.
            let margin = (width - (spanRight - paddedSpanLeft)) / 5 * 2
            start = max(0, paddedSpanLeft - margin)
            end = start + width
        } else {
            start = paddedSpanLeft
            end = spanRight
        }
    }

    var isCutLeft: Bool { start > 0 }

    /// First column shown of a line `lineWidth` columns wide.
    func firstColumn(lineWidth: Int) -> Int { min(start, lineWidth) }

    /// The column where a line `lineWidth` columns wide stops being shown.
    func endColumn(lineWidth: Int) -> Int {
        lineWidth - min(lineWidth, start) <= columnWidth ? lineWidth : min(lineWidth, end)
    }

    func isCutRight(lineWidth: Int) -> Bool {
        end < lineWidth && start + columnWidth < lineWidth
    }
}
