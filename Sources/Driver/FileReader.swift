#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files into memory with plain system calls, so a failure comes
/// with the operating system's reason (Foundation's readers drop it).
enum FileReader {
    struct Failure: Error {
        let reason: String
    }

    static func read(_ input: Input) -> Result<[UInt8], Failure> {
        switch input {
        case let .file(path):
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return .failure(Failure(reason: systemErrorText(errno))) }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return .failure(Failure(reason: systemErrorText(errno))) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                return .failure(Failure(reason: systemErrorText(EISDIR)))
            }
            return readAll(descriptor, sizeHint: Int(info.st_size))
        case .standardInput:
            return readAll(0, sizeHint: 0)
        case let .unreadable(_, reason):
            return .failure(Failure(reason: reason))
        }
    }

    /// Reads until end of file, in chunks: the size hint only reserves
    /// memory, since pipes report no size and files can change while read.
    private static func readAll(_ descriptor: Int32, sizeHint: Int) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sizeHint + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress, buffer.count)
            }
            if got > 0 {
                bytes.append(contentsOf: chunk[0..<got])
            } else if got == 0 {
                return .success(bytes)
            } else if errno != EINTR {
                return .failure(Failure(reason: systemErrorText(errno)))
            }
        }
    }
}

/// `read(2)` under a name that does not clash with `FileReader.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
