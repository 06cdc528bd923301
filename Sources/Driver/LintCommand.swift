import Dependencies
import Diagnostics
import Foundation
import Lints
import RustSyntax

/// `plrustc lint`: parse and lint bodies or crate files, offline.
struct LintCommand {
    static let command = Command(
        name: "lint",
        summary: "Check PL/Rust bodies (or Rust files) against the lint catalog",
        help: HelpText.lint,
        options: options,
        run: { scanned, output throws(UsageError) in
            try LintCommand(try Settings(scanned), output: output).run()
        })

    static let options: [OptionSpec] = [
        .flag("--crate"),
        .value("--edition"),
        .value("--error-format"),
        .value("--lints"),
        .value("--catalog"),
        .value("--allowed-dependencies"),
        .value("--config"),
    ]

    enum Format: String {
        case human, json, sarif
    }

    struct Settings {
        var mode: ParseMode = .body
        var edition: Edition = .e2021
        var format: Format = .human
        var lints: [String]?
        var catalogs: [String] = []
        var operands: [String]
        var allowList: AllowList?

        init(_ scanned: ScannedArguments) throws(UsageError) {
            let inputs = try InputOptions(scanned)
            mode = inputs.mode
            edition = inputs.edition
            operands = inputs.operands
            if let text = scanned.values["--error-format"] {
                guard let format = Format(rawValue: text) else {
                    throw UsageError("invalid error format `\(text)` (expected `human`, `json` or `sarif`)")
                }
                self.format = format
            }
            if let list = scanned.values["--lints"] {
                lints = try LintLists.parse(list, from: "--lints")
            }
            catalogs = scanned.allValues["--catalog"] ?? []
            let environment = ProcessInfo.processInfo.environment
            allowList = try AllowListLoader.load(scanned, environment: environment,
                                                 configuration: try ConfigurationLoader.load(scanned, environment: environment))
        }
    }

    let settings: Settings
    let output: StandardStreams

    init(_ settings: Settings, output: StandardStreams) {
        self.settings = settings
        self.output = output
    }

    func run() throws(UsageError) -> ExitStatus {
        let catalog = try CatalogLoader.load(settings.catalogs)
        var enabled: Set<String>?
        if let names = settings.lints {
            for name in names where catalog.lint(named: name) == nil {
                throw UsageError("unknown lint `\(name)` (see `plrustc lints`)")
            }
            enabled = Set(names)
        }
        let engine: LintEngine
        do {
            engine = try LintEngine(catalog: catalog, enabled: enabled)
        } catch {
            throw UsageError("invalid lint catalog: \(error)")
        }
        let linter = SourceLinter(engine: engine, edition: settings.edition, mode: settings.mode, allowList: settings.allowList)
        let inputs = InputFiles.expand(settings.operands)
        let format = settings.format
        let reporter = DiagnosticReporter(format: format == .json ? .json : .human, stream: output.error)
        let rules = catalog.lints.map {
            SARIFRenderer.Rule(id: $0.name, summary: $0.summary, explanation: $0.explanation, help: $0.help,
                               level: $0.level == .warn ? .warning : .error)
        }
        let output = self.output
        let (status, sarif) = withLargeStack { () -> (ExitStatus, String?) in
            var sarif = SARIFRenderer(toolName: "plrustc", toolVersion: Dispatcher.version, rules: rules)
            var unreadable = false
            var rejected = false
            for input in inputs {
                let bytes: [UInt8]
                switch FileReader.read(input) {
                case .success(let contents):
                    bytes = contents
                case .failure(let failure):
                    unreadable = true
                    reporter.report(error: "couldn't read `\(input.displayName)`: \(failure.reason)", about: input.displayName)
                    output.error.flush()
                    continue
                }
                let source = SourceFile(path: input.displayName, bytes: bytes)
                let diagnostics = linter.check(source)
                if diagnostics.contains(where: { $0.level == .error }) { rejected = true }
                for diagnostic in diagnostics {
                    if format == .sarif {
                        sarif.add(diagnostic, in: source)
                    } else {
                        reporter.report(diagnostic, in: source)
                    }
                }
                output.error.flush()
            }
            let status: ExitStatus = unreadable ? .usage : rejected ? .rejected : .success
            return (status, format == .sarif ? sarif.render() : nil)
        }
        if let sarif { output.out.write(sarif + "\n") } else { reporter.finish() }
        return status
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
