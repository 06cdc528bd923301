import Diagnostics

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

    /// The first child of a kind.
    public func child(_ kind: SyntaxKind) -> SyntaxNode? {
        children.first { $0.kind == kind }
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

    /// The first direct token of a kind.
    public func directToken(_ kind: TokenKind) -> Token? {
        directTokens.first { $0.token.kind == kind }?.token
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
