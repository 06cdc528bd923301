import Codegen
import Foundation

/// Reads the first argument and hands the rest to a command.
///
/// Arguments that look like rustc's (cargo's `RUSTC=plrustc`) go to the
/// rustc-compatible mode (`RustcMode`) before anything is taken as a command.
enum Dispatcher {
    static let version = "0.1.0"

    /// Commands that exist now, in the order `--help` lists them.
    static let commands: [Command] = [ParseCommand.command, LintCommand.command, LintsCommand.command, ExplainCommand.command,
                                      CompileCommand.command, CallCommand.command, VerifyCommand.command,
                                      AllowedDependenciesCommand.command]

    /// Commands of the design that later issues add; naming one is still a usage error.
    static let plannedCommands: [String] = []

    static func run(_ arguments: [String]) -> ExitStatus {
        let output = StandardStreams()
        if RustcDriver.looksLikeRustc(arguments, commands: commands.map(\.name) + plannedCommands,
                                      environment: ProcessInfo.processInfo.environment) {
            return RustcMode.run(arguments, output: output)
        }
        let status: ExitStatus
        do {
            status = try dispatch(arguments[...], output: output)
        } catch {
            output.error.write("error: \(error.message)\n")
            status = .usage
        }
        output.flush()
        return status
    }

    private static func dispatch(_ arguments: ArraySlice<String>, output: StandardStreams) throws(UsageError) -> ExitStatus {
        guard let first = arguments.first else {
            throw UsageError("no command given (see `plrustc --help`)")
        }
        let rest = arguments.dropFirst()
        switch first {
        case "-h", "--help":
            try expectNothing(after: first, in: rest)
            output.out.write(HelpText.overview(commands))
            return .success
        case "-V", "--version":
            try expectNothing(after: first, in: rest)
            output.out.write("plrustc \(version)\n")
            return .success
        case "help":
            return try help(rest, output: output)
        default:
            break
        }
        if first.hasPrefix("-") {
            throw UsageError("unknown option `\(first)` (see `plrustc --help`)")
        }
        if let command = commands.first(where: { $0.name == first }) {
            return try command.invoke(rest, output: output)
        }
        if plannedCommands.contains(first) {
            throw UsageError("`plrustc \(first)` is not available yet (see `plrustc --help`)")
        }
        throw UsageError("unknown command `\(first)` (see `plrustc --help`)")
    }

    /// `plrustc help [COMMAND]`.
    private static func help(_ arguments: ArraySlice<String>, output: StandardStreams) throws(UsageError) -> ExitStatus {
        guard let name = arguments.first else {
            output.out.write(HelpText.overview(commands))
            return .success
        }
        try expectNothing(after: name, in: arguments.dropFirst())
        if name == "help" {
            output.out.write(HelpText.overview(commands))
            return .success
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            throw UsageError("unknown command `\(name)` (see `plrustc --help`)")
        }
        output.out.write(command.help)
        return .success
    }

    private static func expectNothing(after word: String, in rest: ArraySlice<String>) throws(UsageError) {
        if let extra = rest.first {
            throw UsageError("unexpected argument `\(extra)` after `\(word)`")
        }
    }
}

/// A subcommand: its name, a one-line summary for `--help`, its own help text,
/// the options it takes, and what it does with the scanned arguments.
struct Command: Sendable {
    let name: String
    let summary: String
    let help: String
    /// Options besides `--help`/`-h`, which every command takes.
    let options: [OptionSpec]
    let run: @Sendable (ScannedArguments, StandardStreams) throws(UsageError) -> ExitStatus

    /// Scans the arguments that follow the command's name; `--help` prints
    /// the command's help instead of running it.
    func invoke(_ arguments: ArraySlice<String>, output: StandardStreams) throws(UsageError) -> ExitStatus {
        let scanned = try ArgumentScanner.scan(arguments, options: options + [.flag("--help", short: "-h")],
                                               command: "plrustc \(name)")
        if scanned.has("--help") {
            output.out.write(help)
            return .success
        }
        return try run(scanned, output)
    }
}
