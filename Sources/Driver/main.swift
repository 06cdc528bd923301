#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `plrustc`: everything interesting lives in the libraries; this file only
// hands the arguments to the dispatcher and turns its verdict into the exit status.
let status = Dispatcher.run(Array(CommandLine.arguments.dropFirst()))
exit(status.rawValue)
