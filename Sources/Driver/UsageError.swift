/// A mistake in how plrustc was invoked. Reported as a single `error: …` line
/// on stderr, with exit status 2, before any input is read.
struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
