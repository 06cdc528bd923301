import Codegen
import Foundation

/// `plrustc call`: run a built function with SQL literal arguments, no database needed.
struct CallCommand {
    static let command = Command(
        name: "call",
        summary: "Run a built function through its C ABI with SQL literal arguments",
        help: HelpText.call,
        options: [.value("--event"), .value("--when"), .value("--level"), .value("--table"), .value("--schema"),
                  .value("--trigger-name"), .value("--column"), .value("--new"), .value("--old"), .value("--trigger-arg")],
        run: { scanned, output throws(UsageError) in try CallCommand.run(scanned, output: output) })

    static func run(_ scanned: ScannedArguments, output: StandardStreams) throws(UsageError) -> ExitStatus {
        guard let manifestPath = scanned.operands.first else { throw UsageError("give the manifest.json of a built function") }
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw UsageError("couldn't read `\(manifestPath)`")
        }
        let manifest: LoadedManifest
        do {
            manifest = try LoadedManifest(json: data)
        } catch {
            throw UsageError("`\(manifestPath)`: \(error.message)")
        }
        let host = HostPlatform.triple
        guard let target = manifest.targets.first(where: { $0.triple == host }) else {
            throw UsageError("`\(manifestPath)` has no artifact for this machine (\(host))")
        }
        let library = URL(fileURLWithPath: manifestPath).deletingLastPathComponent().appendingPathComponent(target.artifact).path
        guard let bytes = FileManager.default.contents(atPath: library) else { throw UsageError("couldn't read `\(library)`") }
        guard SHA256.hex(bytes) == target.sha256 else {
            throw UsageError("`\(library)` does not match the sha256 in the manifest; refusing to load it")
        }
        if manifest.spec.returns == .trigger {
            return try callTrigger(scanned, manifest: manifest, library: library, output: output)
        }
        let literals = Array(scanned.operands.dropFirst())
        let types = manifest.spec.arguments.map(\.type)
        guard literals.count == types.count else {
            throw UsageError("`\(manifest.spec.name)` takes \(types.count) argument\(types.count == 1 ? "" : "s"), \(literals.count) given")
        }
        var values: [SQLValue] = []
        do {
            for (literal, type) in zip(literals, types) { values.append(try SQLValue(literal: literal, as: type)) }
        } catch {
            throw UsageError(error.message)
        }
        if manifest.spec.strict, values.contains(.null) {
            // PostgreSQL does not call a STRICT function with a NULL argument: its result is NULL.
            output.out.write("NULL\n")
            return .success
        }
        let function: FunctionHost
        do {
            function = try FunctionHost(library: library, symbol: manifest.entry, arguments: types)
        } catch {
            throw UsageError(error.message)
        }
        let outcome = function.call(values)
        for log in outcome.logs { output.error.write("\(levelName(log.level)):  \(log.message)\n") }
        if let error = outcome.error {
            output.error.write("error: \(error)\n")
            return .rejected
        }
        if case .table(let columns) = manifest.spec.returns {
            output.out.write(columns.map(\.name).joined(separator: " | ") + "\n")
        }
        for row in outcome.rows { output.out.write(row.map(\.description).joined(separator: " | ") + "\n") }
        return .success
    }

    /// A trigger function: `--event`, `--column 'name type'`…, `--new`/`--old` values in column order.
    private static func callTrigger(_ scanned: ScannedArguments, manifest: LoadedManifest, library: String,
                                    output: StandardStreams) throws(UsageError) -> ExitStatus {
        guard scanned.operands.count == 1 else { throw UsageError("a trigger function takes no arguments: describe the call with --event, --column, --new, --old") }
        func code(_ option: String, _ names: [String: UInt32], default fallback: UInt32?) throws(UsageError) -> UInt32 {
            guard let text = scanned.values[option] else {
                guard let fallback else { throw UsageError("\(option) is required for a trigger function") }
                return fallback
            }
            guard let value = names[text.lowercased()] else {
                throw UsageError("\(option) takes \(names.keys.sorted().joined(separator: ", ")), not `\(text)`")
            }
            return value
        }
        let event = try code("--event", ["insert": 1, "update": 2, "delete": 3, "truncate": 4], default: nil)
        var columns: [(name: String, type: SQLType)] = []
        for column in scanned.allValues["--column"] ?? [] {
            let parts = column.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = SQLType(parsing: parts[1]) else {
                throw UsageError("--column takes 'NAME TYPE' with a supported type, not `\(column)`")
            }
            columns.append((parts[0], type))
        }
        func row(_ option: String) throws(UsageError) -> [SQLValue]? {
            guard let literals = scanned.allValues[option] else { return nil }
            guard literals.count == columns.count else {
                throw UsageError("\(option) gives \(literals.count) values for \(columns.count) columns")
            }
            var values: [SQLValue] = []
            do {
                for (literal, column) in zip(literals, columns) { values.append(try SQLValue(literal: literal, as: column.type)) }
            } catch {
                throw UsageError(error.message)
            }
            return values
        }
        var call = FunctionHost.TriggerCall(event: event, columns: columns, old: try row("--old"), new: try row("--new"))
        call.when = try code("--when", ["before": 1, "after": 2, "instead-of": 3], default: 1)
        call.level = try code("--level", ["row": 1, "statement": 2], default: 1)
        call.table = scanned.values["--table"] ?? "table"
        call.schema = scanned.values["--schema"] ?? "public"
        call.name = scanned.values["--trigger-name"] ?? manifest.spec.name
        call.arguments = scanned.allValues["--trigger-arg"] ?? []
        let function: FunctionHost
        do {
            function = try FunctionHost(library: library, symbol: manifest.entry, arguments: [])
        } catch {
            throw UsageError(error.message)
        }
        let outcome = function.callTrigger(call)
        for log in outcome.logs { output.error.write("\(levelName(log.level)):  \(log.message)\n") }
        if let error = outcome.error {
            output.error.write("error: \(error)\n")
            return .rejected
        }
        guard let row = outcome.rows.first else {
            output.out.write("NULL\n")
            return .success
        }
        output.out.write(columns.map(\.name).joined(separator: " | ") + "\n")
        output.out.write(row.map(\.description).joined(separator: " | ") + "\n")
        return .success
    }

    private static func levelName(_ level: Int32) -> String {
        switch level {
        case 10...14: "DEBUG\(15 - level)"
        case 15: "LOG"
        case 17: "INFO"
        case 18: "NOTICE"
        case 19: "WARNING"
        default: "LOG"
        }
    }
}

/// The target triple of the machine plrustc runs on.
enum HostPlatform {
    static var triple: String {
        #if arch(x86_64)
        "x86_64-unknown-linux-gnu"
        #elseif arch(arm64)
        "aarch64-unknown-linux-gnu"
        #else
        "unknown"
        #endif
    }
}
