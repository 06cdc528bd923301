import Diagnostics
import Foundation

/// Reads rustc's JSON diagnostics (`--error-format=json`) for a wrapper crate
/// and moves their spans from the generated file onto the user's body, so
/// errors point at the lines the user wrote.
enum CompilerDiagnostics {
    /// `wrapperPath`: the generated file rustc compiled; its bytes
    /// `codeOffset..<codeOffset + codeLength` are the body's bytes from `bodyOffset` on.
    static func mapped(_ stderr: String, wrapperPath: String, codeOffset: Int, codeLength: Int, bodyOffset: Int)
        -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for line in stderr.split(separator: "\n") where line.hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  (object["$message_type"] as? String ?? "diagnostic") == "diagnostic" else { continue }
            let message = object["message"] as? String ?? ""
            // rustc's own summary; plrustc prints its own.
            if isSummary(message) { continue }
            if let diagnostic = convert(object, wrapperPath: wrapperPath, codeOffset: codeOffset, codeLength: codeLength,
                                        bodyOffset: bodyOffset, isChild: false) {
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// cargo's `--message-format json` output: the user crate's compiler
    /// messages mapped onto the body, other crates' errors as they are
    /// rendered, and the path of `artifactCrate`'s shared library.
    static func cargoMessages(_ stdout: String, userCrate: String, artifactCrate: String, codeOffset: Int, codeLength: Int,
                              bodyOffset: Int) -> (diagnostics: [Diagnostic], artifact: String?) {
        var diagnostics: [Diagnostic] = []
        var artifact: String?
        for line in stdout.split(separator: "\n") where line.hasPrefix("{") {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            let target = (record["target"] as? [String: Any])?["name"] as? String
            switch record["reason"] as? String {
            case "compiler-artifact" where target == artifactCrate:
                artifact = (record["filenames"] as? [String])?.first { $0.hasSuffix(".so") }
            case "compiler-message":
                guard let message = record["message"] as? [String: Any] else { continue }
                let text = message["message"] as? String ?? ""
                if isSummary(text) { continue }
                if target == userCrate {
                    if let diagnostic = convert(message, wrapperPath: WrapperCrate.cargoUserPath, codeOffset: codeOffset,
                                                codeLength: codeLength, bodyOffset: bodyOffset, isChild: false) {
                        diagnostics.append(diagnostic)
                    }
                } else if message["level"] as? String == "error" {
                    // A dependency that does not build: its own words, without spans in the body.
                    let rendered = (message["rendered"] as? String ?? text).trimmingCharacters(in: .whitespacesAndNewlines)
                    diagnostics.append(Diagnostic(level: .error, message: "a dependency does not build (`\(target ?? "?")`)",
                                                  children: [Diagnostic(level: .note, message: rendered)]))
                }
            default:
                continue
            }
        }
        return (diagnostics, artifact)
    }

    /// rustc's closing lines (`aborting due to…`, `3 warnings emitted`): plrustc prints its own summary.
    static func isSummary(_ message: String) -> Bool {
        message.hasPrefix("aborting due to") || message.hasPrefix("For more information about")
            || message.hasPrefix("Some errors have detailed explanations")
            || (message.hasSuffix(" emitted") && message.first?.isNumber == true)
    }

    private static func convert(_ object: [String: Any], wrapperPath: String, codeOffset: Int, codeLength: Int,
                                bodyOffset: Int, isChild: Bool) -> Diagnostic? {
        let level: Level
        switch object["level"] as? String ?? "" {
        case "error", "error: internal compiler error": level = .error
        case "warning": level = .warning
        case "note", "failure-note": level = .note
        case "help": level = .help
        default: return nil
        }
        var labels: [Label] = []
        var outside = false
        for span in object["spans"] as? [[String: Any]] ?? [] {
            guard let file = span["file_name"] as? String, let start = span["byte_start"] as? Int,
                  let end = span["byte_end"] as? Int else { continue }
            let isPrimary = span["is_primary"] as? Bool ?? false
            // Spans inside a macro's expansion are reported at the outermost call site.
            guard (file == wrapperPath || file.hasSuffix("/" + URL(fileURLWithPath: wrapperPath).lastPathComponent)),
                  start >= codeOffset, end <= codeOffset + codeLength else {
                if isPrimary { outside = true }
                continue
            }
            let mapped = Span(start: start - codeOffset + bodyOffset, end: end - codeOffset + bodyOffset)
            labels.append(Label(span: mapped, message: span["label"] as? String, isPrimary: isPrimary))
        }
        var children: [Diagnostic] = []
        for child in object["children"] as? [[String: Any]] ?? [] {
            if let converted = convert(child, wrapperPath: wrapperPath, codeOffset: codeOffset, codeLength: codeLength,
                                       bodyOffset: bodyOffset, isChild: true) {
                children.append(converted)
            }
        }
        if !isChild, outside, !labels.contains(where: \.isPrimary) {
            // A warning about the generated code is plrustc's business, not the user's.
            if level == .warning { return nil }
            children.append(Diagnostic(level: .note, message: "reported in the code plrustc generates around the body"))
        }
        var code: String?
        if let codeObject = object["code"] as? [String: Any] { code = codeObject["code"] as? String }
        return Diagnostic(level: level, message: object["message"] as? String ?? "", code: code, labels: labels,
                          children: children)
    }
}
