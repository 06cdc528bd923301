import Lints

extension LintCatalog {
    /// The catalog compiled into plrustc from `lint-catalog/` (embedded at
    /// build time by the EmbedLintCatalog plugin, which runs for this target only).
    public static func builtin() -> Result<LintCatalog, CatalogError> {
        parse(EmbeddedCatalog.entries.map { (file: "lint-catalog/\($0.file)", text: $0.text) }, allowCode: true)
    }
}
