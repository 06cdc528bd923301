import RustSyntax

/// The options `parse` and `lint` share: what the inputs are and which
/// edition they are in, and the operands themselves.
struct InputOptions {
    var mode: ParseMode = .body
    var edition: Edition = .e2021
    var operands: [String]

    init(_ scanned: ScannedArguments) throws(UsageError) {
        operands = scanned.operands
        if scanned.has("--crate") { mode = .crate }
        if let text = scanned.values["--edition"] {
            guard let edition = Edition(text) else {
                throw UsageError("invalid edition `\(text)` (expected 2015, 2018, 2021 or 2024)")
            }
            self.edition = edition
        }
        if operands.isEmpty {
            throw UsageError("no input files (give FILE..., a directory, or `-` for standard input)")
        }
        if operands.filter({ $0 == "-" }).count > 1 {
            throw UsageError("standard input (`-`) can be given only once")
        }
    }
}
