import Diagnostics
import Foundation
import BuiltinLintCatalog
import Lints
import RustSyntax

/// One timed phase: maps a file to a number that is summed, so the work
/// cannot be optimised away.
struct Phase {
    let name: String
    let run: (SourceFile, Settings) -> Int
}

/// What is timed. When RustSyntax exposes its lexer on its own, add a
/// `Phase(name: "lex", …)` here to report lexing-only throughput beside parsing.
func phases() -> [Phase] {
    var phases = [
        Phase(name: "parse") { file, settings in
            RustParser.parse(file, edition: settings.edition, mode: settings.mode).nodeCount
        },
    ]
    if let linter = makeLinter() {
        phases.append(Phase(name: "parse+lint") { file, settings in
            SourceLinter(engine: linter, edition: settings.edition, mode: settings.mode).check(file).count
        })
    }
    return phases
}

/// The engine with the built-in catalog, made once (start-up cost is not timed).
func makeLinter() -> LintEngine? {
    guard case .success(let catalog) = LintCatalog.builtin() else { return nil }
    return try? LintEngine(catalog: catalog)
}

/// Loads the corpus into memory, then times each phase over all of it.
/// Called from nonisolated code on purpose: the work runs on another thread
/// (`withLargeStack`), and closures formed in main.swift's top-level code
/// would belong to the main actor and trap there.
func runBenchmark(_ settings: Settings) {
    let corpus = Corpus.load(settings.paths)
    let megabytes = Double(corpus.bytes) / 1e6
    print("corpus: \(corpus.files.count) files, \(format(megabytes, 1)) MB (\(corpus.bytes) bytes)"
        + (corpus.unreadable.isEmpty ? "" : ", \(corpus.unreadable.count) unreadable")
        + "; edition \(settings.edition), \(settings.mode == .crate ? "crate" : "body") mode")

    // One untimed pass warms caches and counts the files with errors.
    let files = corpus.files
    let withErrors = withLargeStack {
        files.reduce(0) { count, file in
            count + (RustParser.parse(file, edition: settings.edition, mode: settings.mode).hasErrors ? 1 : 0)
        }
    }
    print("files with syntax errors: \(withErrors)")
    if settings.slowest > 0 {
        reportSlowest(files, settings, count: settings.slowest)
        return
    }

    for phase in phases() {
        var times: [Double] = []
        var checksum = 0
        for _ in 0..<settings.repetitions {
            let (seconds, sum) = withLargeStack { () -> (Double, Int) in
                var sum = 0
                let start = now()
                for file in files { sum &+= phase.run(file, settings) }
                return (now() - start, sum)
            }
            times.append(seconds)
            checksum = sum
        }
        report(phase.name, times: times, megabytes: megabytes, checksum: checksum)
    }
}

/// `--slowest N`: the N files that take longest to parse and lint, to find what dominates.
func reportSlowest(_ files: [SourceFile], _ settings: Settings, count: Int) {
    guard let engine = makeLinter() else { return }
    let linter = SourceLinter(engine: engine, edition: settings.edition, mode: settings.mode)
    let timed = withLargeStack { () -> [(Double, String, Int)] in
        files.map { file in
            let start = now()
            let findings = linter.check(file).count
            return (now() - start, file.path, findings)
        }
    }
    for (seconds, path, findings) in timed.sorted(by: { $0.0 > $1.0 }).prefix(count) {
        print("\(format(seconds * 1000, 1)) ms  \(path)  (\(findings) findings)")
    }
}

func report(_ name: String, times: [Double], megabytes: Double, checksum: Int) {
    let sorted = times.sorted()
    let best = sorted.first ?? 0
    let median = sorted.isEmpty ? 0 : (sorted[(sorted.count - 1) / 2] + sorted[sorted.count / 2]) / 2
    func rate(_ seconds: Double) -> String { seconds > 0 ? format(megabytes / seconds, 1) : "-" }
    print("\(name): \(times.count) runs, best \(format(best, 3)) s = \(rate(best)) MB/s, "
        + "median \(format(median, 3)) s = \(rate(median)) MB/s  (checksum \(checksum))")
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func format(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}
