import Diagnostics
import Lints

/// `plrustc lints`: the catalog as a table or JSON.
enum LintsCommand {
    static let command = Command(
        name: "lints",
        summary: "List every lint: name, level, kind and summary",
        help: HelpText.lints,
        options: [.value("--format"), .value("--catalog")],
        run: { scanned, output throws(UsageError) in
            if let extra = scanned.operands.first { throw UsageError("unexpected argument `\(extra)`") }
            let catalog = try CatalogLoader.load(scanned.allValues["--catalog"] ?? [])
            switch scanned.values["--format"] ?? "table" {
            case "table": output.out.write(table(catalog))
            case "json": output.out.write(json(catalog))
            case let other: throw UsageError("invalid format `\(other)` (expected `table` or `json`)")
            }
            output.flush()
            return .success
        })

    static func table(_ catalog: LintCatalog) -> String {
        let rows = catalog.lints.map { [$0.name, $0.level.rawValue, $0.kind, $0.summary] }
        let header = ["NAME", "LEVEL", "KIND", "SUMMARY"]
        var widths = header.map(\.count)
        for row in rows { for (index, cell) in row.enumerated() where index < 3 { widths[index] = max(widths[index], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index < 3 ? cell + String(repeating: " ", count: widths[index] - cell.count + 2) : cell
            }.joined() + "\n"
        }
        return line(header) + rows.map(line).joined()
    }

    static func json(_ catalog: LintCatalog) -> String {
        let items = catalog.lints.map { lint in
            "{" + #""name":"# + JSONRenderer.quoted(lint.name) + #","level":"# + JSONRenderer.quoted(lint.level.rawValue)
                + #","kind":"# + JSONRenderer.quoted(lint.kind) + #","summary":"# + JSONRenderer.quoted(lint.summary) + "}"
        }
        return "[" + items.joined(separator: ",") + "]\n"
    }
}

/// `plrustc explain LINT`: the whole catalog entry.
enum ExplainCommand {
    static let command = Command(
        name: "explain",
        summary: "Explain one lint: what fires, what does not, why, how to rewrite",
        help: HelpText.explain,
        options: [.value("--catalog")],
        run: { scanned, output throws(UsageError) in
            guard scanned.operands.count == 1, let name = scanned.operands.first else {
                throw UsageError("give exactly one lint name (see `plrustc lints`)")
            }
            let catalog = try CatalogLoader.load(scanned.allValues["--catalog"] ?? [])
            guard let lint = catalog.lint(named: name) else {
                throw UsageError("unknown lint `\(name)` (see `plrustc lints`)")
            }
            output.out.write(explanation(lint))
            output.flush()
            return .success
        })

    static func explanation(_ lint: LintDefinition) -> String {
        var text = "\(lint.name) (\(lint.level.rawValue) by default, \(lint.kind) lint)\n\n\(lint.summary)\n\n"
        text += lint.explanation.hasSuffix("\n") ? lint.explanation : lint.explanation + "\n"
        let rules = lint.paths.map { "path   " + $0.joined(separator: "::") }
            + lint.methods.sorted().map { "method ." + $0 + "()" }
            + lint.macros.map { "macro  " + $0.joined(separator: "::") + "!" }
        if !rules.isEmpty { text += "\nRules:\n" + rules.map { "  " + $0 + "\n" }.joined() }
        text += "\nHelp: \(lint.help)\n"
        for (title, fires) in [("Triggers on", true), ("Does not trigger on", false)] {
            text += "\n\(title):\n"
            for example in lint.examples where example.fires == fires {
                text += "\n" + example.code.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
                if !text.hasSuffix("\n") { text += "\n" }
            }
        }
        return text
    }
}
