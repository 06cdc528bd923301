/// Lint lists as the command line and the environment give them:
/// comma-separated names. An empty list is an error, never "no lints": an
/// unset variable in a script (`--compile-lints "$LINTS"`) must not switch
/// the trust model off.
enum LintLists {
    static func parse(_ text: String, from source: String) throws(UsageError) -> [String] {
        let names = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw UsageError("\(source) names no lint: an empty list would switch the lints off (leave it out for the default)")
        }
        return names
    }
}
