extension SyntaxTree {
    /// A stable, readable rendering of the tree: one line per node
    /// (`KIND@start..end`) and per token (`kind@start..end "text"`), indented
    /// by depth, nodes and tokens in source order. Built without recursion.
    public func dump() -> String {
        var output = ""
        // Stack entries: a node to open, or a token to print, with its depth.
        enum Entry {
            case node(SyntaxNode, Int)
            case token(Int, Int)
        }
        var stack: [Entry] = [.node(root, 0)]
        while let entry = stack.popLast() {
            switch entry {
            case let .token(index, depth):
                let token = tokens[index]
                output += String(repeating: "  ", count: depth)
                output += "\(token.kind)@\(token.start)..\(token.end) \(quoted(text(of: token)))\n"
            case let .node(node, depth):
                let span = node.span
                output += String(repeating: "  ", count: depth)
                output += "\(node.kind)@\(span.start)..\(span.end)\n"
                // Interleave children and direct tokens in source order, pushed in reverse.
                var entries: [Entry] = []
                var cursor = node.tokenRange.lowerBound
                for child in node.children {
                    while cursor < child.tokenRange.lowerBound {
                        entries.append(.token(cursor, depth + 1))
                        cursor += 1
                    }
                    entries.append(.node(child, depth + 1))
                    cursor = max(cursor, child.tokenRange.upperBound)
                }
                while cursor < node.tokenRange.upperBound {
                    entries.append(.token(cursor, depth + 1))
                    cursor += 1
                }
                stack.append(contentsOf: entries.reversed())
            }
        }
        return output
    }

    private func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
