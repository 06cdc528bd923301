import Diagnostics

/// A handle to one token of a `SyntaxTree`.
public struct SyntaxToken: Hashable, @unchecked Sendable {
    public let tree: SyntaxTree
    public let index: Int

    public init(tree: SyntaxTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    public static func == (lhs: SyntaxToken, rhs: SyntaxToken) -> Bool { lhs.tree === rhs.tree && lhs.index == rhs.index }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(tree))
        hasher.combine(index)
    }

    public var token: Token { tree.tokens[index] }
    public var kind: TokenKind { token.kind }
    public var span: Span { Span(start: Int(token.start), end: Int(token.end)) }
    /// The token's source text (`r#try` for a raw identifier).
    public var text: String { tree.text(of: token) }

    /// The identifier a name token stands for: `r#try` is `try`.
    public var identifier: String {
        let text = self.text
        if token.flags.contains(.raw), text.hasPrefix("r#") { return String(text.dropFirst(2)) }
        return text
    }
}

extension SyntaxNode {
    /// Direct tokens as handles, in source order.
    public var tokens: [SyntaxToken] { directTokens.map { SyntaxToken(tree: tree, index: $0.index) } }

    /// The first direct token of a kind, as a handle.
    public func token(_ kind: TokenKind) -> SyntaxToken? {
        directTokenIndex(kind).map { SyntaxToken(tree: tree, index: $0) }
    }

    /// The first direct token spelled `word` (contextual keywords: `union`, `auto`, `raw`, `safe`, `default`).
    public func contextualToken(_ word: StaticString) -> SyntaxToken? {
        directTokens.first { $0.token.kind == .ident && !$0.token.flags.contains(.raw) && tree.token($0.token, is: word) }
            .map { SyntaxToken(tree: tree, index: $0.index) }
    }

    /// All tokens of the subtree, in source order.
    public var allTokens: [SyntaxToken] { tokenRange.map { SyntaxToken(tree: tree, index: $0) } }

    /// The first token of the subtree (nil for an empty node).
    public var firstToken: SyntaxToken? {
        let range = tokenRange
        return range.isEmpty ? nil : SyntaxToken(tree: tree, index: range.lowerBound)
    }

    /// The parent node (nil for the root), from the tree's parent table.
    public var parent: SyntaxNode? {
        let parents = tree.parentIndexes()
        let parent = parents[Int(index)]
        return parent >= 0 ? SyntaxNode(tree: tree, index: parent) : nil
    }
}

/// What a walk does after visiting a node.
public enum WalkAction: Sendable {
    case visitChildren
    case skipChildren
}

extension SyntaxNode {
    /// Visits this node and its descendants in source order (pre-order), with
    /// an explicit stack: any depth is safe. `leave` runs after a node's children.
    public func walk(_ visit: (SyntaxNode) -> WalkAction, leave: ((SyntaxNode) -> Void)? = nil) {
        enum Step { case enter(SyntaxNode), exit(SyntaxNode) }
        var stack: [Step] = [.enter(self)]
        while let step = stack.popLast() {
            switch step {
            case .exit(let node):
                leave?(node)
            case .enter(let node):
                let action = visit(node)
                if leave != nil { stack.append(.exit(node)) }
                if action == .visitChildren {
                    for child in node.children.reversed() { stack.append(.enter(child)) }
                }
            }
        }
    }

    /// Every descendant (and this node) of the given kinds, children before
    /// parents. A subtree is a contiguous run of the post-order node array, so
    /// this is one scan with no recursion.
    public func descendants(_ kinds: Set<SyntaxKind>) -> [SyntaxNode] {
        if index == Int32(tree.nodeCount - 1) { return tree.nodes(ofKinds: Array(kinds)) }
        let nodes = tree.nodes
        var found: [SyntaxNode] = []
        for candidate in Int(nodes[Int(index)].firstDescendant)...Int(index) where kinds.contains(nodes[candidate].kind) {
            found.append(SyntaxNode(tree: tree, index: Int32(candidate)))
        }
        return found
    }
}
