import Diagnostics
import Foundation

/// The typed half of `plrust_fn_pointers`. A function pointer erases the
/// lifetimes of the function it points to, which is how rust#25860 extends a
/// borrow past its end in safe code. The syntax lint sees fn-pointer types
/// that are written; this check sees the ones rustc makes: it asks rustc for
/// the crate's unoptimised MIR (`-Zunpretty=mir -Zmir-opt-level=0`, under
/// `RUSTC_BOOTSTRAP`, in a run of its own that builds nothing) and refuses
/// every coercion of a function or closure into a pointer
/// (`ReifyFnPointer`, `ClosureFnPointer`, `UnsafeFnPointer`). Every fn-pointer
/// value starts at one of them in some body of the crate, and stable std
/// hands out none. Coercions whose span lies in the toolchain's own library
/// (`thread_local!`'s internals) are std's, not the body's.
///
/// The run sees what the build sees: the same edition, crates, target and
/// `-C` options, so `cfg(debug_assertions)` cannot hide code from it.
public enum FnPointerCheck {
    /// Where a coercion is, in the crate file rustc compiled (1-based line and column, as rustc prints them).
    struct Finding: Equatable {
        let file: String
        let line: Int
        let column: Int
        let endLine: Int
        let endColumn: Int
        let text: String
    }

    /// The options that decide what the code means (not where output goes),
    /// kept from a build's arguments.
    static func meaningArguments(_ arguments: [String]) -> [String] {
        let valued: Set<String> = ["--edition", "--crate-name", "--crate-type", "--extern", "-L", "--cfg", "--check-cfg", "--target",
                                   "--sysroot", "--remap-path-prefix"]
        let codegen = ["opt-level=", "debug-assertions=", "overflow-checks=", "panic="]
        var kept: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-C", index + 1 < arguments.count {
                if codegen.contains(where: arguments[index + 1].hasPrefix) { kept += [argument, arguments[index + 1]] }
                index += 2
                continue
            }
            if valued.contains(argument), index + 1 < arguments.count {
                kept += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if valued.contains(where: { argument.hasPrefix($0 + "=") }) { kept.append(argument) }
            index += 1
        }
        return kept
    }

    /// Runs rustc on `source` with `arguments` (from `meaningArguments`) and
    /// returns the coercions of the crate's own code, or the reason the check
    /// could not be made (which refuses the body: unchecked is not accepted).
    static func run(rustc: String, arguments: [String], source: String, scratch: URL, environment: [String: String]? = nil,
                    budget: BuildBudget?) -> Result<[Finding], CheckFailure> {
        var bootstrap = environment ?? ProcessInfo.processInfo.environment
        bootstrap["RUSTC_BOOTSTRAP"] = "1"
        let output = scratch.appendingPathComponent("fn-pointer-check-\(UUID().uuidString).mir")
        defer { try? FileManager.default.removeItem(at: output) }
        let base = arguments + ["-Zunpretty=mir", "-Zmir-opt-level=0", "-o", output.path, source]
        // rustc 1.63 always prints spans and has no `-Zmir-include-spans`; later ones need it.
        var result = ProcessRunner.run(rustc, base + ["-Zmir-include-spans=on"], environment: bootstrap, budget: budget)
        if result.status != 0, result.exceeded == nil, result.errorText.contains("mir-include-spans") {
            result = ProcessRunner.run(rustc, base, environment: bootstrap, budget: budget)
        }
        if let reason = result.exceeded { return .failure(.stopped(reason)) }
        // Read a line at a time: a large constant prints as megabytes of bytes, which need not be in memory at once.
        guard result.status == 0, let file = fopen(output.path, "r") else {
            return .failure(.noOutput(result.errorText.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        defer { fclose(file) }
        var scan = Scan()
        var lines = 0
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        while getline(&buffer, &capacity, file) >= 0, let line = buffer {
            var text = String(cString: line)
            if text.hasSuffix("\n") { text.removeLast() }
            scan.read(Substring(text))
            lines += 1
        }
        guard lines > 0 else { return .failure(.noOutput(result.errorText.trimmingCharacters(in: .whitespacesAndNewlines))) }
        return .success(scan.found)
    }

    enum CheckFailure: Error {
        /// A limit stopped rustc.
        case stopped(String)
        /// rustc gave no MIR (its errors; the real build would report them on the body).
        case noOutput(String)
    }

    /// The coercions into fn pointers in MIR text, except std's own.
    static func findings(inMIR text: String) -> [Finding] {
        var scan = Scan()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) { scan.read(line) }
        return scan.found
    }

    /// The scan of MIR text, a line at a time.
    struct Scan {
        private(set) var found: [Finding] = []
        private var inAllocation = false

        mutating func read(_ line: Substring) {
            // `allocN (size: …) { bytes │ ascii }`: constant data, which may spell anything.
            if inAllocation {
                if line.hasPrefix("}") { inAllocation = false }
                return
            }
            if line.hasPrefix("alloc"), line.dropFirst(5).first?.isNumber == true {
                inAllocation = !line.trimmingCharacters(in: .whitespaces).hasSuffix("{}") && line.hasSuffix("{")
                return
            }
            // The whole line is searched, strings and all: text that only looks like a
            // coercion refuses a body, which is the side to err on; what is read as
            // the span must end the line, where no string of the body's can stand.
            let text = String(line)
            guard let kind = FnPointerCheck.coercion(in: text) else { return }
            let span = FnPointerCheck.span(in: text)
            if let span, FnPointerCheck.isToolchainLibrary(span.file) { return }
            found.append(Finding(file: span?.file ?? "", line: span?.line ?? 0, column: span?.column ?? 0,
                                 endLine: span?.endLine ?? 0, endColumn: span?.endColumn ?? 0, text: kind))
        }
    }

    /// `ReifyFnPointer`, `ClosureFnPointer` or `UnsafeFnPointer` as a cast's
    /// kind: `(PointerCoercion(…` on rustc 1.7x on, `(Pointer(…` on 1.63.
    ///
    /// A coercion into a pointer that takes no arguments (`as fn() -> T`, what
    /// `LazyLock::new(|| …)` makes) is left alone: with no parameters there are
    /// no implied bounds for the pointer to lose, and an output's lifetimes are
    /// fixed when the pointer is made.
    fileprivate static func coercion(in code: String) -> String? {
        for marker in ["(PointerCoercion(", "(Pointer("] {
            var rest = Substring(code)
            while let range = rest.range(of: marker) {
                let after = rest[range.upperBound...]
                for kind in ["ReifyFnPointer", "ClosureFnPointer", "UnsafeFnPointer"] where after.hasPrefix(kind) {
                    if kind != "UnsafeFnPointer", takesNoArguments(rest[..<range.lowerBound]) { break }
                    return kind
                }
                rest = after
            }
        }
        return nil
    }

    /// Whether the cast before a coercion's kind is to `fn()` or `fn() -> T`: `… as fn() -> T `.
    private static func takesNoArguments(_ cast: Substring) -> Bool {
        guard let at = cast.range(of: " as ", options: .backwards) else { return false }
        let type = cast[at.upperBound...].trimmingCharacters(in: .whitespaces)
        return type == "fn()" || type.hasPrefix("fn() -> ")
    }

    /// The ` at FILE:L:C: L:C` that ends a MIR line (its `// scope … at …` comment), if it does.
    fileprivate static func span(in line: String) -> (file: String, line: Int, column: Int, endLine: Int, endColumn: Int)? {
        guard let at = line.range(of: " at ", options: .backwards) else { return nil }
        let text = line[at.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !text.contains("\""), !text.contains("'") else { return nil }
        // `FILE:L:C: L:C`; FILE may hold `:`, so the four numbers are taken from the end.
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 5 else { return nil }
        let numbers = parts.suffix(4).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let line = numbers[0], let column = numbers[1], let endLine = numbers[2], let endColumn = numbers[3] else { return nil }
        return (parts.dropLast(4).joined(separator: ":"), line, column, endLine, endColumn)
    }

    /// The toolchain's own library sources, as rustup's and Debian's rustc name them.
    static func isToolchainLibrary(_ file: String) -> Bool {
        if file.hasPrefix("/rustc/"), file.dropFirst("/rustc/".count).split(separator: "/").dropFirst().first == "library" { return true }
        if file.hasPrefix("/usr/src/rustc-"), file.split(separator: "/").dropFirst(3).first == "library" { return true }
        return file.contains("/lib/rustlib/src/rust/library/")
    }

    /// The findings as diagnostics on the body: `userPath` is the crate file
    /// as rustc names it, `userSource` its text, whose bytes `codeOffset…` are
    /// the body's from `bodyOffset` on. A finding elsewhere (in generated code,
    /// or a dependency's macro) is reported without a place in the body.
    static func diagnostics(_ findings: [Finding], userPath: String, userSource: String, codeOffset: Int, codeLength: Int,
                            bodyOffset: Int) -> [Diagnostic] {
        let file = SourceFile(path: userPath, text: userSource)
        var seen: Set<String> = []
        return findings.compactMap { finding in
            guard seen.insert("\(finding.file):\(finding.line):\(finding.column)").inserted else { return nil }
            var diagnostic = Diagnostic(level: .error, message: "function pointer made by the compiler",
                                        code: "plrust_fn_pointers")
            let start = finding.file == userPath ? file.byteOffset(line: finding.line, column: finding.column) : nil
            let end = finding.file == userPath ? file.byteOffset(line: finding.endLine, column: finding.endColumn) : nil
            if let start, let end, start >= codeOffset, end <= codeOffset + codeLength, start <= end {
                diagnostic.labels = [.primary(Span(start: start - codeOffset + bodyOffset, end: end - codeOffset + bodyOffset),
                                              "rustc turns this into a function pointer (\(finding.text))")]
            } else {
                diagnostic.children.append(Diagnostic(level: .note, message: "at \(finding.file):\(finding.line):\(finding.column), "
                                                      + "outside the body's own text (\(finding.text))"))
            }
            diagnostic.children.append(Diagnostic(level: .note, message: "found in rustc's typed view of the function (its MIR), "
                                                  + "which sees the types the compiler infers, not only those written"))
            diagnostic.children.append(Diagnostic(level: .help, message: "call the function directly, or take a closure as `impl Fn(…)`; "
                                                  + "a function pointer loses the lifetimes rustc would check (rust#25860)"))
            return diagnostic
        }
    }
}
