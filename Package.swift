// swift-tools-version: 6.1
import PackageDescription

// Layout (see ../shared/DESIGN.md): data flows one way,
// Diagnostics ← RustSyntax ← Lints ← Codegen ← Driver.
let package = Package(
    name: "plrustc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plrustc", targets: ["Driver"]),
        .library(name: "RustSyntax", targets: ["RustSyntax"]),
        .library(name: "TOML", targets: ["TOML"]),
        .library(name: "Lints", targets: ["Lints"]),
        .library(name: "Dependencies", targets: ["Dependencies"]),
    ],
    targets: [
        // Source files, byte spans, line/column maps, and rustc-style rendering (human, JSON).
        .target(name: "Diagnostics"),
        // A TOML 1.0 reader for `[dependencies]` sections, allow-lists and configuration (no dependencies).
        .target(name: "TOML"),
        // Semver requirements, the dependency allow-list and the check of a body's `[dependencies]`.
        .target(name: "Dependencies", dependencies: ["TOML", "Diagnostics", "RustSyntax"]),
        // Lexer, parser and syntax tree for Rust, plus PL/Rust's body format.
        .target(name: "RustSyntax", dependencies: ["Diagnostics"]),
        // The lint engine: macro expansion, name resolution, lint passes, catalog reading.
        .target(name: "Lints", dependencies: ["RustSyntax", "Diagnostics", "TOML", "Dependencies"]),
        // The built-in catalog: lint-catalog/*.toml, embedded at build time by the plugin below.
        .target(name: "BuiltinLintCatalog", dependencies: ["Lints"], plugins: ["EmbedLintCatalog"]),
        .executableTarget(name: "FileEmbedder"),
        .plugin(name: "EmbedLintCatalog", capability: .buildTool(), dependencies: ["FileEmbedder"]),
        // The C ABI between a built function and its host: a header (plrustc.h) for the
        // extension, which `plrustc call` and the tests use too.
        .target(name: "PLRustcABI"),
        // Starting build steps in a process group of their own, with per-process limits (C: vfork, setrlimit).
        .target(name: "ProcessControl"),
        // Wrapper crate generation, the runtime crate (runtime/, embedded by the plugin
        // below), toolchains per target triple, builds, cache and manifest.
        .target(name: "Codegen", dependencies: ["RustSyntax", "Lints", "Diagnostics", "PLRustcABI", "ProcessControl", "Dependencies",
                                               "TOML"],
                plugins: ["EmbedRuntime"]),
        .plugin(name: "EmbedRuntime", capability: .buildTool(), dependencies: ["FileEmbedder"]),
        // The `plrustc` command line: wires the libraries together.
        .executableTarget(name: "Driver", dependencies: ["RustSyntax", "Lints", "BuiltinLintCatalog", "Codegen", "Diagnostics",
                                                         "PLRustcABI", "Dependencies"]),
        // Parse throughput over a directory of Rust files (see Benchmarks/README.md).
        .executableTarget(name: "ParseBenchmark", dependencies: ["RustSyntax", "Diagnostics", "Lints", "BuiltinLintCatalog"],
                         path: "Benchmarks/ParseBenchmark"),
        // Compile latency against cargo, and cache hits (see Benchmarks/README.md).
        .executableTarget(name: "CompileBenchmark", dependencies: ["Codegen", "Lints", "BuiltinLintCatalog", "Diagnostics"],
                         path: "Benchmarks/CompileBenchmark"),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "RustSyntaxTests", dependencies: ["RustSyntax", "Diagnostics"]),
        .testTarget(name: "LintsTests", dependencies: ["Lints", "BuiltinLintCatalog", "RustSyntax", "Diagnostics"]),
        .testTarget(name: "DriverTests", dependencies: ["Driver"]),
        .testTarget(name: "DependenciesTests", dependencies: ["Dependencies", "Diagnostics"]),
        .testTarget(name: "CodegenTests", dependencies: ["Codegen", "Lints", "BuiltinLintCatalog", "Diagnostics"]),
        // Cases/ holds .toml files with the results tomllib gives for them (scripts/toml-differential).
        .testTarget(name: "TOMLTests", dependencies: ["TOML"], exclude: ["Cases"]),
    ]
)
