// Parse throughput over a corpus of Rust files, single-threaded, in release.
// See Benchmarks/README.md for how to run it and the numbers to compare with.
let settings = readSettings(Array(CommandLine.arguments.dropFirst()))
if settings.scaling {
    runScaling()
} else if settings.bodyLatency {
    runBodyLatency()
} else {
    runBenchmark(settings)
}
