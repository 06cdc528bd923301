import Diagnostics
import Foundation
import Lints
import RustSyntax

/// `--scaling`: shows that hostile inputs cost time proportional to their
/// size. Each family is generated at growing sizes and parsed as a PL/Rust
/// body, and its diagnostics are rendered as the driver would; the cost per
/// megabyte should stay flat as the size grows.
func runScaling() {
    let families: [(name: String, make: (Int) -> [UInt8])] = [
        ("typical body", { size in repeated(typicalBody, toSize: size) }),
        ("nested brackets", { size in
            let depth = size / 2
            return Array(String(repeating: "(", count: depth).utf8) + Array(String(repeating: ")", count: depth).utf8)
        }),
        ("nested unary ops", { size in Array(String(repeating: "-", count: size - 1).utf8) + [UInt8(ascii: "1")] }),
        ("random bytes", { size in
            var generator = SystemRandomNumberGenerator()
            return (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }),
        ("one long line of errors", { size in repeated(Array("€ ".utf8), toSize: size) }),
    ]
    let sizes = [1 << 20, 2 << 20, 5 << 20, 10 << 20]
    print("family                    size      parse+render   per MB")
    for family in families {
        for size in sizes {
            let bytes = family.make(size)
            let file = SourceFile(path: "scaling.rs", bytes: bytes)
            let (seconds, diagnostics) = withLargeStack { () -> (Double, Int) in
                let start = now()
                let tree = RustParser.parse(file, edition: .e2021, mode: .body)
                var rendered = 0
                for diagnostic in tree.diagnostics {
                    rendered &+= HumanRenderer().render(diagnostic, in: file).utf8.count
                }
                return (now() - start, tree.diagnostics.count + rendered % 1)
            }
            let megabytes = Double(bytes.count) / Double(1 << 20)
            print(pad(family.name, 24) + pad("\(format(megabytes, 0)) MiB", 10)
                + pad("\(format(seconds * 1000, 1)) ms", 15) + "\(format(seconds * 1000 / megabytes, 1)) ms"
                + "   (\(diagnostics) diagnostics)")
        }
    }
}

/// A realistic body: items, control flow, closures, macros, strings.
let typicalBody = Array("""
    use std::collections::HashMap;
    fn helper(words: &[&str]) -> HashMap<String, usize> {
        let mut counts = HashMap::new();
        for word in words.iter().map(|w| w.to_lowercase()) {
            *counts.entry(word).or_insert(0) += 1;
        }
        counts
    }
    let text = input.unwrap_or("a b c a");
    let counts = helper(&text.split_whitespace().collect::<Vec<_>>());
    let total: usize = counts.values().sum();
    if total > 10 && counts.len() < 3 { notice!("few distinct words: {}", counts.len()); }
    let mut best = None;
    for (word, count) in &counts {
        match best { Some((_, c)) if c >= *count => {}, _ => best = Some((word.clone(), *count)) }
    }

    """.utf8)

private func repeated(_ unit: [UInt8], toSize size: Int) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(size + unit.count)
    while result.count + unit.count <= size { result += unit }
    return result
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// `--body-latency`: lints a typical body of about 10 KB many times and
/// reports the time per body after start-up (catalog and engine made once).
func runBodyLatency() {
    guard let engine = makeLinter() else { return }
    var text: [UInt8] = []
    while text.count < 10_000 { text += typicalBody }
    let file = SourceFile(path: "body.rs", bytes: text)
    let linter = SourceLinter(engine: engine)
    let runs = 2_000
    let (best, median, findings) = withLargeStack { () -> (Double, Double, Int) in
        var times: [Double] = []
        var findings = 0
        for _ in 0..<runs {
            let start = now()
            findings = linter.check(file).count
            times.append(now() - start)
        }
        times.sort()
        return (times[0], times[times.count / 2], findings)
    }
    print("body of \(text.count) bytes, parse+lint, \(runs) runs: best \(format(best * 1e6, 0)) µs, "
        + "median \(format(median * 1e6, 0)) µs (\(findings) findings)")
}
