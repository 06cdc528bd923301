/// One option a command accepts: `--name` alone (a flag) or `--name VALUE` /
/// `--name=VALUE`, with an optional one-letter alias such as `-h`.
struct OptionSpec: Sendable {
    let name: String
    let shortName: String?
    let takesValue: Bool

    static func flag(_ name: String, short: String? = nil) -> OptionSpec {
        OptionSpec(name: name, shortName: short, takesValue: false)
    }
    static func value(_ name: String) -> OptionSpec {
        OptionSpec(name: name, shortName: nil, takesValue: true)
    }
}

/// What the scanner found: flags that were present, the last value given for
/// each valued option, and the operands (files) in order.
struct ScannedArguments {
    var flags: Set<String> = []
    var values: [String: String] = [:]
    /// Every value of each valued option, in order (for options that repeat, like `--catalog`).
    var allValues: [String: [String]] = [:]
    var operands: [String] = []

    func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// A small getopt-style scanner, written by hand to keep the driver free of
/// dependencies. Rules: `--` ends options; `-` alone is an operand (standard
/// input); a valued option takes the next argument whatever it looks like;
/// repeating a valued option keeps the last value, as most Unix tools do.
enum ArgumentScanner {
    static func scan(_ arguments: ArraySlice<String>, options: [OptionSpec], command: String) throws(UsageError) -> ScannedArguments {
        var result = ScannedArguments()
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            // Split `--name=value`; short options never carry `=`.
            let name: String
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard let spec = options.first(where: { $0.name == name || $0.shortName == name }) else {
                throw UsageError("unknown option `\(name)` for `\(command)` (see `\(command) --help`)")
            }
            if spec.takesValue {
                if let inlineValue {
                    result.values[spec.name] = inlineValue
                    result.allValues[spec.name, default: []].append(inlineValue)
                } else if index < arguments.endIndex {
                    result.values[spec.name] = arguments[index]
                    result.allValues[spec.name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError("option `\(spec.name)` needs a value (see `\(command) --help`)")
                }
            } else {
                if inlineValue != nil {
                    throw UsageError("option `\(spec.name)` takes no value")
                }
                result.flags.insert(spec.name)
            }
        }
        return result
    }
}
