import Diagnostics
import RustSyntax

/// The lint engine (issue 3) will live here: macro expansion, name resolution,
/// and one file per structural lint behind `Lint`. For now only the protocol
/// that every lint will conform to is fixed.
public protocol Lint {
    /// The compatibility name, e.g. `plrust_leaky`.
    static var name: String { get }
    /// Diagnostics for one parsed body or crate file.
    func check(_ tree: SyntaxTree) -> [Diagnostic]
}
