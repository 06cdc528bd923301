import RustSyntax

/// Tells, from a path's tokens alone, that it cannot name anything a data
/// rule refuses, so that most paths (`x`, `self.len`, `Vec::new`) are never
/// resolved.
///
/// Why it is safe: a path resolves to a refused item (or something inside a
/// refused module) only if the refused path's last segment appears in the
/// resolution. That segment is either written in the path itself, or it comes
/// from what a written name stands for: a name the code binds (`use … as x`,
/// `type X = …`, `extern crate … as x`) to a refused item, a prelude name
/// whose standard path a rule covers (`drop` when `std::mem` is refused), or
/// a glob import. (A name bound to anything else can only reach a refused item
/// through segments written after it.) So a path is resolved when any of its
/// tokens is such a name; and when a glob's own path holds one, the screen
/// lets every path through.
///
/// Names are kept as bits of a hash table: a collision only costs one
/// resolution, never a missed one.
struct PathScreen {
    private var bits = [UInt64](repeating: 0, count: PathScreen.words)
    /// Set when a glob import may bring refused items in under any name.
    private(set) var admitsEverything = false

    private static let words = 1 << 10

    /// The names that come from the rules themselves; the same for every body.
    static func ruleNames(_ lints: [LintDefinition]) -> [String] {
        let rulePaths = lints.flatMap { $0.paths + $0.macros }
        var names = Set(rulePaths.compactMap(\.last))
        names.formUnion(lints.flatMap(\.methods))
        // `Self::leak` and `<T>::leak` are checked by method name whatever they resolve to.
        names.insert("Self")
        // A rule on a whole crate is met by any of the standard library's spellings.
        if rulePaths.contains(where: { $0.count == 1 && StandardLibrary.crateNames.contains($0[0]) }) {
            names.formUnion(StandardLibrary.crateNames)
        }
        // Prelude names standing for a covered path: `drop` is `std::mem::drop`.
        let prelude = StandardLibrary.preludeTypes.merging(StandardLibrary.preludeValues) { first, _ in first }
        for (name, path) in prelude where rulePaths.contains(where: { path.starts(with: $0) }) {
            names.insert(name)
        }
        return names.sorted()
    }

    /// `ruleNames` from `ruleNames(_:)`; `bound` are the names the trees'
    /// imports, aliases and extern crates bind to refused items; `globs` the
    /// paths of their glob imports.
    init(ruleNames: [String], bound: [String], globs: [[String]]) {
        for name in ruleNames { insert(name) }
        for name in bound { insert(name) }
        admitsEverything = globs.contains { $0.contains(where: contains) }
    }

    private mutating func insert(_ name: String) {
        var name = name
        let hash = name.withUTF8 { PathScreen.hash($0) }
        bits[Int(hash >> 6) & (PathScreen.words - 1)] |= 1 << (hash & 63)
    }

    private func contains(_ name: String) -> Bool {
        var name = name
        return test(name.withUTF8 { PathScreen.hash($0) })
    }

    private func test(_ hash: UInt64) -> Bool {
        bits[Int(hash >> 6) & (PathScreen.words - 1)] & (1 << (hash & 63)) != 0
    }

    /// Whether any identifier or keyword among `tokens` of `tree` may be one of the names.
    func admits(_ tokens: Range<Int>, of tree: SyntaxTree) -> Bool {
        if admitsEverything { return true }
        return tree.source.bytes.withUnsafeBufferPointer { bytes in
            for index in tokens {
                let token = tree.tokens[index]
                guard token.kind.isIdentOrKeyword else { continue }
                var start = Int(token.start)
                // `r#forget` is `forget`.
                if token.flags.contains(.raw) { start += 2 }
                let end = Int(token.end)
                guard start <= end, end <= bytes.count else { return true }
                if test(PathScreen.hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))) { return true }
            }
            return false
        }
    }

    /// FNV-1a over the name's UTF-8 bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
