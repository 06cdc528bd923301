/// The exit statuses other programs rely on (see DESIGN.md, "Contracts").
enum ExitStatus: Int32 {
    /// Every input was accepted (parsed, linted, built).
    case success = 0
    /// An input was rejected: syntax errors or lint violations.
    case rejected = 1
    /// Bad invocation, unreadable input or invalid configuration.
    case usage = 2
    /// The backend toolchain failed or is missing (used from issue 4 on).
    case toolchain = 3
}
