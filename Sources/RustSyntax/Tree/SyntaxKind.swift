/// The kind of a syntax-tree node. Tokens are not nodes: each node covers a
/// contiguous run of tokens, and the tokens of a node that no child covers are
/// its own (`fn`, `unsafe`, an operator, a name's identifier…).
public enum SyntaxKind: UInt16, Sendable, CaseIterable {
    // Roots.
    /// A crate root or module file.
    case sourceFile
    /// A PL/Rust function body: statements and an optional tail expression.
    case body
    /// Tokens skipped while recovering from a syntax error.
    case error

    // Names, paths, attributes, visibility.
    case name            // a binding or definition name: one identifier
    case nameRef         // a reference to a name (path segment identifier, field name)
    case lifetime        // one lifetime token: `'a`
    case path            // segments separated by `::`, optional leading `::` or qualified-self
    case pathSegment     // an identifier / `self` / `super` / `crate` / `Self` with optional generic args
    case qualifiedSelf   // `<T as Trait>` or `<T>` at the start of a path
    case genericArgList  // `<…>` or `::<…>` in a path segment
    case parenthesizedArgs // `(A, B) -> C` in `Fn(A, B) -> C`
    case typeArg
    case lifetimeArg
    case constArg
    case assocTypeArg    // `Item = T`, `Item: Bound`, `Item<'a> = T`
    case returnTypeSyntax // `(..)` in `method(..): Send` (return-type notation)
    case attr            // `#[…]` / `#![…]` or a doc comment
    case meta            // the inside of an attribute: path and arguments, or `unsafe(…)`
    case tokenTree       // a delimited group of tokens kept for a macro or attribute
    case visibility      // `pub`, `pub(crate)`, `pub(in path)`
    case macroCall       // `path!(…)` in any position; wrapped by macroExpr/macroType/macroPat/item
    case abi             // `extern` with an optional ABI string

    // Items.
    case fn
    case structItem
    case unionItem
    case enumItem
    case traitItem
    case traitAlias
    case implItem
    case typeAlias
    case constItem
    case staticItem
    case module
    case useItem
    case externCrate
    case externBlock
    case macroRules      // `macro_rules! name { … }`
    case macroDef        // `macro name(…) { … }` (declarative macros 2.0)
    case macroItem       // a macro invocation in item position

    // Item parts.
    case rename          // `as name` / `as _`
    case useTree
    case useTreeList
    case paramList
    case param
    case selfParam
    case variadicParam   // `...` as the last parameter of a foreign function
    case retType
    case genericParamList
    case typeParam
    case lifetimeParam
    case constParam
    case whereClause
    case wherePred
    case typeBoundList
    case typeBound
    case forBinder       // `for<'a, …>`
    case useBoundArgs    // `use<'a, T>` precise-capturing bound
    case recordFieldList
    case recordField
    case tupleFieldList
    case tupleField
    case variantList
    case variant
    case assocItemList   // the braces of a trait or impl
    case externItemList  // the braces of an extern block
    case itemList        // the braces of an inline module
    case fieldDefault    // `= expr` after a record field (default field values)

    // Types.
    case pathType
    case refType
    case ptrType
    case arrayType
    case sliceType
    case tupleType
    case parenType
    case fnPtrType
    case dynTraitType    // `dyn A + B`, or a bare trait object `A + B`
    case implTraitType
    case neverType
    case inferType
    case macroType

    // Patterns.
    case identPat
    case wildcardPat
    case restPat
    case literalPat
    case rangePat
    case refPat
    case boxPat
    case tuplePat
    case tupleStructPat
    case recordPat
    case recordPatFieldList
    case recordPatField
    case slicePat
    case pathPat
    case orPat
    case parenPat
    case macroPat
    case constBlockPat
    case neverPat        // `!` (never patterns)

    // Expressions.
    case literal
    case pathExpr
    case blockExpr       // `{ … }` with optional label and `unsafe`/`async`/`const`/`try`/`gen` modifiers
    case stmtList        // the braces and statements of a block
    case label           // `'a:`
    case tupleExpr
    case arrayExpr
    case parenExpr
    case callExpr
    case argList
    case methodCallExpr
    case fieldExpr
    case indexExpr
    case awaitExpr
    case tryExpr         // `expr?`
    case castExpr
    case refExpr         // `&e`, `&mut e`, `&raw const e`, `&raw mut e`
    case prefixExpr      // `-e`, `!e`, `*e`
    case binExpr         // arithmetic, logic, comparison and (compound) assignment
    case rangeExpr
    case closureExpr
    case ifExpr
    case letExpr         // `let PAT = EXPR` in a condition
    case whileExpr
    case loopExpr
    case forExpr
    case matchExpr
    case matchArmList
    case matchArm
    case matchGuard
    case breakExpr
    case continueExpr
    case returnExpr
    case yieldExpr
    case becomeExpr
    case yeetExpr        // `do yeet e`
    case recordExpr
    case recordExprFieldList
    case recordExprField
    case macroExpr
    case underscoreExpr
    case boxExpr
    case letElse         // the `else { … }` of a `let … else`

    // Statements.
    case letStmt
    case exprStmt
    case emptyStmt       // a lone `;`
    case macroStmt       // a macro invocation in statement position
}
