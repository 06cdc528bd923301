// Parse throughput over a corpus of Rust files, single-threaded, in release.
// See Benchmarks/README.md for how to run it and the numbers to compare with.
runBenchmark(readSettings(Array(CommandLine.arguments.dropFirst())))
