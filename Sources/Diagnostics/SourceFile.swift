import Synchronization

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
        return SourceLocation(line: line, column: scalarIndex(ofByte: clamped, inLine: line) + 1)
    }

    // MARK: - Scalar columns on long lines

    /// Bytes per checkpoint on a long line.
    private static let checkpointStride = 4096
    /// For each long line that was asked about: the number of scalars before
    /// every `checkpointStride`-th byte of it. Built on first use, so column
    /// lookups on a 10 MB line cost a few kilobytes of counting, not the line.
    private let checkpoints = Mutex<[Int: [Int]]>([:])

    /// Scalars between the start of `line` and `offset` (a byte offset on that line).
    func scalarIndex(ofByte offset: Int, inLine line: Int) -> Int {
        let start = lineStarts[max(0, min(line, lineStarts.count) - 1)]
        let clamped = max(start, min(offset, bytes.count))
        var count = 0
        var index = start
        if clamped - start > 2 * SourceFile.checkpointStride {
            let marks = lineCheckpoints(line)
            let block = min((clamped - start) / SourceFile.checkpointStride, marks.count - 1)
            count = marks[block]
            index = start + block * SourceFile.checkpointStride
        }
        while index < clamped {
            // Count scalar starts: every byte that is not a UTF-8 continuation byte.
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Byte offset of the scalar at `scalarIndex` on `line` (the line end when past it).
    func byteOffset(ofScalar scalarIndex: Int, inLine line: Int) -> Int {
        let range = lineRange(line)
        var index = range.lowerBound
        var count = 0
        if range.count > 2 * SourceFile.checkpointStride {
            let marks = lineCheckpoints(line)
            // The last checkpoint at or before the scalar.
            var block = 0
            var low = 0
            var high = marks.count - 1
            while low <= high {
                let middle = (low + high) / 2
                if marks[middle] <= scalarIndex { block = middle; low = middle + 1 } else { high = middle - 1 }
            }
            // A checkpoint may fall inside a scalar; its continuation bytes are
            // not scalar starts, so counting on from there stays right.
            index = range.lowerBound + block * SourceFile.checkpointStride
            count = marks[block]
        }
        while index < range.upperBound {
            if bytes[index] & 0xC0 != 0x80 {
                if count == scalarIndex { return index }
                count += 1
            }
            index += 1
        }
        return range.upperBound
    }

    /// Scalars on `line` (without its terminator).
    func scalarCount(inLine line: Int) -> Int {
        scalarIndex(ofByte: lineRange(line).upperBound, inLine: line)
    }

    private func lineCheckpoints(_ line: Int) -> [Int] {
        if let known = checkpoints.withLock({ $0[line] }) { return known }
        let start = lineStarts[max(0, min(line, lineStarts.count) - 1)]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var marks: [Int] = [0]
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
            if (index - start) % SourceFile.checkpointStride == 0 { marks.append(count) }
        }
        checkpoints.withLock { $0[line] = marks }
        return marks
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
        return SourceLocation(line: line, column: scalarCount(inLine: line) + 2)
    }

    /// The byte offset of a 1-based line and column (columns in Unicode scalars,
    /// as rustc counts them), or nil when the file has no such place.
    public func byteOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let range = lineRange(line)
        var offset = range.lowerBound
        var remaining = column - 1
        while remaining > 0 {
            guard offset < range.upperBound else { return nil }
            // Step over one scalar: a lead byte and its continuation bytes.
            offset += 1
            while offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
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
