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
              --allowed-dependencies FILE
                                     Check [dependencies] against this allow-list (default
                                     $PLRUST_ALLOWED_DEPENDENCIES; none: unrestricted)
          -h, --help                 Show this help

        Exit status: 0 clean, 1 syntax errors or lint violations (warnings do not
        count), 2 bad options, an unknown lint, an invalid catalog or an unreadable file.

        """

    static let compile = """
        Usage: plrustc compile --name NAME [--oid DB:FN] [--arg 'NAME TYPE']... --returns TYPE
                               [--strict] [--target TRIPLE]... [--opt-level 0-3] --out-dir DIR BODYFILE|-
               plrustc compile --spec FILE.json [OPTIONS] --out-dir DIR BODYFILE|-

        Lint the body (nothing is built if a lint fires), then build the function
        for each target into DIR/<triple>/lib<fn>.so and write DIR/manifest.json,
        whose path is printed on stdout. Compiler errors point at the body's lines.

        Types: boolean, "char", smallint, integer, bigint, real, double precision,
        text, varchar, bytea, void (returns only) and one-dimensional arrays (T[]).
        --returns takes TYPE, SETOF TYPE, TABLE (name TYPE, ...) or trigger.

        Options:
              --spec FILE            The function as JSON: {"name", "oid", "args": [{"name", "type"}],
                                     "returns", "strict"} (instead of the options above)
              --target TRIPLE        Build for this target (repeatable; default x86_64-unknown-linux-gnu)
              --rustc TRIPLE=PATH    The rustc for a target (default: rustc on PATH for x86_64,
                                     /usr/bin/rustc for aarch64-unknown-linux-gnu)
              --linker TRIPLE=PATH   The linker for a target (default for aarch64: aarch64-linux-gnu-gcc)
              --emit KINDS           cdylib (always built: call and verify use it) and/or obj: one
                                     relocatable object with the runtime and std, to link yourself
              --opt-level N          rustc's optimisation level (default 2)
              --compile-lints LIST   The lints to apply (default: the whole catalog and rustc's
                                     deprecated, soft_unstable, unknown_lints, unsafe_code)
              --cache-dir DIR        Build cache (default $PLRUSTC_CACHE_DIR, else ~/.cache/plrustc)
              --allowed-dependencies FILE
                                     The dependency allow-list (default $PLRUST_ALLOWED_DEPENDENCIES)
              --error-format FORMAT  human (default) or json
          -h, --help                 Show this help

        Exit status: 0 built, 1 syntax, lint or compile errors, 2 bad options or
        spec, 3 a toolchain is missing or failed.

        """

    static let call = """
        Usage: plrustc call DIR/manifest.json [ARG]...

        Load the artifact built for this machine (checked against the manifest's
        sha256) and call the function through its C ABI, as the extension would:
        one SQL literal per argument — NULL, 'text' ('' for a quote), 42, 2.5,
        true, '\\x0a0b' for bytea, {1,2,NULL} for arrays. Prints the result (one
        line per row of a set; a header line first for RETURNS TABLE); log
        messages go to stderr as `NOTICE:  …`.

        A trigger function is called with the event and the table's row instead:
          --event insert|update|delete|truncate  [--when before|after|instead-of]
          [--level row|statement] [--table T] [--schema S] [--trigger-name N]
          --column 'NAME TYPE'... [--new VALUE]... [--old VALUE]... [--trigger-arg TEXT]...
        (one --new/--old value per column, in order); it prints the row the trigger
        returns, with a header line, or NULL.

        Exit status: 0 the function returned, 1 it ended with an error (an Err,
        a panic, error!), 2 bad arguments or an unusable manifest or artifact.

        """

    static let verify = """
        Usage: plrustc verify ARTIFACT [--required-lints LIST]

        Read the record of lints an artifact was built with (embedded by plrustc
        compile) and check that every required lint is in it. Without
        --required-lints the list comes from PLRUST_REQUIRED_LINTS
        (comma-separated names).

        Exit status: 0 every required lint was applied, 1 one is missing or the
        file has no plrustc record, 2 bad options or an unreadable file.

        """

    static let allowedDependencies = """
        Usage: plrustc allowed-dependencies FILE [--format table|json]

        Read and validate a dependency allow-list (PL/Rust's plrust.allowed_dependencies)
        and list its entries as plrust.allowed_dependencies() does: name, version
        requirement, features, default_features, one row per requirement.

        Exit status: 0 listed, 2 unreadable or invalid (the line and the reason).

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
