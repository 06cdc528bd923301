// Paths: `a::b::<T>`, `::std::x`, `<T as Trait>::Assoc`, `Fn(A) -> B`.

/// Where a path appears decides how generic arguments are written.
enum PathStyle {
    /// Expressions and patterns: generic arguments only with a turbofish `::<`.
    case expression
    /// Types and bounds: `<…>` directly, and `Fn(A) -> B` sugar.
    case type
    /// `use`, attributes, visibilities, macro names: no generic arguments.
    case module
}

extension Parser {
    /// Tokens that can begin a path segment.
    func isPathSegmentStart(_ kind: TokenKind) -> Bool {
        switch kind {
        case .ident, .kwSelfValue, .kwSelfType, .kwSuper, .kwCrate: return true
        default: return false
        }
    }

    /// At the start of a path: a segment, `::`, `<` (qualified), or `$crate`.
    var atPathStart: Bool {
        let kind = current
        return isPathSegmentStart(kind) || atPathSeparator() || kind == .lt
            || (allowsDollarCrate && kind == .dollar && nth(1) == .kwCrate)
    }

    @discardableResult
    mutating func path(_ style: PathStyle) -> Completed {
        let marker = start()
        if at(.lt), style != .module {
            qualifiedSelf()
            // A qualified path needs at least one segment: `<T>::x`.
            if atPathSeparator() {
                bump(2)
            } else {
                errorExpected("`::`")
            }
            pathSegment(style)
        } else {
            if atPathSeparator() { bump(2) }
            pathSegment(style)
        }
        while atPathSeparator(), isPathSegmentStart(nth(2)) {
            bump(2)
            pathSegment(style)
        }
        return finish(marker, .path)
    }

    /// `<Type>` or `<Type as Trait>` at the start of a qualified path.
    private mutating func qualifiedSelf() {
        let marker = start()
        bump()  // `<`
        type()
        if eat(.kwAs) {
            let traitMarker = start()
            path(.type)
            finish(traitMarker, .pathType)
        }
        expect(.gt)
        finish(marker, .qualifiedSelf)
    }

    mutating func pathSegment(_ style: PathStyle) {
        let marker = start()
        if at(.dollar), nth(1) == .kwCrate {
            bump(2)
        } else if isPathSegmentStart(current) {
            let name = start()
            bump()
            finish(name, .nameRef)
        } else {
            errorExpected("identifier")
            finish(marker, .pathSegment)
            return
        }
        switch style {
        case .module:
            break
        case .expression:
            if atPathSeparator(), nth(2) == .lt {
                genericArgList(turbofish: true)
            }
        case .type:
            if atPathSeparator(), nth(2) == .lt {
                genericArgList(turbofish: true)
            } else if at(.lt), !at(.lt, .eq) {
                genericArgList(turbofish: false)
            } else if atPathSeparator(), nth(2) == .openParen {
                // `Fn::(A) -> B` is accepted by rustc too.
                bump(2)
                parenthesizedArgs()
            } else if at(.openParen) {
                parenthesizedArgs()
            }
        }
        finish(marker, .pathSegment)
    }

    /// `(A, B) -> C` after `Fn`, or `(..)` (return-type notation).
    private mutating func parenthesizedArgs() {
        let marker = start()
        if nth(1) == .dot, at(.dot, .dot, offset: 1), nth(3) == .closeParen {
            bump(4)
            finish(marker, .returnTypeSyntax)
            return
        }
        bump()  // `(`
        commaSeparated(until: .closeParen) { $0.type() }
        expectClosing(.closeParen)
        if atArrow {
            returnType(allowPlus: false)
        }
        finish(marker, .parenthesizedArgs)
    }

    /// `-> Type`.
    mutating func returnType(allowPlus: Bool = true) {
        let marker = start()
        bump(2)  // `->`
        type(allowPlus: allowPlus)
        finish(marker, .retType)
    }

    // MARK: - Generic arguments

    /// `<…>` or `::<…>`: types, lifetimes, constants and associated-item constraints.
    mutating func genericArgList(turbofish: Bool) {
        let marker = start()
        if turbofish { bump(2) }
        bump()  // `<`
        commaSeparated(until: .gt) { $0.genericArg() }
        expect(.gt)
        finish(marker, .genericArgList)
    }

    private mutating func genericArg() {
        let marker = start()
        switch current {
        case .lifetime:
            lifetime()
            finish(marker, .lifetimeArg)
        case .openBrace:
            blockExpression()
            finish(marker, .constArg)
        case .integer, .float, .char, .byte, .string, .rawString, .byteString, .rawByteString, .cString, .rawCString,
             .kwTrue, .kwFalse:
            literal()
            finish(marker, .constArg)
        case .minus where nth(1) == .integer || nth(1) == .float:
            let negation = start()
            bump()
            literal()
            finish(negation, .prefixExpr)
            finish(marker, .constArg)
        case .ident where isAssocConstraintAhead():
            // `Item = T`, `Item: Bound`, `Item<'a> = T`, `method(..): Send`.
            let name = start()
            bump()
            finish(name, .nameRef)
            if at(.lt) { genericArgList(turbofish: false) }
            if at(.openParen) { parenthesizedArgs() }
            if at(.colon) {
                bump()
                typeBounds(allowEmpty: true)
            } else if eat(.eq) {
                if at(.openBrace) {
                    let constMarker = start()
                    blockExpression()
                    finish(constMarker, .constArg)
                } else {
                    type()
                }
            }
            finish(marker, .assocTypeArg)
        default:
            type()
            finish(marker, .typeArg)
        }
    }

    /// An identifier followed by `=`, `:` or generic arguments and then one of those.
    private func isAssocConstraintAhead() -> Bool {
        let next = nth(1)
        if next == .eq { return !at(.eq, .eq, offset: 1) && !at(.eq, .gt, offset: 1) }
        if next == .colon { return !atPathSeparator(1) }
        var index: Int
        if next == .openParen {
            guard position + 1 < matchingDelimiter.count else { return false }
            index = Int(matchingDelimiter[position + 1]) + 1
        } else if next == .lt {
            // Skip a balanced `<…>` (delimited groups inside are skipped whole).
            index = position + 1
            var angle = 0
            while index < end {
                let kind = tokens[index].kind
                if kind == .lt {
                    angle += 1
                } else if kind == .gt, !(tokens[index - 1].kind == .minus && tokens[index - 1].flags.contains(.joint)) {
                    // (`->` inside the arguments is not a closing angle.)
                    angle -= 1
                    if angle == 0 { break }
                } else if kind.isOpenDelimiter, index < matchingDelimiter.count {
                    index = Int(matchingDelimiter[index])
                } else if kind == .semicolon || kind.isCloseDelimiter {
                    return false
                }
                index += 1
            }
            index += 1
        } else {
            return false
        }
        guard index < end else { return false }
        let after = tokens[index]
        let following = index + 1 < end ? tokens[index + 1].kind : .eof
        if after.kind == .eq {
            return !(after.flags.contains(.joint) && (following == .eq || following == .gt))
        }
        if after.kind == .colon {
            return !(after.flags.contains(.joint) && following == .colon)
        }
        return false
    }

    mutating func lifetime() {
        let marker = start()
        expect(.lifetime)
        finish(marker, .lifetime)
    }

    /// A single-token name (`name` node).
    mutating func name() {
        let marker = start()
        if at(.ident) {
            bump()
        } else {
            errorExpected("identifier")
        }
        finish(marker, .name)
    }
}
