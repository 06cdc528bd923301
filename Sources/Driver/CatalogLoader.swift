import BuiltinLintCatalog
import Lints

/// The lints in force: the built-in catalog and the entries of each `--catalog DIR`.
enum CatalogLoader {
    static func load(_ directories: [String]) throws(UsageError) -> LintCatalog {
        var catalog: LintCatalog
        switch LintCatalog.builtin() {
        case .success(let builtin): catalog = builtin
        case .failure(let error): throw UsageError("the built-in lint catalog is invalid: \(error)")
        }
        for directory in directories {
            guard InputFiles.isDirectory(directory) else {
                throw UsageError("couldn't read lint catalog directory `\(directory)`: not a directory")
            }
            var entries: [(file: String, text: String)] = []
            for input in InputFiles.files(below: directory, suffix: ".toml") {
                switch FileReader.read(input) {
                case .success(let bytes):
                    entries.append((input.displayName, String(decoding: bytes, as: UTF8.self)))
                case .failure(let failure):
                    throw UsageError("couldn't read lint catalog entry `\(input.displayName)`: \(failure.reason)")
                }
            }
            let added: LintCatalog
            switch LintCatalog.parse(entries) {
            case .success(let parsed): added = parsed
            case .failure(let error): throw UsageError("invalid lint catalog entry \(error)")
            }
            switch catalog.adding(added) {
            case .success(let merged): catalog = merged
            case .failure(let error): throw UsageError("invalid lint catalog entry \(error)")
            }
        }
        return catalog
    }
}
