import Foundation
import Testing

/// `plrustc parse` end to end: inputs, exit statuses and output formats.
/// Rejections here come from the body layout check, which works whatever
/// the state of the grammar; `SyntaxErrorTests` covers real syntax errors.
@Suite struct ParseCommandTests {
    @Test func aValidBodyExitsZeroSilently() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", Bodies.valid)
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["lowercase.rs", "random_with_dependencies.rs"])
    func theValidExamplesParse(name: String) throws {
        let result = try Plrustc.run(["parse", Plrustc.example(name)])
        #expect(result.status == 0, "stderr: \(result.stderr)")
    }

    @Test func aRejectedBodyExitsOneWithRustcStyleOutput() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("deps-only.rs", Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains(path))
        #expect(result.stderr.hasSuffix("error: aborting due to 1 previous error\n\n"))
    }

    @Test func humanOutputHasNoColourWhenStderrIsNotATerminal() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("deps-only.rs", Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", path])
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func jsonGivesOneRustcObjectPerLine() throws {
        let directory = try TemporaryDirectory()
        let first = try directory.file("a.rs", Bodies.missingCodeSection)
        let second = try directory.file("b.rs", Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", "--error-format=json", first, second])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("\n"))
        let lines = result.stderrLines
        #expect(lines.count == 2, "no summary line in JSON mode; stderr: \(result.stderr)")
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["message", "code", "level", "spans", "children", "rendered"] {
                #expect(object[key] != nil, "missing key \(key) in \(line)")
            }
            #expect(object["level"] as? String == "error")
        }
    }

    @Test("JSON spans point into the file (needs the real JSONRenderer)")
    func jsonSpansPointIntoTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("deps-only.rs", "\n" + Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", "--error-format", "json", path])
        let line = try #require(result.stderrLines.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let spans = try #require(object["spans"] as? [[String: Any]])
        let primary = try #require(spans.first { $0["is_primary"] as? Bool == true })
        #expect(primary["file_name"] as? String == path)
        #expect(primary["line_start"] as? Int == 2)
        #expect(primary["column_start"] as? Int == 1)
    }

    @Test func aMissingFileExitsTwoNamingFileAndReason() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("nowhere.rs")
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("No such file or directory"))
    }

    @Test func anUnreadableFileExitsTwo() throws {
        // A symbolic link loop cannot be opened, even by root (CI runs as root,
        // so permission bits alone would not make a file unreadable).
        let directory = try TemporaryDirectory()
        let path = directory.path("loop.rs")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: path)
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("symbolic links"))
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func aFileWithoutReadPermissionExitsTwo() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("secret.rs", Bodies.valid)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let result = try Plrustc.run(["parse", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Permission denied"))
    }

    @Test func anUnreadableFileDoesNotStopTheOthersAndOutranksRejections() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.path("missing.rs")
        let rejected = try directory.file("rejected.rs", Bodies.missingCodeSection)
        let valid = try directory.file("valid.rs", Bodies.valid)
        let result = try Plrustc.run(["parse", "--dump", missing, rejected, valid])
        #expect(result.status == 2)
        #expect(result.stderr.contains(missing))
        #expect(result.stderr.contains(rejected))
        #expect(result.stdout.contains("==> \(valid) <=="))
    }

    @Test func standardInputIsReadForADash() throws {
        let accepted = try Plrustc.run(["parse", "-"], stdin: Bodies.valid)
        #expect(accepted.status == 0)
        let rejected = try Plrustc.run(["parse", "-"], stdin: Bodies.missingCodeSection)
        #expect(rejected.status == 1)
        #expect(rejected.stderr.contains("<stdin>"))
    }

    @Test func emptyStandardInputIsAnEmptyBody() throws {
        let result = try Plrustc.run(["parse", "-"])
        #expect(result.status == 0)
    }

    @Test func severalFilesAreParsedInOrderWithHeaders() throws {
        let directory = try TemporaryDirectory()
        let paths = try ["one.rs", "two.rs", "three.rs"].map { try directory.file($0, Bodies.valid) }
        let result = try Plrustc.run(["parse", "--dump"] + paths)
        #expect(result.status == 0)
        #expect(result.dumpHeaders == paths.map { "==> \($0) <==" })
    }

    @Test func oneRejectedFileAmongSeveralExitsOne() throws {
        let directory = try TemporaryDirectory()
        let valid = try directory.file("valid.rs", Bodies.valid)
        let rejected = try directory.file("rejected.rs", Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", valid, rejected, valid])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("error: aborting due to 1 previous error\n\n"))
    }

    @Test func aDirectoryStandsForItsRustFilesInSortedOrder() throws {
        let directory = try TemporaryDirectory()
        try directory.file("b.rs", Bodies.valid)
        try directory.file("a/z.rs", Bodies.valid)
        try directory.file("a/deeper/y.rs", Bodies.valid)
        try directory.file("notes.txt", "not rust")
        try directory.file("c.rs.orig", "not rust either")
        let result = try Plrustc.run(["parse", "--dump", directory.url.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let root = directory.url.path
        #expect(result.dumpHeaders == ["a/deeper/y.rs", "a/z.rs", "b.rs"].map { "==> \(root)/\($0) <==" })
    }

    @Test func aDirectoryWithARejectedBodyExitsOne() throws {
        let directory = try TemporaryDirectory()
        try directory.file("good.rs", Bodies.valid)
        try directory.file("sub/bad.rs", Bodies.missingCodeSection)
        let result = try Plrustc.run(["parse", directory.url.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sub/bad.rs"))
    }

    @Test func manyFilesInOneRun() throws {
        let directory = try TemporaryDirectory()
        for index in 0..<300 {
            try directory.file("f\(index).rs", Bodies.valid)
        }
        let result = try Plrustc.run(["parse", "--dump", directory.url.path])
        #expect(result.status == 0)
        #expect(result.dumpHeaders.count == 300)
    }

    @Test func dumpOfOneFileHasNoHeaderAndStartsAtTheRoot() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", Bodies.valid)
        let body = try Plrustc.run(["parse", "--dump", path])
        #expect(body.status == 0)
        #expect(body.stdout.hasPrefix("body@"))
        #expect(!body.stdout.contains("==>"))
        let crate = try Plrustc.run(["parse", "--crate", "--dump", path])
        #expect(crate.stdout.hasPrefix("sourceFile@"))
    }

    @Test func withoutDumpNothingGoesToStdout() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", Bodies.valid)
        #expect(try Plrustc.run(["parse", path]).stdout.isEmpty)
    }

    @Test(arguments: ["2015", "2018", "2021", "2024"])
    func everyEditionIsAccepted(edition: String) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", Bodies.valid)
        #expect(try Plrustc.run(["parse", "--edition", edition, path]).status == 0)
        #expect(try Plrustc.run(["parse", "--edition=\(edition)", path]).status == 0)
    }

    @Test func doubleDashLetsAFileLookLikeAnOption() throws {
        let directory = try TemporaryDirectory()
        try directory.file("--dump", Bodies.valid)
        let result = try Plrustc.run(["parse", "--", "--dump"], in: directory.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func optionsMayFollowTheFiles() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.file("ok.rs", Bodies.valid)
        let result = try Plrustc.run(["parse", path, "--dump"])
        #expect(result.status == 0)
        #expect(!result.stdout.isEmpty)
    }
}
