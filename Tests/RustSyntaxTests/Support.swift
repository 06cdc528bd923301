import Diagnostics
@testable import RustSyntax

/// Parses text (body mode by default) with the given edition.
func parse(_ text: String, mode: ParseMode = .body, edition: Edition = .e2021) -> SyntaxTree {
    RustParser.parse(SourceFile(path: "test.rs", text: text), edition: edition, mode: mode)
}

/// Messages of a tree's diagnostics.
func messages(_ tree: SyntaxTree) -> [String] { tree.diagnostics.map(\.message) }

/// A compact one-line rendering of a subtree: `kind(children and tokens)`,
/// tokens shown by their text. `binExpr(literal(1) + literal(2))`.
func shape(_ node: SyntaxNode) -> String {
    var parts: [String] = []
    var cursor = node.tokenRange.lowerBound
    for child in node.children {
        while cursor < child.tokenRange.lowerBound {
            parts.append(node.tree.text(of: node.tree.tokens[cursor]))
            cursor += 1
        }
        parts.append(shape(child))
        cursor = max(cursor, child.tokenRange.upperBound)
    }
    while cursor < node.tokenRange.upperBound {
        parts.append(node.tree.text(of: node.tree.tokens[cursor]))
        cursor += 1
    }
    return "\(node.kind)(\(parts.joined(separator: " ")))"
}

/// Shape of the only statement or tail expression of a body.
func bodyShape(_ text: String, edition: Edition = .e2021) -> String {
    let tree = parse(text, edition: edition)
    return tree.root.children.map(shape).joined(separator: " ")
}

/// Kinds of the direct children of the root.
func rootKinds(_ tree: SyntaxTree) -> [SyntaxKind] { tree.root.children.map(\.kind) }

/// Kinds of all tokens (without the final end-of-input token).
func tokenKinds(_ text: String, edition: Edition = .e2021, mode: ParseMode = .body) -> [TokenKind] {
    parse(text, mode: mode, edition: edition).tokens.dropLast().map(\.kind)
}

/// Every node of a tree in pre-order.
func allKinds(_ tree: SyntaxTree) -> [SyntaxKind] { tree.root.preorder.map(\.kind) }
