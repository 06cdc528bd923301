import RustSyntax

/// The type aliases, structs, enums, unions and traits that the trees of one
/// lint run define (the body and what its macros expand to), by name, with
/// the names `use … as` gives them. Code lints that must know what a name of
/// the body's stands for read it here, whichever tree the name is used in: an
/// alias a macro defines is used outside that macro's expansion.
///
/// By name only, as a syntax-level check can: two items of the same name
/// in different modules both count, which errs on the side of refusing.
final class BodyItems {
    /// `type Name = …;` items (not the associated types of traits and impls, which are only named through a type).
    private(set) var typeAliases: [String: [TypeAliasSyntax]] = [:]
    /// Associated types with a value (`type Target = …;` in an impl).
    private(set) var associatedTypes: [String: [TypeAliasSyntax]] = [:]
    /// Structs, enums and unions.
    private(set) var dataTypes: [String: [SyntaxNode]] = [:]
    private(set) var traits: [String: [SyntaxNode]] = [:]
    /// `use path::Original as Rename;`: the renames of each last segment.
    private var renames: [String: Set<String>] = [:]
    /// What lints work out from these items once per run, by a key of their choosing.
    private var derived: [String: Set<String>] = [:]
    private var facts: [String: Bool] = [:]
    /// Every tree of the run.
    let trees: [SyntaxTree]

    init(trees: [SyntaxTree]) {
        self.trees = trees
        for tree in trees {
            // Associated types are the type aliases directly in a trait's or impl's braces.
            var associated: Set<Int> = []
            if !tree.nodes(ofKind: .typeAlias).isEmpty {
                for list in tree.nodes(ofKind: .assocItemList) {
                    for child in list.children where child.kind == .typeAlias { associated.insert(child.id) }
                }
            }
            for node in tree.nodes(ofKinds: [.typeAlias, .structItem, .enumItem, .unionItem, .traitItem, .useTree], ordered: false) {
                switch node.kind {
                case .useTree:
                    guard let use = node.as(UseTreeSyntax.self), let rename = use.renamedTo?.identifier,
                          let original = use.path?.names.last else { continue }
                    renames[original, default: []].insert(rename)
                default:
                    guard let name = node.child(.name)?.as(NameSyntax.self)?.identifier else { continue }
                    switch node.kind {
                    case .typeAlias:
                        guard let alias = node.as(TypeAliasSyntax.self) else { continue }
                        if associated.contains(node.id) {
                            associatedTypes[name, default: []].append(alias)
                        } else {
                            typeAliases[name, default: []].append(alias)
                        }
                    case .traitItem: traits[name, default: []].append(node)
                    default: dataTypes[name, default: []].append(node)
                    }
                }
            }
        }
    }

    /// `names` and every name `use … as` gives one of them (renames of renames too).
    func withRenames(_ names: Set<String>) -> Set<String> {
        var found = names
        var pending = Array(names)
        while let name = pending.popLast() {
            for rename in renames[name] ?? [] where found.insert(rename).inserted { pending.append(rename) }
        }
        return found
    }

    /// The names (renames included) of items that `selects` picks, where
    /// `selects` may ask whether a name is already picked: worked out to a
    /// fixed point once per run and `key`.
    func names(_ key: String, selecting selects: (_ known: Set<String>) -> Set<String>) -> Set<String> {
        if let known = derived[key] { return known }
        var found: Set<String> = []
        while true {
            let next = withRenames(found.union(selects(found)))
            if next == found { break }
            found = next
        }
        derived[key] = found
        return found
    }

    /// Something true or false of the whole run, worked out once per `key`.
    func fact(_ key: String, _ compute: () -> Bool) -> Bool {
        if let known = facts[key] { return known }
        let value = compute()
        facts[key] = value
        return value
    }

    /// The names of every type parameter declared in the run's trees (a
    /// macro's expansion may use a parameter of the item it stands in).
    var typeParameterNames: Set<String> {
        names("type parameters") { _ in
            Set(trees.flatMap { $0.nodes(ofKind: .typeParam) }.compactMap { $0.child(.name)?.as(NameSyntax.self)?.identifier })
        }
    }
}
