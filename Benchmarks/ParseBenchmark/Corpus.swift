import Diagnostics
import Foundation

/// The files to parse, read into memory before any timing starts.
struct Corpus {
    var files: [SourceFile] = []
    var bytes = 0
    var unreadable: [String] = []

    /// `paths` are directories (every `.rs` file below), `.rs` files, or
    /// text files listing one path per line.
    static func load(_ paths: [String]) -> Corpus {
        var corpus = Corpus()
        for path in expand(paths) {
            guard let bytes = readFile(path) else {
                corpus.unreadable.append(path)
                continue
            }
            corpus.bytes += bytes.count
            corpus.files.append(SourceFile(path: path, bytes: bytes))
        }
        return corpus
    }

    private static func expand(_ paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            if isDirectory(path) {
                files += rustFiles(below: path)
            } else if path.hasSuffix(".rs") {
                files.append(path)
            } else if let list = readFile(path) {
                files += String(decoding: list, as: UTF8.self).split(whereSeparator: \.isNewline)
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            } else {
                fail("cannot read \(path)")
            }
        }
        return files
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    /// Every `.rs` file below a directory, in byte order of their paths.
    private static func rustFiles(below root: String) -> [String] {
        let relative = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return relative.filter { $0.hasSuffix(".rs") }.map { root + "/" + $0 }.sorted()
    }
}
