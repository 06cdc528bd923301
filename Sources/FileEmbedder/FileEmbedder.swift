// Build-time tool run by the EmbedLintCatalog and EmbedRuntime plugins: writes
// a Swift file holding the text of files (the lint catalog's entries, the
// runtime crate's source), so the `plrustc` binary carries them with it (it is
// used as a black box on PATH).
//
// Usage: FileEmbedder OUTPUT.swift ENUM FILE...
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
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: FileEmbedder OUTPUT.swift ENUM FILE...\n".utf8))
        exit(2)
    }
    let outputPath = arguments[0]
    let enumName = arguments[1]

    var output = """
        // Generated at build time by FileEmbedder. Not committed; do not edit.

        enum \(enumName) {
            /// Each file's name and text, sorted by file name.
            static let entries: [(file: String, text: String)] = [

        """
    for path in arguments.dropFirst(2).sorted() {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("error: cannot read \(path)\n".utf8))
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
enum FileEmbedder {
    static func main() { embed() }
}
