import Foundation
import Testing

/// `Tests/LegitCorpus`: ordinary bodies that must lint clean, build and
/// return what their header says. They keep the lints from refusing what
/// real functions do.
@Suite("Legitimate bodies")
struct LegitCorpusTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("LegitCorpus")

    static let bodies: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".rs") }.sorted()

    /// One cache for the suite: the runtime crate is built once, and concurrent builds share it safely.
    static let cache: URL = {
        atexit { try? FileManager.default.removeItem(at: LegitCorpusTests.cacheURL()) }
        return cacheURL()
    }()

    static func cacheURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("plrustc-legit-corpus-\(getpid())")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.bodies.count >= 90)
    }

    @Test(arguments: bodies)
    func buildsAndAnswers(_ name: String) throws {
        let file = Self.directory.appendingPathComponent(name).path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var options: [String] = []
        var call: [String] = []
        var expected: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("//@ ") {
            let header = line.dropFirst(4)
            if header.hasPrefix("arg: ") { options += ["--arg", String(header.dropFirst(5))] }
            if header.hasPrefix("returns: ") { options += ["--returns", String(header.dropFirst(9))] }
            if header == "strict" { options.append("--strict") }
            if header.hasPrefix("call: ") { call = Self.words(String(header.dropFirst(6))) }
            if header.hasPrefix("expect: ") { expected.append(String(header.dropFirst(8))) }
        }
        let linted = try Plrustc.run(["lint", file])
        #expect(linted.status == 0, "\(name): \(linted.stderr)")
        let directory = try TemporaryDirectory()
        let built = try Plrustc.run(["compile", "--name", "f"] + options + ["--out-dir", directory.path("out"),
                                    "--cache-dir", Self.cache.path, file])
        #expect(built.status == 0, "\(name): \(built.stderr)")
        guard built.status == 0 else { return }
        let called = try Plrustc.run(["call", directory.path("out/manifest.json")] + call)
        let printed = (called.stdout + called.stderr).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(printed.dropLast(printed.last == "" ? 1 : 0) == expected[...], "\(name): \(called.stdout)\(called.stderr)")
    }

    /// Words as a POSIX shell splits them: blanks separate, '…' is literal, "…" keeps `\"` and `\\`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else if open == "\"" && character == "\\" { escaped = true } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
