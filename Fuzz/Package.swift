// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the Rust lexer and parser, the lint engine and the TOML reader, kept out of the main package
// so that `swift build` / `swift test` there never need fuzzer support.
// Build and run: see README.md.
let package = Package(
    name: "PlrustcFuzz",
    dependencies: [
        .package(name: "plrustc", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "ParserFuzzer",
            dependencies: [.product(name: "RustSyntax", package: "plrustc")],
            // libFuzzer supplies `main`; without this flag Swift would emit one too.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "LintFuzzer",
            dependencies: [.product(name: "Lints", package: "plrustc"), .product(name: "RustSyntax", package: "plrustc")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .executableTarget(
            name: "TOMLFuzzer",
            dependencies: [.product(name: "TOML", package: "plrustc"), .product(name: "Dependencies", package: "plrustc")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)
