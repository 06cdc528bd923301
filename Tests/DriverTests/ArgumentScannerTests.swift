@testable import Driver
import Testing

/// The scanner on its own: the option syntax every command shares.
@Suite struct ArgumentScannerTests {
    let options: [OptionSpec] = [.flag("--dump"), .value("--edition"), .flag("--help", short: "-h")]

    func scan(_ arguments: [String]) throws(UsageError) -> ScannedArguments {
        try ArgumentScanner.scan(arguments[...], options: options, command: "plrustc test")
    }

    @Test func valuesComeSeparateOrAfterEquals() throws {
        #expect(try scan(["--edition", "2018"]).values["--edition"] == "2018")
        #expect(try scan(["--edition=2015"]).values["--edition"] == "2015")
        #expect(try scan(["--edition="]).values["--edition"] == "")
    }

    @Test func theLastValueWins() throws {
        #expect(try scan(["--edition", "2015", "--edition=2024"]).values["--edition"] == "2024")
    }

    @Test func optionsAndOperandsMix() throws {
        let scanned = try scan(["a.rs", "--dump", "b.rs", "-h"])
        #expect(scanned.operands == ["a.rs", "b.rs"])
        #expect(scanned.has("--dump"))
        #expect(scanned.has("--help"))
    }

    @Test func doubleDashEndsOptions() throws {
        let scanned = try scan(["--dump", "--", "--edition", "-"])
        #expect(scanned.operands == ["--edition", "-"])
        #expect(scanned.values.isEmpty)
    }

    @Test func aLoneDashIsStandardInput() throws {
        #expect(try scan(["-"]).operands == ["-"])
    }

    @Test func aValueMayLookLikeAnOption() throws {
        #expect(try scan(["--edition", "--dump"]).values["--edition"] == "--dump")
    }

    @Test func mistakesAreUsageErrors() {
        #expect(throws: UsageError.self) { try scan(["--nope"]) }
        #expect(throws: UsageError.self) { try scan(["-x"]) }
        #expect(throws: UsageError.self) { try scan(["--edition"]) }
        #expect(throws: UsageError.self) { try scan(["--dump=1"]) }
    }
}
