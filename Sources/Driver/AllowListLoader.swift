import Codegen
import Dependencies
import Diagnostics

/// The allow-list from `--allowed-dependencies FILE`, else `PLRUST_ALLOWED_DEPENDENCIES`,
/// else the configuration's `plrust.allowed_dependencies`; nil when none is given
/// (dependencies unrestricted). Read and validated on every call.
enum AllowListLoader {
    static func load(_ scanned: ScannedArguments, environment: [String: String],
                     configuration: Configuration = Configuration()) throws(UsageError) -> AllowList? {
        guard let path = scanned.values["--allowed-dependencies"] ?? environment["PLRUST_ALLOWED_DEPENDENCIES"]
                ?? configuration.allowedDependencies, !path.isEmpty else { return nil }
        return try read(path)
    }

    static func read(_ path: String) throws(UsageError) -> AllowList {
        let bytes: [UInt8]
        switch FileReader.read(.file(path)) {
        case .success(let contents): bytes = contents
        case .failure(let failure): throw UsageError("couldn't read the allow-list `\(path)`: \(failure.reason)")
        }
        do {
            return try AllowList(parsing: bytes)
        } catch {
            throw UsageError("invalid allow-list `\(path)`: \(error)")
        }
    }
}

/// `plrustc allowed-dependencies FILE`: the entries as `plrust.allowed_dependencies()` lists them.
struct AllowedDependenciesCommand {
    static let command = Command(
        name: "allowed-dependencies",
        summary: "List the entries of a dependency allow-list, one row per requirement",
        help: HelpText.allowedDependencies,
        options: [.value("--format")],
        run: { scanned, output throws(UsageError) in
            guard scanned.operands.count == 1, let path = scanned.operands.first else {
                throw UsageError("give one allow-list file")
            }
            let format = scanned.values["--format"] ?? "table"
            guard format == "table" || format == "json" else {
                throw UsageError("invalid format `\(format)` (expected `table` or `json`)")
            }
            let rows = try AllowListLoader.read(path).rows
            if format == "json" {
                let quoted = JSONRenderer.quoted
                for row in rows {
                    let features = row.features.map(quoted).joined(separator: ",")
                    output.out.write("{\"name\":\(quoted(row.name)),\"version\":\(quoted(row.requirement.text)),"
                                     + "\"features\":[\(features)],\"default_features\":\(row.defaultFeatures)}\n")
                }
                return .success
            }
            let table = rows.map { [$0.name, $0.requirement.text, "{" + $0.features.joined(separator: ",") + "}",
                                    $0.defaultFeatures ? "t" : "f"] }
            let header = ["name", "version", "features", "default_features"]
            let widths = header.indices.map { column in ([header] + table).map { $0[column].count }.max() ?? 0 }
            func line(_ cells: [String]) -> String {
                cells.enumerated().map { $1 + String(repeating: " ", count: widths[$0] - $1.count) }
                    .joined(separator: " | ").trimmingSpaces
            }
            output.out.write(line(header) + "\n")
            output.out.write(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n")
            for row in table { output.out.write(line(row) + "\n") }
            output.out.write("(\(table.count) row\(table.count == 1 ? "" : "s"))\n")
            return .success
        })
}

/// The configuration file from `--config FILE`, else `PLRUSTC_CONFIG`; empty when neither.
enum ConfigurationLoader {
    static func load(_ scanned: ScannedArguments, environment: [String: String]) throws(UsageError) -> Configuration {
        guard let path = scanned.values["--config"] ?? environment["PLRUSTC_CONFIG"], !path.isEmpty else {
            return Configuration()
        }
        let bytes: [UInt8]
        switch FileReader.read(.file(path)) {
        case .success(let contents): bytes = contents
        case .failure(let failure): throw UsageError("couldn't read the configuration `\(path)`: \(failure.reason)")
        }
        do {
            return try Configuration(parsing: bytes)
        } catch {
            throw UsageError("invalid configuration `\(path)`: \(error)")
        }
    }
}
