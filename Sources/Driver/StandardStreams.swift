#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor. The driver writes through raw file
/// descriptors rather than stdio's `stdout`/`stderr` globals, which Swift 6
/// treats as shared mutable state; buffering keeps a corpus-sized `--dump`
/// from costing a system call per line.
final class FileOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let limit: Int

    init(descriptor: Int32, bufferSize: Int) {
        self.descriptor = descriptor
        self.limit = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        var offset = 0
        buffer.withUnsafeBytes { bytes in
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    // The reader went away (a closed pipe); nothing useful is left to do.
                    break
                }
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether the descriptor is a terminal (decides colour).
    var isTerminal: Bool { isatty(descriptor) != 0 }
}

/// The program's standard output and standard error.
final class StandardStreams {
    let out = FileOutput(descriptor: 1, bufferSize: 1 << 16)
    // Diagnostics are flushed after each file (see `ParseCommand`), so a small
    // buffer is enough and messages still appear as they are found.
    let error = FileOutput(descriptor: 2, bufferSize: 1 << 12)

    func flush() {
        out.flush()
        error.flush()
    }
}

/// `write(2)` under a name that does not clash with `FileOutput.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
