import Foundation
import Testing
import TOML

@Suite("Robustness")
struct RobustnessTests {
    /// Every span lies inside the input and has a sensible line and column.
    static func checkSpans(of bytes: [UInt8]) {
        func check(_ span: TOMLSpan) {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= bytes.count)
            #expect(span.line >= 1 && span.column >= 1)
        }
        func walk(_ value: TOMLValue) {
            check(value.span)
            if let table = value.table {
                for entry in table.entries {
                    check(entry.keySpan)
                    walk(entry.value)
                }
            } else if let array = value.array {
                array.forEach(walk)
            }
        }
        switch TOMLDocument.parse(bytes) {
        case .success(let document):
            for entry in document.table.entries {
                check(entry.keySpan)
                walk(entry.value)
            }
        case .failure(let failure):
            #expect(!failure.errors.isEmpty)
            failure.errors.forEach { check($0.span) }
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 7)
        let alphabet = Array("[]{}=.,\"'#\\\n\r\t _-+:0123456789abcdefxoTZeinftru".utf8) + [0x00, 0x7F, 0xC3, 0xA9, 0xFF, 0xED]
        for _ in 0..<3000 {
            let length = Int.random(in: 0...120, using: &generator)
            let useAlphabet = Bool.random(using: &generator)
            let bytes = (0..<length).map { _ in
                useAlphabet ? alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] : UInt8.random(in: 0...255, using: &generator)
            }
            RobustnessTests.checkSpans(of: bytes)
        }
    }

    @Test func mutatedDocumentsNeverCrash() {
        var generator = SplitMix64(seed: 11)
        let seed = Array(SpanTests.body.utf8) + Array("\n[[a.b]]\nx = [1, {y = 2020-01-01T00:00:00Z}, '''\nz''']\n".utf8)
        for _ in 0..<3000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(seed[Int.random(in: 0..<seed.count, using: &generator)], at: position)
                default: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                }
                if bytes.isEmpty { bytes = [0x61] }
            }
            RobustnessTests.checkSpans(of: bytes)
        }
    }

    @Test func hundredThousandOpeningBrackets() {
        let brackets = String(repeating: "[", count: 100_000)
        #expect(messages("a = " + brackets).first?.contains("nested too deeply") == true)
        #expect(messages("a = " + String(repeating: "{b=", count: 100_000)).first?.contains("nested too deeply") == true)
        #expect(messages("a = " + String(repeating: "[{b=", count: 50_000)).first?.contains("nested too deeply") == true)
        #expect(messages(brackets).first?.contains("expected a key") == true)
        #expect(!messages(brackets + "a" + String(repeating: "]", count: 100_000)).isEmpty)
    }

    @Test func theNestingLimitIsExact() {
        let limit = TOMLDocument.maximumNestingDepth
        func array(_ depth: Int) -> String {
            "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        }
        #expect(isValid(array(limit)))
        #expect(rejects(array(limit + 1), saying: "nested too deeply"))
        func header(_ depth: Int) -> String {
            "[" + Array(repeating: "t", count: depth).joined(separator: ".") + "]"
        }
        #expect(isValid(header(limit)))
        #expect(rejects(header(limit + 1), saying: "nested too deeply"))
        func dotted(_ depth: Int) -> String {
            Array(repeating: "t", count: depth).joined(separator: ".") + " = 1"
        }
        #expect(isValid(dotted(limit + 1)))
        #expect(rejects(dotted(limit + 2), saying: "nested too deeply"))
        // Tables and arrays count together.
        #expect(rejects(header(limit - 1) + "\n" + array(2), saying: "nested too deeply"))
        #expect(rejects(String(repeating: "t.", count: 100_000) + "t = 1", saying: "nested too deeply"))
        #expect(rejects("[" + String(repeating: "t.", count: 100_000) + "t]", saying: "nested too deeply"))
    }

    @Test func tenMegabyteDocument() throws {
        var text = "[big]\n"
        var index = 0
        while text.utf8.count < 10_000_000 {
            text += "key_\(index) = \"value \\u00e9 \(index)\" # comment\n"
            index += 1
        }
        let root = try table(text)
        let big = try #require(root["big"]?.table)
        #expect(big.count == index)
        let last = try #require(big["key_\(index - 1)"])
        #expect(last.string == "value é \(index - 1)")
        #expect(last.span.line == index + 1)
    }

    @Test func hugeTablesAndLongLines() throws {
        // 100,000 headers, each with a key.
        let headers = (0..<100_000).map { "[t\($0)]\nk = \($0)\n" }.joined()
        #expect(try table(headers).count == 100_000)
        // 200,000 elements on one line: columns must not be recounted from the line start.
        let line = "a = [" + (0..<200_000).map { "{x = \($0)}" }.joined(separator: ", ") + "]"
        let elements = try #require(try value(line)?.array)
        #expect(elements.count == 200_000)
        #expect(elements.last?.span.line == 1)
        #expect(elements.last?.span.column == elements.last.map { $0.span.start + 1 })
        // One 5 MB string with escapes.
        let long = try value("a = \"" + String(repeating: "ab\\n", count: 1_250_000) + "\"")
        #expect(long?.string?.utf8.count == 3_750_000)
        // The same key 100,000 times: one error each, but reading stops after a hundred.
        let duplicates = "a = 0\n" + String(repeating: "a = 1\n", count: 100_000)
        let found = errors(duplicates)
        #expect(found.count == 101)
        #expect(found.last?.message.contains("too many errors") == true)
    }

    @Test func largeDocumentsWithManyKeysAreRead() throws {
        // 160,000 inline tables and as many dotted keys: a quadratic key lookup
        // would make this test crawl (speed itself is measured by benchmarks, not here).
        let count = 160_000
        let text = "a = [" + (0..<count).map { "{k\($0) = 'v'}" }.joined(separator: ",") + "]\n"
            + (0..<count).map { "k\($0).x = 1\n" }.joined()
        let document = try TOMLDocument.parse(text).get()
        #expect(document["a"]?.array?.count == count)
        #expect(document.table.count == count + 1)
        #expect(document["k159999"]?["x"]?.integer == 1)
    }
}
