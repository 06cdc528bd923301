import Diagnostics
import RustSyntax

/// `plrustc parse`: parse files or bodies, report syntax errors, optionally dump trees.
struct ParseCommand {
    static let command = Command(
        name: "parse",
        summary: "Parse Rust files or PL/Rust bodies and report syntax errors",
        help: HelpText.parse,
        options: options,
        run: { scanned, output throws(UsageError) in
            ParseCommand(try Settings(scanned), output: output).run()
        })

    static let options: [OptionSpec] = [
        .flag("--crate"),
        .value("--edition"),
        .value("--error-format"),
        .flag("--dump"),
    ]

    /// The validated options.
    struct Settings {
        var mode: ParseMode = .body
        var edition: Edition = .e2021
        var format: ErrorFormat = .human
        var dump = false
        var operands: [String]

        init(_ scanned: ScannedArguments) throws(UsageError) {
            let inputs = try InputOptions(scanned)
            mode = inputs.mode
            edition = inputs.edition
            operands = inputs.operands
            dump = scanned.has("--dump")
            if let text = scanned.values["--error-format"] {
                guard let format = ErrorFormat(rawValue: text) else {
                    throw UsageError("invalid error format `\(text)` (expected `human` or `json`)")
                }
                self.format = format
            }
        }
    }

    let settings: Settings
    let output: StandardStreams

    init(_ settings: Settings, output: StandardStreams) {
        self.settings = settings
        self.output = output
    }

    /// Parses every input in turn: read, parse, report, and let the tree go
    /// before the next one, so memory stays at one file's worth. An input that
    /// cannot be read is reported and skipped; the others are still parsed, and
    /// the run then ends with status 2, which outranks syntax errors (1),
    /// because the verdict covers only part of what was asked.
    func run() -> ExitStatus {
        let inputs = InputFiles.expand(settings.operands)
        let showHeaders = settings.operands.count > 1 || settings.operands.contains(where: InputFiles.isDirectory)
        let reporter = DiagnosticReporter(format: settings.format, stream: output.error)

        // The parser bounds its own depth; the large stack is head-room for
        // rendering and dumping deep trees whatever thread we started on.
        let status = withLargeStack { () -> ExitStatus in
            var unreadable = 0
            var rejected = 0
            var firstDump = true
            for input in inputs {
                let bytes: [UInt8]
                switch FileReader.read(input) {
                case let .success(contents):
                    bytes = contents
                case let .failure(failure):
                    unreadable += 1
                    reporter.report(error: "couldn't read `\(input.displayName)`: \(failure.reason)", about: input.displayName)
                    output.error.flush()
                    continue
                }
                let source = SourceFile(path: input.displayName, bytes: bytes)
                let tree = RustParser.parse(source, edition: settings.edition, mode: settings.mode)
                if settings.dump {
                    if showHeaders {
                        output.out.write((firstDump ? "" : "\n") + "==> \(input.displayName) <==\n")
                    }
                    firstDump = false
                    output.out.write(tree.dump())
                }
                for diagnostic in tree.diagnostics {
                    reporter.report(diagnostic, in: source)
                }
                if tree.hasErrors { rejected += 1 }
                output.error.flush()
            }
            if unreadable > 0 { return .usage }
            return rejected > 0 ? .rejected : .success
        }
        reporter.finish()
        return status
    }
}
