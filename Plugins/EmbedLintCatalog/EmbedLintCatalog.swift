import Foundation
import PackagePlugin

/// Embeds `lint-catalog/*.toml` into the Lints target at build time, so the
/// catalog directory stays the one place lints are described and no generated
/// file is committed.
@main
struct EmbedLintCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalog = context.package.directoryURL.appending(path: "lint-catalog")
        let entries = try FileManager.default.contentsOfDirectory(at: catalog, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCatalog.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(entries.count) lint catalog entries",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path, "EmbeddedCatalog"] + entries.map(\.path),
                inputFiles: entries,
                outputFiles: [output]),
        ]
    }
}
