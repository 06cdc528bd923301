/// Turns byte offsets into 1-based lines and columns (columns in Unicode scalars).
///
/// The parser asks about offsets in increasing order, so the map keeps a
/// cursor and counts forward from it: all the lookups of one parse cost one
/// pass over the text, however long its lines. An offset behind the cursor
/// (rare: only some error spans) is found from the line starts instead.
struct SourceMap {
    private let bytes: [UInt8]
    /// Offset of the first byte of each line; the first is 3 after a byte-order mark.
    private let lineStarts: [Int]
    private var cursorOffset: Int
    /// 0-based index into `lineStarts` of the line holding `cursorOffset`.
    private var cursorLine: Int
    /// Scalars between the start of the cursor's line and the cursor.
    private var cursorColumn: Int

    init(bytes: [UInt8], contentStart: Int, lineStarts: [Int]) {
        self.bytes = bytes
        self.lineStarts = lineStarts
        cursorOffset = contentStart
        cursorLine = 0
        cursorColumn = 0
    }

    mutating func location(of offset: Int) -> (line: Int, column: Int) {
        let firstLineStart = lineStarts.first ?? 0
        let target = max(firstLineStart, min(offset, bytes.count))
        if target < cursorOffset {
            moveCursor(toLineOf: target)
        }
        while cursorOffset < target {
            let byte = bytes[cursorOffset]
            cursorOffset += 1
            if byte == Byte.lineFeed {
                cursorLine += 1
                cursorColumn = 0
            } else if byte & 0xC0 != 0x80 {
                // Every byte but a UTF-8 continuation byte starts a scalar.
                cursorColumn += 1
            }
        }
        return (cursorLine + 1, cursorColumn + 1)
    }

    /// Puts the cursor at the start of the line holding `offset`.
    private mutating func moveCursor(toLineOf offset: Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        cursorLine = low
        cursorOffset = lineStarts[low]
        cursorColumn = 0
    }
}

/// Checks that `bytes` is UTF-8 as the Unicode standard defines it (no
/// overlong forms, no surrogates, nothing past U+10FFFF) and collects the line starts.
///
/// Returns the offset of the first byte of the first ill-formed sequence, or nil.
func validateUTF8(_ bytes: [UInt8], from start: Int, lineStarts: inout [Int]) -> Int? {
    var index = start
    let count = bytes.count
    while index < count {
        let lead = bytes[index]
        if lead < 0x80 {
            if lead == Byte.lineFeed { lineStarts.append(index + 1) }
            index += 1
            continue
        }
        // The allowed range of the second byte depends on the lead byte;
        // later continuation bytes are always 0x80...0xBF.
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default: return index
        }
        guard index + length <= count else { return index }
        let second = bytes[index + 1]
        guard second >= secondLow && second <= secondHigh else { return index }
        var next = index + 2
        while next < index + length {
            guard bytes[next] & 0xC0 == 0x80 else { return index }
            next += 1
        }
        index += length
    }
    return nil
}
