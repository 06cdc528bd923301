/// SARIF 2.1.0 (the Static Analysis Results Interchange Format read by
/// code-scanning services): one document for a whole run, with the rules that
/// can fire and one result per diagnostic.
public struct SARIFRenderer: Sendable {
    /// A rule as SARIF describes it (a lint of the catalog).
    public struct Rule: Sendable {
        public let id: String
        public let summary: String
        public let explanation: String
        public let help: String
        public let level: Level
        public init(id: String, summary: String, explanation: String, help: String, level: Level) {
            self.id = id
            self.summary = summary
            self.explanation = explanation
            self.help = help
            self.level = level
        }
    }

    public let toolName: String
    public let toolVersion: String
    public let rules: [Rule]
    private var results: [String] = []

    public init(toolName: String, toolVersion: String, rules: [Rule]) {
        self.toolName = toolName
        self.toolVersion = toolVersion
        self.rules = rules
    }

    /// Adds one diagnostic (its code, if any, is the rule id).
    public mutating func add(_ diagnostic: Diagnostic, in file: SourceFile) {
        var result = "{"
        if let code = diagnostic.code { result += #""ruleId":"# + JSONRenderer.quoted(code) + "," }
        result += #""level":"# + JSONRenderer.quoted(Self.level(diagnostic.level))
        var message = diagnostic.message
        for child in diagnostic.children where child.labels.isEmpty && child.level == .help {
            message += "\nhelp: " + child.message
        }
        result += #","message":{"text":"# + JSONRenderer.quoted(message) + "}"
        let primary = diagnostic.labels.filter(\.isPrimary)
        result += #","locations":["# + primary.map { location($0, in: file) }.joined(separator: ",") + "]"
        let related = diagnostic.labels.filter { !$0.isPrimary }
        if !related.isEmpty {
            result += #","relatedLocations":["# + related.enumerated().map { index, label in
                "{\"id\":\(index)," + location(label, in: file).dropFirst()
            }.joined(separator: ",") + "]"
        }
        result += "}"
        results.append(result)
    }

    /// The whole document, one line of JSON.
    public func render() -> String {
        let ruleObjects = rules.map { rule in
            "{" + #""id":"# + JSONRenderer.quoted(rule.id)
                + #","shortDescription":{"text":"# + JSONRenderer.quoted(rule.summary) + "}"
                + #","fullDescription":{"text":"# + JSONRenderer.quoted(rule.explanation) + "}"
                + #","help":{"text":"# + JSONRenderer.quoted(rule.help) + "}"
                + #","defaultConfiguration":{"level":"# + JSONRenderer.quoted(Self.level(rule.level)) + "}}"
        }
        return #"{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"# + JSONRenderer.quoted(toolName)
            + #","version":"# + JSONRenderer.quoted(toolVersion) + #","rules":["# + ruleObjects.joined(separator: ",")
            + #"]}},"results":["# + results.joined(separator: ",") + "]}]}"
    }

    private static func level(_ level: Level) -> String {
        switch level {
        case .error: return "error"
        case .warning: return "warning"
        case .note, .help: return "note"
        }
    }

    /// A physical location with a region in 1-based lines and columns (end column exclusive).
    private func location(_ label: Label, in file: SourceFile) -> String {
        let start = file.diagnosticLocation(ofByte: label.span.start)
        let end = file.diagnosticLocation(ofByte: label.span.end)
        var text = #"{"physicalLocation":{"artifactLocation":{"uri":"# + JSONRenderer.quoted(file.path) + "}"
        text += #","region":{"startLine":\#(start.line),"startColumn":\#(start.column),"endLine":\#(end.line),"endColumn":\#(end.column)}}"#
        if let message = label.message { text += #","message":{"text":"# + JSONRenderer.quoted(message) + "}" }
        return text + "}"
    }
}
