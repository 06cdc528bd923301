// Build-time tool run by the EmbedLintCatalog plugin: writes a Swift file
// holding the text of every lint-catalog entry, so the `plrustc` binary
// carries its catalog with it (it is used as a black box on PATH).
//
// Usage: CatalogEmbedder OUTPUT.swift ENTRY.toml...
import Foundation

/// A raw string literal that holds `text` verbatim: enough `#`s that no `"###` inside can end it.
func literal(_ text: String) -> String {
    var hashes = 1
    while text.contains("\"" + String(repeating: "#", count: hashes)) { hashes += 1 }
    let fence = String(repeating: "#", count: hashes)
    return fence + "\"\"\"\n" + text + (text.hasSuffix("\n") ? "" : "\n") + "\"\"\"" + fence
}

/// Reads the entries and writes the Swift file; exits non-zero on any failure.
func embed() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let outputPath = arguments.first else {
        FileHandle.standardError.write(Data("usage: CatalogEmbedder OUTPUT.swift ENTRY.toml...\n".utf8))
        exit(2)
    }

    var output = """
        // Generated at build time by CatalogEmbedder from lint-catalog/. Not committed; do not edit.

        enum EmbeddedCatalog {
            /// Each entry's file name and TOML text, sorted by file name.
            static let entries: [(file: String, text: String)] = [

        """
    for path in arguments.dropFirst().sorted() {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: cannot read catalog entry \(path)\n".utf8))
            exit(1)
        }
        let file = URL(fileURLWithPath: path).lastPathComponent
        output += "        (\"\(file)\", \(literal(text))),\n"
    }
    output += "    ]\n}\n"
    do {
        try output.write(toFile: outputPath, atomically: true, encoding: .utf8)
    } catch {
        FileHandle.standardError.write(Data("error: cannot write \(outputPath): \(error)\n".utf8))
        exit(1)
    }
}

@main
enum CatalogEmbedder {
    static func main() { embed() }
}
