/// The texts of `plrustc --help` and `plrustc help COMMAND`.
enum HelpText {
    static func overview(_ commands: [Command]) -> String {
        let width = commands.map(\.name.count).max() ?? 0
        let list = commands.map { command in
            "  " + command.name + String(repeating: " ", count: width - command.name.count + 3) + command.summary
        }.joined(separator: "\n")
        return """
            plrustc \(Dispatcher.version): parse, lint and compile PL/Rust function bodies

            Usage: plrustc COMMAND [OPTIONS] [ARGS]
                   plrustc help [COMMAND]

            Commands:
            \(list)

            Options:
              -h, --help       Show this help
              -V, --version    Show the version

            Exit status: 0 accepted, 1 rejected (errors in the input),
            2 bad invocation or unreadable input, 3 toolchain failure.

            """
    }

    static let parse = """
        Usage: plrustc parse [OPTIONS] FILE... | -

        Parse each FILE as a PL/Rust function body (or, with --crate, as a Rust
        source file) and report syntax errors on stderr, as rustc does. A directory
        stands for every `.rs` file below it, in sorted order; `-` reads standard input.

        A body is the inside of one function: statements and an optional tail
        expression, optionally preceded by a `[dependencies]` section and a
        `[code]` line.

        Options:
              --crate                Parse Rust source files (items), not function bodies
              --edition YEAR         Rust edition: 2015, 2018, 2021 (default) or 2024
              --error-format FORMAT  human (default) or json (one rustc JSON object per line)
              --dump                 Print the syntax tree of each file to stdout
          -h, --help                 Show this help

        Exit status: 0 every file parsed, 1 syntax errors,
        2 bad options or an unreadable file (the other files are still parsed).

        """

    static let lint = """
        Usage: plrustc lint [OPTIONS] FILE... | DIR | -

        Check each FILE — a PL/Rust function body, or with --crate a Rust source
        file — against the lint catalog, offline: syntax errors first, then every
        lint in force. The body's own macro_rules! macros are expanded, names are
        resolved through `use` renames, globs, preludes and type aliases. A
        directory stands for every `.rs` file below it; `-` reads standard input.

        Options:
              --crate                Check Rust source files (items), not function bodies
              --edition YEAR         Rust edition: 2015, 2018, 2021 (default) or 2024
              --error-format FORMAT  human (default), json (one rustc JSON object per line
                                     on stderr) or sarif (one SARIF 2.1.0 document on stdout)
              --lints LIST           Only these lints (comma-separated names)
              --catalog DIR          Add the declarative entries of DIR/*.toml (repeatable)
          -h, --help                 Show this help

        Exit status: 0 clean, 1 syntax errors or lint violations (warnings do not
        count), 2 bad options, an unknown lint, an invalid catalog or an unreadable file.

        """

    static let lints = """
        Usage: plrustc lints [--format table|json] [--catalog DIR]...

        List every lint of the catalog: name, default level, kind (code, or the
        path/method/macro rules of a declarative lint) and a one-line summary.

        """

    static let explain = """
        Usage: plrustc explain LINT [--catalog DIR]...

        Show a lint's catalog entry: what fires, what does not, why, how to
        rewrite, its rules, and its examples.

        """
}
