#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One thing to read, in the order the command line gave it.
enum Input: Equatable {
    case file(String)
    case standardInput
    /// An operand that could not be turned into files (a missing path, an
    /// unreadable directory). Reported when reached, like a file that fails to read.
    case unreadable(path: String, reason: String)

    /// The name diagnostics show for this input.
    var displayName: String {
        switch self {
        case let .file(path), let .unreadable(path, _): path
        case .standardInput: "<stdin>"
        }
    }
}

/// Turns command-line operands into inputs: a file stays itself, `-` is
/// standard input, a directory becomes every `.rs` file below it in byte
/// order of their paths (as `LC_ALL=C sort` orders them). Symbolic links to
/// files are followed; links to directories are not, so a link cycle cannot
/// make the walk endless.
enum InputFiles {
    static func expand(_ operands: [String]) -> [Input] {
        var inputs: [Input] = []
        for operand in operands {
            if operand == "-" {
                inputs.append(.standardInput)
            } else if isDirectory(operand) {
                inputs.append(contentsOf: files(below: operand, suffix: ".rs"))
            } else {
                // Files, and paths that do not exist: reading reports the reason.
                inputs.append(.file(operand))
            }
        }
        return inputs
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Every file named `*suffix` below `root` (`.rs`, or `.toml` for lint catalogs),
    /// walked with an explicit stack.
    static func files(below root: String, suffix: String) -> [Input] {
        var files: [String] = []
        var failures: [Input] = []
        var pending = [root]
        while let directory = pending.popLast() {
            guard let handle = opendir(directory) else {
                failures.append(.unreadable(path: directory, reason: systemErrorText(errno)))
                continue
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG:
                    if name.hasSuffix(suffix) { files.append(path) }
                case S_IFLNK:
                    if name.hasSuffix(suffix), stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                        files.append(path)
                    }
                default:
                    break
                }
            }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map(Input.file) + failures
    }
}

/// The operating system's text for an `errno` value, e.g. "No such file or directory".
func systemErrorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}
