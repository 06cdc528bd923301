import Diagnostics

// Types: paths, references, pointers, arrays, slices, tuples, `fn` pointers,
// `dyn`/`impl` trait objects, `!`, `_`, macros, and bare `A + B` trait objects.

extension Parser {
    /// Tokens that can begin a type.
    func canBeginType(_ offset: Int = 0) -> Bool {
        switch nth(offset) {
        case .openParen, .openBracket, .bang, .star, .and, .underscore, .lt, .kwFn, .kwUnsafe, .kwExtern,
             .kwFor, .kwImpl, .kwDyn, .question, .lifetime, .ident, .kwSelfType, .kwSelfValue, .kwSuper, .kwCrate:
            return true
        case .colon:
            return atPathSeparator(offset)
        default:
            return false
        }
    }

    /// A type. `allowPlus: false` where `+` would be ambiguous (after `&`, `as`,
    /// in `fn` pointer return types): there `&A + B` stops after `A`.
    @discardableResult
    mutating func type(allowPlus: Bool = true) -> Completed? {
        guard enter() else { return nil }
        defer { leave() }
        let marker = start()
        // `safe fn()`: rustc's parser reads it as a function pointer type (and refuses
        // `safe` later); a macro rule's `$t:ty` matches it, so it is read the same here.
        if atContextual("safe"), nth(1) == .kwFn || nth(1) == .kwExtern || nth(1) == .kwUnsafe {
            return fnPointerType(marker)
        }
        switch current {
        case .openParen:
            return parenOrTupleType(marker, allowPlus: allowPlus)
        case .bang where !at(.bang, .eq):
            // (`!=` is one token to rustc, never a type.)
            bump()
            return finish(marker, .neverType)
        case .underscore:
            bump()
            return finish(marker, .inferType)
        case .star:
            bump()
            if !eat(.kwConst), !eat(.kwMut) {
                error("expected `mut` or `const` keyword in raw pointer type", label: "expected `mut` or `const` here")
            }
            type(allowPlus: false)
            return finish(marker, .ptrType)
        case .and:
            bump()
            if at(.lifetime) { lifetime() }
            eat(.kwMut)
            type(allowPlus: false)
            return finish(marker, .refType)
        case .openBracket:
            bump()
            type()
            if eat(.semicolon) {
                expression()
                expectClosing(.closeBracket)
                return finish(marker, .arrayType)
            }
            expectClosing(.closeBracket)
            return finish(marker, .sliceType)
        case .kwFn, .kwUnsafe, .kwExtern:
            return fnPointerType(marker)
        case .kwFor:
            // `for<'a> fn(&'a u8)` or a higher-ranked trait object `for<'a> Trait<'a>`.
            if isFnPointerAfterBinder() { return fnPointerType(marker) }
            typeBounds(allowEmpty: false, allowPlus: allowPlus)
            return finish(marker, .dynTraitType)
        case .kwImpl:
            bump()
            typeBounds(allowEmpty: false, allowPlus: allowPlus)
            checkAmbiguousPlus(allowPlus)
            return finish(marker, .implTraitType)
        case .kwDyn:
            bump()
            typeBounds(allowEmpty: false, allowPlus: allowPlus)
            checkAmbiguousPlus(allowPlus)
            return finish(marker, .dynTraitType)
        case .question, .lifetime:
            // A bare trait object starting with a `?Trait` or lifetime bound (`Box<'a + Trait>`).
            let bounds = typeBounds(allowEmpty: false, allowPlus: allowPlus)
            if isOnlyLifetimeBound(bounds) {
                error("lifetimes must be followed by `+` to form a trait object type",
                      at: Span(start: Int(tokens[marker.token].start), end: Int(tokens[marker.token].end)))
            }
            return finish(marker, .dynTraitType)
        case .tilde where nth(1) == .kwConst:
            typeBounds(allowEmpty: false, allowPlus: allowPlus)
            return finish(marker, .dynTraitType)
        case .ident where edition == .e2015 && atContextual("dyn") && isDyn2015BoundStart(nth(1)):
            // In 2015 `dyn` is a keyword only before something that can begin a bound.
            bump()
            typeBounds(allowEmpty: false, allowPlus: allowPlus)
            return finish(marker, .dynTraitType)
        case .kwTypeof:
            bump()
            if current.isOpenDelimiter { tokenTree() }
            error("`typeof` is a reserved keyword but unimplemented", at: Span(start: Int(tokens[marker.token].start), end: Int(tokens[max(marker.token, position - 1)].end)))
            return finish(marker, .error)
        default:
            if atPathStart {
                return pathOrMacroType(marker, allowPlus: allowPlus)
            }
            errorExpected("type")
            return nil
        }
    }

    /// `&dyn A + B` and `-> impl A + B` in a place without `+`: rustc refuses to guess.
    private mutating func checkAmbiguousPlus(_ allowPlus: Bool) {
        if !allowPlus, at(.plus), !at(.plus, .eq) {
            error("ambiguous `+` in a type", label: "add parentheses around the trait object")
        }
    }

    /// A bound list holding just one lifetime.
    private func isOnlyLifetimeBound(_ list: Completed) -> Bool {
        let node = nodes[list.index]
        guard node.endToken - node.firstToken == 1 else { return false }
        return tokens[Int(node.firstToken)].kind == .lifetime
    }

    private func isDyn2015BoundStart(_ kind: TokenKind) -> Bool {
        switch kind {
        case .ident, .kwSelfType, .kwSuper, .kwCrate, .lifetime, .question, .kwFor, .openParen: return true
        default: return false
        }
    }

    private mutating func pathOrMacroType(_ marker: Marker, allowPlus: Bool) -> Completed {
        path(.type)
        if at(.bang), !at(.bang, .eq), nth(1).isOpenDelimiter {
            let call = precedeLast()
            bump()
            tokenTree()
            finish(call, .macroCall)
            return finish(marker, .macroType)
        }
        let pathType = finish(marker, .pathType)
        if allowPlus, at(.plus) {
            // A bare trait object: `Trait + Send` (2015 style, and in bounds lists).
            let object = precede(pathType)
            bareBoundsTail(pathType)
            return finish(object, .dynTraitType)
        }
        return pathType
    }

    /// A marker at the start of the node completed last (to wrap a path in a macro call).
    func precedeLast() -> Marker {
        let last = nodes.count - 1
        guard last >= 0 else { return start() }
        return Marker(node: Int(nodes[last].firstDescendant), token: Int(nodes[last].firstToken))
    }

    /// After `Path` in a bare trait object: wraps the path as the first bound and parses `+ …`.
    private mutating func bareBoundsTail(_ first: Completed) {
        let list = precede(first)
        let bound = precede(first)
        finish(bound, .typeBound)
        while eat(.plus) {
            if !canBeginBound() { break }
            typeBound()
        }
        finish(list, .typeBoundList)
    }

    private mutating func parenOrTupleType(_ marker: Marker, allowPlus: Bool) -> Completed {
        bump()  // `(`
        if eat(.closeParen) { return finish(marker, .tupleType) }
        let list = commaSeparated(until: .closeParen) { $0.type() }
        expectClosing(.closeParen)
        if list.count == 1, !list.trailingComma {
            let paren = finish(marker, .parenType)
            if allowPlus, at(.plus) {
                error("expected a path on the left-hand side of `+`", label: "only a trait path can start a bound list")
            }
            return paren
        }
        return finish(marker, .tupleType)
    }

    /// `for<'a>` followed by `fn`, `unsafe` or `extern`.
    private func isFnPointerAfterBinder() -> Bool {
        guard nth(1) == .lt else { return false }
        var index = position + 2
        var angle = 1
        while index < end, angle > 0 {
            switch tokens[index].kind {
            case .lt: angle += 1
            case .gt: angle -= 1
            case .semicolon, .openBrace, .closeBrace: return false
            default: break
            }
            index += 1
        }
        guard index < end else { return false }
        let after = tokens[index].kind
        if after == .ident, index + 1 < end, atContextual("safe", index - position) {
            let next = tokens[index + 1].kind
            return next == .kwFn || next == .kwUnsafe || next == .kwExtern
        }
        return after == .kwFn || after == .kwUnsafe || after == .kwExtern
    }

    /// `for<'a>? unsafe? (extern "abi"?)? fn(params) (-> T)?`.
    private mutating func fnPointerType(_ marker: Marker) -> Completed {
        if at(.kwFor) { forBinder() }
        if atContextual("safe") { bump() }
        eat(.kwUnsafe)
        if at(.kwExtern) { abi() }
        expect(.kwFn)
        if at(.openParen) {
            parameterList(.fnPointer)
        } else {
            errorExpected("`(`")
        }
        if atArrow { returnType(allowPlus: false) }
        return finish(marker, .fnPtrType)
    }

    /// `extern` with an optional ABI string.
    mutating func abi() {
        let marker = start()
        bump()  // `extern`
        if at(.string) || at(.rawString) {
            if token().flags.contains(.suffixed) { error("suffixes on string literals are invalid", label: "invalid suffix") }
            bump()
        }
        finish(marker, .abi)
    }

    /// `for<'a, 'b>` (also `for<T>` and const parameters under unstable features).
    mutating func forBinder() {
        let marker = start()
        bump()  // `for`
        if at(.lt) {
            genericParamList()
        } else {
            errorExpected("`<`")
        }
        finish(marker, .forBinder)
    }

    // MARK: - Bounds

    func canBeginBound(_ offset: Int = 0) -> Bool {
        switch nth(offset) {
        case .lifetime, .question, .kwFor, .openParen, .tilde, .kwConst, .kwAsync, .bang, .kwUse, .lt, .openBracket,
             .ident, .kwSelfType, .kwSuper, .kwCrate, .kwSelfValue, .dollar:
            return true
        case .colon:
            return atPathSeparator(offset)
        default:
            return false
        }
    }

    /// `Bound + Bound + …` with an optional trailing `+`.
    @discardableResult
    mutating func typeBounds(allowEmpty: Bool, allowPlus: Bool = true) -> Completed {
        let marker = start()
        if !canBeginBound() {
            if !allowEmpty { errorExpected("trait bound") }
            return finish(marker, .typeBoundList)
        }
        typeBound()
        if allowPlus {
            while eat(.plus) {
                if !canBeginBound() { break }
                let before = position
                typeBound()
                if position == before { break }
            }
        }
        return finish(marker, .typeBoundList)
    }

    /// One bound: a lifetime, `?Trait`, `~const Trait`, `const Trait`, `async Fn()`,
    /// `!Trait`, `for<'a> Trait`, `(Trait)`, `use<'a, T>` or a trait path.
    mutating func typeBound() {
        guard enter() else { return }
        defer { leave() }
        let marker = start()
        if at(.lifetime) {
            lifetime()
            finish(marker, .typeBound)
            return
        }
        if at(.kwUse), nth(1) == .lt {
            let args = start()
            bump()
            genericArgsOfUseBound()
            finish(args, .useBoundArgs)
            finish(marker, .typeBound)
            return
        }
        if at(.openParen) {
            bump()
            typeBound()
            expectClosing(.closeParen)
            finish(marker, .typeBound)
            return
        }
        // `[const] Trait` (const-trait syntax): a bracket group before the path.
        if at(.openBracket), nth(1) == .kwConst, nth(2) == .closeBracket {
            bump(3)
        }
        if at(.tilde), nth(1) == .kwConst { bump(2) }
        if at(.kwConst) { bump() }
        if at(.kwAsync) { bump() }
        if at(.question) || at(.bang) { bump() }
        if at(.kwFor) { forBinder() }
        if atPathStart {
            let typeMarker = start()
            path(.type)
            finish(typeMarker, .pathType)
        } else {
            errorExpected("trait bound")
        }
        finish(marker, .typeBound)
    }

    /// `<'a, T, Self>` of a `use<…>` bound.
    private mutating func genericArgsOfUseBound() {
        let marker = start()
        bump()  // `<`
        commaSeparated(until: .gt) { parser in
            let argument = parser.start()
            if parser.at(.lifetime) {
                parser.lifetime()
                parser.finish(argument, .lifetimeArg)
            } else if parser.isPathSegmentStart(parser.current) {
                let name = parser.start()
                parser.bump()
                parser.finish(name, .nameRef)
                parser.finish(argument, .typeArg)
            } else {
                parser.errorExpected("lifetime or type parameter")
            }
        }
        expect(.gt)
        finish(marker, .genericArgList)
    }

    // MARK: - Generic parameters and where clauses

    /// At `<` that opens generic parameters (after `impl`, this is decided by lookahead).
    mutating func genericParamList() {
        let marker = start()
        bump()  // `<`
        commaSeparated(until: .gt) { $0.genericParam() }
        expect(.gt)
        finish(marker, .genericParamList)
    }

    private mutating func genericParam() {
        let marker = start()
        outerAttributes()
        switch current {
        case .lifetime:
            lifetime()
            if eat(.colon) {
                // Lifetime bounds: `'a: 'b + 'c`.
                let bounds = start()
                while at(.lifetime) {
                    let bound = start()
                    lifetime()
                    finish(bound, .typeBound)
                    if !eat(.plus) { break }
                }
                finish(bounds, .typeBoundList)
            }
            finish(marker, .lifetimeParam)
        case .kwConst:
            bump()
            name()
            if expect(.colon) { type() }
            if eat(.eq) {
                // A const argument: a block, a (negated) literal, or a path (parsed as a type).
                // Not a whole expression: the `>` closing the list is not "greater than".
                if at(.openBrace) {
                    blockExpression()
                } else if at(.minus) || current.isLiteral || at(.kwTrue) || at(.kwFalse) {
                    let value = start()
                    if eat(.minus) {
                        literal()
                        finish(value, .prefixExpr)
                    } else {
                        literal()
                    }
                } else {
                    type()
                }
            }
            finish(marker, .constParam)
        case .ident:
            name()
            if eat(.colon) { typeBounds(allowEmpty: true) }
            if eat(.eq) { type() }
            finish(marker, .typeParam)
        default:
            errorExpected("generic parameter")
            finish(marker, .error)
        }
    }

    /// `where T: Bound, 'a: 'b, for<'c> F: Fn(&'c u8),` up to `{`, `;` or `=`.
    mutating func whereClause() {
        guard at(.kwWhere) else { return }
        let marker = start()
        bump()
        while !atEnd {
            if at(.openBrace) || at(.semicolon) || at(.eq) { break }
            let before = position
            wherePredicate()
            if !eat(.comma) { break }
            if position == before { break }
        }
        finish(marker, .whereClause)
    }

    private mutating func wherePredicate() {
        let marker = start()
        if at(.lifetime) {
            lifetime()
            if expect(.colon) {
                let bounds = start()
                while at(.lifetime) {
                    let bound = start()
                    lifetime()
                    finish(bound, .typeBound)
                    if !eat(.plus) { break }
                }
                finish(bounds, .typeBoundList)
            }
        } else if canBeginType() {
            if at(.kwFor) { forBinder() }
            type(allowPlus: false)
            if at(.colon), !atPathSeparator() {
                bump()
                typeBounds(allowEmpty: true)
            } else if at(.eq) {
                // `where T = U` (equality predicates, unstable) is parsed to be reported by rustc.
                bump()
                type()
            } else {
                errorExpected("`:`")
            }
        } else {
            errorExpected("where predicate")
        }
        finish(marker, .wherePred)
    }
}
