import Diagnostics
import Foundation
import Lints
import RustSyntax

/// The engine with the repository's catalog (`lint-catalog/`, read from disk:
/// the embedded copy needs a build plugin, which cannot be built under
/// `--sanitize fuzzer`), made once for the whole run.
private let linter: SourceLinter? = {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lint-catalog")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".toml") }
    let entries = files.compactMap { file -> (file: String, text: String)? in
        guard let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8) else { return nil }
        return (file, text)
    }
    guard case .success(let catalog) = LintCatalog.parse(entries, allowCode: true), !catalog.lints.isEmpty,
          let engine = try? LintEngine(catalog: catalog) else {
        FileHandle.standardError.write(Data("LintFuzzer: cannot load \(directory.path)\n".utf8))
        return nil
    }
    return SourceLinter(engine: engine)
}()

/// libFuzzer's entry point: lint the input as a PL/Rust body — parsing,
/// `macro_rules!` expansion, name resolution and every lint — and render
/// what it reports. Any crash, trap, hang or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let linter else { return 0 }
    let source = SourceFile(path: "fuzz.rs", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    var checksum = 0
    for diagnostic in linter.check(source).prefix(3) {
        checksum &+= HumanRenderer().render(diagnostic, in: source).utf8.count
    }
    blackHole(checksum)
    return 0
}

@inline(never)
func blackHole(_ value: Int) {
    _ = value
}
