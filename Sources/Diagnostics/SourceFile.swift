/// A source text held as UTF-8 bytes, with the line map that turns byte
/// offsets into the 1-based line and column numbers rustc prints.
///
/// Columns count Unicode scalar values from the start of the line, as rustc
/// does (a tab is one column, `é` is one column). A leading byte-order mark is
/// not part of line 1 (rustc strips it before lexing).
public final class SourceFile: @unchecked Sendable {
    /// The path shown in diagnostics (`--> path:line:col`).
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; `lineStarts[0]` is 0 (or 3 after a BOM).
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 1)
        let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts.append(bomLength)
        bytes.withUnsafeBufferPointer { buffer in
            var index = bomLength
            while index < buffer.count {
                if buffer[index] == 0x0A { starts.append(index + 1) }
                index += 1
            }
        }
        self.lineStarts = starts
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line holding `offset` (an offset equal to the file length is on the last line).
    public func line(ofByte offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// 1-based line and column of a byte offset, columns counted in Unicode scalars.
    public func location(ofByte offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(ofByte: clamped)
        let start = lineStarts[line - 1]
        var column = 1
        var index = start
        while index < clamped {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// Line and column of a byte offset as rustc reports them in diagnostics.
    /// The same as `location(ofByte:)` except at the very end of a file that
    /// ends with a line break: rustc has no empty line after that break, so the
    /// end of file is on the last line of text, one column past its line break
    /// (e.g. `3:20` after an 18-character line 3).
    public func diagnosticLocation(ofByte offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        guard clamped == bytes.count, lineStarts.count > 1, lineStarts[lineStarts.count - 1] == bytes.count else {
            return location(ofByte: clamped)
        }
        let line = lineStarts.count - 1
        // Count scalars as `location(ofByte:)` does; the line break is one more column.
        let scalars = bytes[lineRange(line)].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        return SourceLocation(line: line, column: scalars + 2)
    }

    /// Byte range of a 1-based line, without its line terminator (`\n` or `\r\n`).
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D, end < bytes.count, bytes[end] == 0x0A { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a 1-based line, without its terminator; invalid UTF-8 shows as U+FFFD.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The text of a byte range; invalid UTF-8 shows as U+FFFD.
    public func text(_ span: Span) -> String {
        let start = max(0, min(span.start, bytes.count))
        let end = max(start, min(span.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
}
