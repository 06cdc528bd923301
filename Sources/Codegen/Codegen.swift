import RustSyntax

/// Wrapper-crate generation and per-target builds (issue 4) will live here.
/// A target triple names the platform code is built for.
public struct TargetTriple: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(_ value: String) { self.value = value }
    public var description: String { value }
}
