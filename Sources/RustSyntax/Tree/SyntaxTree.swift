import Diagnostics
import Synchronization

/// One node as stored: nodes are kept in post-order (children before their
/// parent, siblings left to right), so a node's descendants are exactly the
/// nodes in `firstDescendant..<index`.
struct RawNode: Sendable {
    var kind: SyntaxKind
    var firstDescendant: UInt32
    var firstToken: UInt32
    var endToken: UInt32
}

/// The result of parsing one source file: its tokens, nodes and diagnostics.
/// Nodes are handles (`SyntaxNode`) into flat arrays, so a tree of any shape
/// is freed without recursion and walked without recursion.
public final class SyntaxTree: @unchecked Sendable {
    public let source: SourceFile
    public let edition: Edition
    public let mode: ParseMode
    /// Every token of the parsed range, trivia excluded, then one `.eof` token.
    public let tokens: [Token]
    let nodes: [RawNode]
    /// Lexical and syntax errors, in source order.
    public let diagnostics: [Diagnostic]
    /// For a PL/Rust body: where its sections are.
    public let bodyLayout: BodyLayout?

    init(source: SourceFile, edition: Edition, mode: ParseMode, tokens: [Token], nodes: [RawNode],
         diagnostics: [Diagnostic], bodyLayout: BodyLayout?) {
        self.source = source
        self.edition = edition
        self.mode = mode
        self.tokens = tokens
        self.nodes = nodes
        self.diagnostics = diagnostics
        self.bodyLayout = bodyLayout
        var present: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for node in nodes {
            let raw = Int(node.kind.rawValue)
            let bit: UInt64 = 1 << UInt64(raw % 64)
            switch raw / 64 {
            case 0: present.0 |= bit
            case 1: present.1 |= bit
            default: present.2 |= bit
            }
        }
        self.presentKinds = present
    }

    /// One bit per kind that occurs in the tree (`SyntaxKind` has fewer than 192 cases).
    private let presentKinds: (UInt64, UInt64, UInt64)

    /// Indexes built on first use: each node's parent, and the nodes of each
    /// kind. One linear pass each, then O(1) per query.
    private let parentTable = Mutex<[Int32]?>(nil)
    private let kindTable = Mutex<KindIndex?>(nil)

    /// Whether any node of the tree has `kind` (from a bit set made with the
    /// tree: a query for an absent kind, as most queries on small macro
    /// expansions are, returns without a scan).
    public func contains(kind: SyntaxKind) -> Bool {
        let raw = Int(kind.rawValue)
        let word: UInt64 = switch raw / 64 {
        case 0: presentKinds.0
        case 1: presentKinds.1
        default: presentKinds.2
        }
        return raw < 192 && word & (1 << UInt64(raw % 64)) != 0
    }

    /// Node ids grouped by kind, each group in post-order: `ids[starts[k]..<starts[k + 1]]`
    /// for kind raw value `k`. Two arrays, however many kinds occur.
    private struct KindIndex {
        let starts: [Int32]
        let ids: [Int32]
    }

    private static let kindCount = SyntaxKind.allCases.count
    /// Below this many nodes (most macro expansions) a scan is cheaper than an index.
    private static let smallTree = 256

    private func kindIndex() -> KindIndex {
        if let known = kindTable.withLock({ $0 }) { return known }
        let kinds = SyntaxTree.kindCount
        var starts = [Int32](repeating: 0, count: kinds + 1)
        for node in nodes { starts[Int(node.kind.rawValue) + 1] += 1 }
        for kind in 0..<kinds { starts[kind + 1] += starts[kind] }
        var next = starts
        var ids = [Int32](repeating: 0, count: nodes.count)
        for index in nodes.indices {
            let kind = Int(nodes[index].kind.rawValue)
            ids[Int(next[kind])] = Int32(index)
            next[kind] += 1
        }
        let index = KindIndex(starts: starts, ids: ids)
        kindTable.withLock { $0 = index }
        return index
    }

    /// Parent node index of every node (-1 for the root).
    func parentIndexes() -> [Int32] {
        if let known = parentTable.withLock({ $0 }) { return known }
        var parents = [Int32](repeating: -1, count: nodes.count)
        for index in nodes.indices {
            let first = Int(nodes[index].firstDescendant)
            var child = index - 1
            while child >= first {
                parents[child] = Int32(index)
                child = Int(nodes[child].firstDescendant) - 1
            }
        }
        parentTable.withLock { $0 = parents }
        return parents
    }

    /// The kind of the node with `id`, without making a handle.
    public func kind(ofNode id: Int) -> SyntaxKind { nodes[id].kind }

    /// For each node id, its parent's id (-1 for the root).
    public var parentIDs: [Int32] { parentIndexes() }

    /// Every node of `kind`, children before their parents (post-order).
    public func nodes(ofKind kind: SyntaxKind) -> [SyntaxNode] {
        if nodes.count <= SyntaxTree.smallTree {
            guard contains(kind: kind) else { return [] }
            var found: [SyntaxNode] = []
            for index in nodes.indices where nodes[index].kind == kind { found.append(SyntaxNode(tree: self, index: Int32(index))) }
            return found
        }
        let index = kindIndex()
        let raw = Int(kind.rawValue)
        guard raw + 1 < index.starts.count else { return [] }
        return index.ids[Int(index.starts[raw])..<Int(index.starts[raw + 1])].map { SyntaxNode(tree: self, index: $0) }
    }

    /// Every node of any of `kinds`: in post-order, or kind by kind when `ordered` is false (cheaper).
    public func nodes(ofKinds kinds: [SyntaxKind], ordered: Bool = true) -> [SyntaxNode] {
        if kinds.count == 1, let only = kinds.first { return nodes(ofKind: only) }
        if nodes.count <= SyntaxTree.smallTree {
            guard kinds.contains(where: { contains(kind: $0) }) else { return [] }
            // One pass, already in post-order.
            var found: [SyntaxNode] = []
            for index in nodes.indices where kinds.contains(nodes[index].kind) {
                found.append(SyntaxNode(tree: self, index: Int32(index)))
            }
            return found
        }
        let all = kinds.flatMap { nodes(ofKind: $0) }
        return ordered ? all.sorted { $0.index < $1.index } : all
    }

    /// The root node (`.sourceFile` or `.body`).
    public var root: SyntaxNode { SyntaxNode(tree: self, index: Int32(nodes.count - 1)) }
    public var nodeCount: Int { nodes.count }
    public var hasErrors: Bool { diagnostics.contains { $0.level == .error } }

    /// Text of a token.
    public func text(of token: Token) -> String {
        source.text(Span(start: Int(token.start), end: Int(token.end)))
    }

    /// Compares a token's bytes with ASCII text without allocating.
    public func token(_ token: Token, is text: StaticString) -> Bool {
        let length = Int(token.end - token.start)
        guard length == text.utf8CodeUnitCount else { return false }
        return source.bytes.withUnsafeBufferPointer { bytes in
            text.withUTF8Buffer { expected in
                var index = 0
                while index < length {
                    if bytes[Int(token.start) + index] != expected[index] { return false }
                    index += 1
                }
                return true
            }
        }
    }
}

/// A handle to one node of a `SyntaxTree`.
public struct SyntaxNode: Hashable, @unchecked Sendable {
    public let tree: SyntaxTree
    let index: Int32

    init(tree: SyntaxTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    /// The node with `id` (as given by `id`) in `tree`; ids out of range give the root.
    public init(treeNode tree: SyntaxTree, id: Int) {
        self.tree = tree
        self.index = Int32(id >= 0 && id < tree.nodeCount ? id : tree.nodeCount - 1)
    }

    public static func == (lhs: SyntaxNode, rhs: SyntaxNode) -> Bool {
        lhs.tree === rhs.tree && lhs.index == rhs.index
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(tree))
        hasher.combine(index)
    }

    var raw: RawNode { tree.nodes[Int(index)] }

    /// A number unique to this node within its tree, in `0..<tree.nodeCount`
    /// (children have smaller ids than their parents).
    public var id: Int { Int(index) }
    /// Whether `other` is this node or one of its descendants (read from the
    /// post-order layout, without the parent table).
    public func contains(_ other: SyntaxNode) -> Bool {
        other.tree === tree && other.index <= index && other.index >= Int32(raw.firstDescendant)
    }

    public var kind: SyntaxKind { raw.kind }
    /// Indexes into `tree.tokens` of the tokens this node covers.
    public var tokenRange: Range<Int> { Int(raw.firstToken)..<Int(raw.endToken) }

    /// Byte span of the node; an empty node sits at the start of the next token.
    public var span: Span {
        let raw = self.raw
        let tokens = tree.tokens
        if raw.firstToken < raw.endToken {
            return Span(start: Int(tokens[Int(raw.firstToken)].start), end: Int(tokens[Int(raw.endToken) - 1].end))
        }
        let at = Int(raw.firstToken) < tokens.count ? Int(tokens[Int(raw.firstToken)].start) : tree.source.bytes.count
        return Span(start: at, end: at)
    }

    /// The source text of the node (tokens and the trivia between them).
    public var text: String { tree.source.text(span) }

    /// Children in source order.
    public var children: [SyntaxNode] {
        var result: [SyntaxNode] = []
        let nodes = tree.nodes
        let first = Int(nodes[Int(index)].firstDescendant)
        var child = Int(index) - 1
        while child >= first {
            result.append(SyntaxNode(tree: tree, index: Int32(child)))
            child = Int(nodes[child].firstDescendant) - 1
        }
        result.reverse()
        return result
    }

    /// The first child of a kind (found without building the child list).
    public func child(_ kind: SyntaxKind) -> SyntaxNode? {
        firstChild { $0 == kind }
    }

    /// The first child whose kind satisfies `accepts` (no child list is built).
    public func firstChild(where accepts: (SyntaxKind) -> Bool) -> SyntaxNode? {
        let nodes = tree.nodes
        let first = Int(nodes[Int(index)].firstDescendant)
        var found = -1
        var child = Int(index) - 1
        while child >= first {
            if accepts(nodes[child].kind) { found = child }
            child = Int(nodes[child].firstDescendant) - 1
        }
        return found >= 0 ? SyntaxNode(tree: tree, index: Int32(found)) : nil
    }

    /// All children of a kind, in order.
    public func children(_ kind: SyntaxKind) -> [SyntaxNode] {
        children.filter { $0.kind == kind }
    }

    /// Tokens of this node that no child covers, in source order (with their indexes).
    public var directTokens: [(index: Int, token: Token)] {
        var result: [(index: Int, token: Token)] = []
        var cursor = Int(raw.firstToken)
        let tokens = tree.tokens
        for child in children {
            let childRange = child.tokenRange
            while cursor < childRange.lowerBound {
                result.append((cursor, tokens[cursor]))
                cursor += 1
            }
            cursor = max(cursor, childRange.upperBound)
        }
        while cursor < Int(raw.endToken) {
            result.append((cursor, tokens[cursor]))
            cursor += 1
        }
        return result
    }

    /// The first direct token of a kind (found without building the token list).
    public func directToken(_ kind: TokenKind) -> Token? {
        directTokenIndex(kind).map { tree.tokens[$0] }
    }

    /// Index of the first direct token of a kind: tokens are scanned from the
    /// end, stepping over each child's range.
    func directTokenIndex(_ kind: TokenKind) -> Int? {
        let nodes = tree.nodes
        let tokens = tree.tokens
        let raw = nodes[Int(index)]
        let firstDescendant = Int(raw.firstDescendant)
        var child = Int(index) - 1
        var cursor = Int(raw.endToken) - 1
        var found: Int?
        while cursor >= Int(raw.firstToken) {
            if child >= firstDescendant {
                let current = nodes[child]
                if cursor < Int(current.firstToken) {
                    // That child lies to the right of the cursor.
                    child = Int(current.firstDescendant) - 1
                    continue
                }
                if cursor < Int(current.endToken) {
                    cursor = Int(current.firstToken) - 1
                    child = Int(current.firstDescendant) - 1
                    continue
                }
            }
            if tokens[cursor].kind == kind { found = cursor }
            cursor -= 1
        }
        return found
    }

    /// Whether a direct token of this kind is present (`unsafe`, `mut`, `async`…).
    public func hasDirectToken(_ kind: TokenKind) -> Bool { directToken(kind) != nil }

    /// Every node of the subtree, this one included, in pre-order. Iterative.
    public var preorder: [SyntaxNode] {
        // Post-order storage reversed gives parent before children, right to left;
        // rebuild the left-to-right pre-order with an explicit stack.
        var result: [SyntaxNode] = []
        var stack: [SyntaxNode] = [self]
        while let node = stack.popLast() {
            result.append(node)
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }
}
