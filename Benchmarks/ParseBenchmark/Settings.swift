import Foundation
import RustSyntax

let usage = """
    Usage: ParseBenchmark [--edition YEAR] [--repetitions N] [--body] [--slowest N] PATH...
           ParseBenchmark --scaling
           ParseBenchmark --body-latency

    PATH is a directory (every .rs file below it), a .rs file, or a text file
    listing one path per line (such as corpus.txt). Files are parsed as crate
    files with edition 2021 unless told otherwise. Build in release:
        swift run -c release ParseBenchmark /tmp/corpus/corpus.txt

    """

struct Settings {
    var edition: Edition = .e2021
    var mode: ParseMode = .crate
    var repetitions = 5
    var paths: [String] = []
    /// Time hostile inputs of growing size instead of a corpus.
    var scaling = false
    /// Time linting one typical 10 KB body instead of a corpus.
    var bodyLatency = false
    /// List the N slowest files to parse and lint instead of timing phases.
    var slowest = 0
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(2)
}

func readSettings(_ arguments: [String]) -> Settings {
    var settings = Settings()
    var index = 0
    func value(for option: String) -> String {
        index += 1
        guard index < arguments.count else { fail("\(option) needs a value") }
        return arguments[index]
    }
    while index < arguments.count {
        let argument = arguments[index]
        switch argument {
        case "-h", "--help":
            print(usage, terminator: "")
            exit(0)
        case "--edition":
            guard let edition = Edition(value(for: argument)) else { fail("--edition takes 2015, 2018, 2021 or 2024") }
            settings.edition = edition
        case "--repetitions":
            guard let count = Int(value(for: argument)), count > 0 else { fail("--repetitions takes a positive number") }
            settings.repetitions = count
        case "--body":
            settings.mode = .body
        case "--scaling":
            settings.scaling = true
        case "--body-latency":
            settings.bodyLatency = true
        case "--slowest":
            guard let count = Int(value(for: argument)), count > 0 else { fail("--slowest takes a positive number") }
            settings.slowest = count
        default:
            if argument.hasPrefix("-") { fail("unknown option \(argument)\n\(usage)") }
            settings.paths.append(argument)
        }
        index += 1
    }
    if settings.paths.isEmpty, !settings.scaling, !settings.bodyLatency { fail("no corpus given\n\(usage)") }
    return settings
}
