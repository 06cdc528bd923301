#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// `--error-format`: how diagnostics are written to stderr.
enum ErrorFormat: String {
    /// rustc's human layout; colour only on a terminal and without `NO_COLOR`.
    case human
    /// rustc's JSON diagnostic objects, one per line.
    case json
}

/// Renders diagnostics to stderr in the chosen format and counts them, so the
/// driver can print rustc's closing summary and choose the exit status.
final class DiagnosticReporter {
    private let format: ErrorFormat
    private let stream: FileOutput
    private let human: HumanRenderer
    private let json = JSONRenderer()
    private(set) var errors = 0
    private(set) var warnings = 0

    init(format: ErrorFormat, stream: FileOutput) {
        self.format = format
        self.stream = stream
        self.human = HumanRenderer(colors: Self.wantsColour(on: stream))
    }

    /// Colour only for a person at a terminal who has not opted out (https://no-color.org).
    private static func wantsColour(on stream: FileOutput) -> Bool {
        stream.isTerminal && getenv("NO_COLOR") == nil
    }

    func report(_ diagnostic: Diagnostic, in file: SourceFile) {
        switch diagnostic.level {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note, .help: break
        }
        switch format {
        case .human: stream.write(human.render(diagnostic, in: file))
        case .json: stream.write(json.render(diagnostic, in: file) + "\n")
        }
    }

    /// A problem with an input as a whole (it could not be read): an error
    /// with no span, so JSON consumers still get one object per line.
    func report(error message: String, about path: String) {
        report(Diagnostic(level: .error, message: message), in: SourceFile(path: path, bytes: []))
    }

    /// rustc's closing line ("error: aborting due to …") in human mode.
    func finish() {
        if format == .human {
            stream.write(human.summary(errors: errors, warnings: warnings))
        }
        stream.flush()
    }
}
