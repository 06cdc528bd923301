import Foundation
import Testing
import TOML

/// The `.toml` files in `Cases/` and what Python's tomllib makes of each:
/// `NAME.json` (its canonical JSON, see `canonicalJSON`) for a valid file,
/// `NAME.invalid` (tomllib's message) for an invalid one. Both are written by
/// `scripts/toml-differential --update`; these tests need no Python.
@Suite("Case files")
struct CaseFileTests {
    static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")

    /// Paths of the `.toml` files below `directory`, sorted.
    static func tomlFiles(in directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "toml" {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    @Test func thereAreEnoughCases() {
        let files = CaseFileTests.tomlFiles(in: CaseFileTests.casesDirectory)
        #expect(files.count >= 150)
    }

    @Test func everyCaseMatchesTomllib() throws {
        for file in CaseFileTests.tomlFiles(in: CaseFileTests.casesDirectory) {
            let name = file.path.replacingOccurrences(of: CaseFileTests.casesDirectory.path + "/", with: "")
            let bytes = Array(try Data(contentsOf: file))
            let base = file.deletingPathExtension()
            let expectedJSON = try? String(contentsOf: base.appendingPathExtension("json"), encoding: .utf8)
            let isInvalid = FileManager.default.fileExists(atPath: base.appendingPathExtension("invalid").path)
            guard expectedJSON != nil || isInvalid else {
                Issue.record("\(name): no .json or .invalid beside it; run scripts/toml-differential --update")
                continue
            }
            switch TOMLDocument.parse(bytes) {
            case .success(let document):
                if let expectedJSON {
                    #expect(canonicalJSON(document) == expectedJSON, "\(name): values differ from tomllib's")
                } else {
                    Issue.record("\(name): tomllib rejects it, we accept it")
                }
            case .failure(let errors):
                #expect(isInvalid, "\(name): tomllib accepts it, we reject it: \(errors)")
            }
        }
    }
}

/// Used by `scripts/toml-differential` (and only when it sets
/// `TOML_DIFFERENTIAL_DIR`): for each `NAME.toml` in that directory, writes
/// `NAME.swift-result` holding the canonical JSON, or `invalid` and the errors.
@Suite("Differential entry point")
struct DifferentialEntryPoint {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TOML_DIFFERENTIAL_DIR"] != nil))
    func writeResultsForScript() throws {
        guard let path = ProcessInfo.processInfo.environment["TOML_DIFFERENTIAL_DIR"] else { return }
        let directory = URL(fileURLWithPath: path)
        for file in CaseFileTests.tomlFiles(in: directory) {
            let bytes = Array(try Data(contentsOf: file))
            let result: String
            switch TOMLDocument.parse(bytes) {
            case .success(let document): result = canonicalJSON(document)
            case .failure(let errors): result = "invalid\n\(errors)\n"
            }
            try Data(result.utf8).write(to: file.deletingPathExtension().appendingPathExtension("swift-result"))
        }
    }
}
