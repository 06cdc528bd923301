import Diagnostics

/// Collects diagnostics up to a limit and counts the ones past it, so input
/// with an error at every token costs no more than input with a hundred.
struct DiagnosticSink {
    private(set) var kept: [Diagnostic] = []
    private(set) var dropped = 0
    let limit: Int

    init(limit: Int = RustParser.maximumDiagnostics) { self.limit = limit }

    mutating func add(_ diagnostic: Diagnostic) {
        if kept.count < limit { kept.append(diagnostic) } else { dropped += 1 }
    }

    var isEmpty: Bool { kept.isEmpty && dropped == 0 }
    var total: Int { kept.count + dropped }
}
