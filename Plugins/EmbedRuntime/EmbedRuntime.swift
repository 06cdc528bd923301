import Foundation
import PackagePlugin

/// Embeds the runtime crate's source (`runtime/*.rs`) into the Codegen target at
/// build time: plrustc compiles it per toolchain and target, wherever it runs.
@main
struct EmbedRuntime: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "runtime")
        let sources = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "rs" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuntime.swift")
        return [
            .buildCommand(
                displayName: "Embedding the runtime crate (\(sources.count) files)",
                executable: try context.tool(named: "FileEmbedder").url,
                arguments: [output.path, "EmbeddedRuntime"] + sources.map(\.path),
                inputFiles: sources,
                outputFiles: [output]),
        ]
    }
}
