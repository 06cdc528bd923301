import Testing

/// The top level: version, help, and usage errors (exit status 2, one line on stderr).
@Suite struct CommandLineTests {
    @Test(arguments: ["--version", "-V"])
    func versionPrintsNameAndNumber(flag: String) throws {
        let result = try Plrustc.run([flag])
        #expect(result.status == 0)
        #expect(result.stdout == "plrustc 0.1.0\n")
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["-h"], ["help"]])
    func helpListsTheCommands(arguments: [String]) throws {
        let result = try Plrustc.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Usage: plrustc"))
        #expect(result.stdout.contains("parse"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [["help", "parse"], ["parse", "--help"], ["parse", "-h"]])
    func helpForParseDescribesItsOptions(arguments: [String]) throws {
        let result = try Plrustc.run(arguments)
        #expect(result.status == 0)
        for option in ["--crate", "--edition", "--error-format", "--dump"] {
            #expect(result.stdout.contains(option))
        }
    }

    @Test(arguments: [
        [],                          // no command
        ["frobnicate"],              // unknown command
        ["--frobnicate"],            // unknown top-level option
        ["help", "frobnicate"],      // help for an unknown command
        ["--version", "extra"],      // trailing argument
        ["compile", "x.rs"],         // a command of later issues
        ["parse"],                   // no input
        ["parse", "--bogus", "x.rs"],
        ["parse", "--dump=yes", "x.rs"],
        ["parse", "x.rs", "--edition"],
        ["parse", "--edition", "2019", "x.rs"],
        ["parse", "--edition=twenty", "x.rs"],
        ["parse", "--error-format", "short", "x.rs"],
        ["parse", "-", "-"],
    ])
    func usageErrorsExitTwoWithOneLine(arguments: [String]) throws {
        let result = try Plrustc.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderrLines.count == 1, "stderr was: \(result.stderr)")
    }

    @Test func badEditionMessageNamesTheValueAndTheChoices() throws {
        let result = try Plrustc.run(["parse", "--edition", "2019", "x.rs"])
        #expect(result.stderr.contains("2019"))
        #expect(result.stderr.contains("2021"))
    }

    @Test func unknownCommandIsNamedInTheMessage() throws {
        let result = try Plrustc.run(["frobnicate"])
        #expect(result.stderr.contains("frobnicate"))
    }
}
