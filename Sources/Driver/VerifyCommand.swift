import Codegen
import Foundation

/// `plrustc verify`: check that an artifact was built with the required lints.
struct VerifyCommand {
    static let command = Command(
        name: "verify",
        summary: "Check that a built artifact was compiled with the required lints",
        help: HelpText.verify,
        options: [.value("--required-lints"), .value("--config")],
        run: { scanned, output throws(UsageError) in try VerifyCommand.run(scanned, output: output) })

    static func run(_ scanned: ScannedArguments, output: StandardStreams) throws(UsageError) -> ExitStatus {
        guard scanned.operands.count == 1, let path = scanned.operands.first else { throw UsageError("give one artifact") }
        let environment = ProcessInfo.processInfo.environment
        let configuration = try ConfigurationLoader.load(scanned, environment: environment)
        // PL/Rust's rule: `plrust.required_lints` and PLRUST_REQUIRED_LINTS together; the flag instead of both.
        let required: [String]
        if let list = scanned.values["--required-lints"] {
            required = try LintLists.parse(list, from: "--required-lints")
        } else {
            let fromEnvironment = try environment["PLRUST_REQUIRED_LINTS"].map { (text) throws(UsageError) in
                try LintLists.parse(text, from: "PLRUST_REQUIRED_LINTS")
            } ?? []
            var seen: Set<String> = []
            required = ((configuration.requiredLints ?? []) + fromEnvironment).filter { seen.insert($0).inserted }
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("couldn't read `\(path)`") }
        let metadata: ArtifactMetadata
        do {
            metadata = try ArtifactMetadata.read(Array(data))
        } catch {
            output.error.write("error: `\(path)`: \(error.message)\n")
            return .rejected
        }
        let missing = metadata.missing(required)
        guard missing.isEmpty else {
            output.error.write("error: `\(path)` was built without the required lint\(missing.count == 1 ? "" : "s") "
                               + missing.map { "`\($0)`" }.joined(separator: ", ") + "\n")
            return .rejected
        }
        output.out.write("\(path): `\(metadata.function)` for \(metadata.target), \(metadata.lints.count) lints applied"
                         + (required.isEmpty ? "" : ", all \(required.count) required present") + "\n")
        return .success
    }
}
