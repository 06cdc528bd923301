import Diagnostics

// Items: functions, structs, unions, enums, traits, impls, type aliases,
// consts, statics, modules, `use`, `extern crate`, extern blocks, macros.

/// Where an item appears: it decides what is allowed inside.
enum ItemContext {
    case module, block, trait, impl, externBlock
}

/// How a parameter list is read.
enum ParameterListKind {
    /// A function or method; `typeOnly` allows `fn f(u8)` (2015 trait methods).
    case function(typeOnly: Bool)
    /// A `fn` pointer type: names are optional.
    case fnPointer
}

extension Parser {
    /// Items up to `closing` (not consumed), or to the end of input when nil.
    mutating func items(closing: TokenKind?, context: ItemContext) {
        while !atEnd {
            if let closing, at(closing) { return }
            let before = position
            let marker = start()
            outerAttributes()
            if !item(marker, context: context) {
                if atEnd || (closing.map { at($0) } ?? false) {
                    // Attributes with nothing after them.
                    if nodes.count > marker.node {
                        error("expected item after attributes", label: "nothing follows these attributes")
                        finish(marker, .error)
                    }
                    return
                }
                errorExpected("item")
                skipTokenOrTree()
                finish(marker, .error)
            }
            if position == before { skipAsError() }
        }
    }

    /// One item after its outer attributes (already parsed from `marker`).
    /// Returns false when nothing here begins an item.
    @discardableResult
    mutating func item(_ marker: Marker, context: ItemContext) -> Bool {
        guard enter() else { return true }
        defer { leave() }
        let hadVisibility = visibility()
        switch current {
        case .kwUse:
            bump()
            useTree()
            expect(.semicolon)
            finish(marker, .useItem)
        case .kwFn:
            function(marker, context: context)
        case .kwStruct:
            structItem(marker)
        case .kwEnum:
            enumItem(marker)
        case .kwType:
            typeAlias(marker)
        case .kwMod:
            module(marker)
        case .kwTrait:
            traitItem(marker)
        case .kwImpl:
            implItem(marker)
        case .kwStatic:
            staticItem(marker)
        case .kwConst:
            if context == .externBlock, !isFunctionAhead() {
                error("extern items cannot be `const`", label: "use `static` for a foreign variable")
            }
            if isFunctionAhead() {
                function(marker, context: context)
            } else if nth(1) == .kwImpl || (nth(1) == .kwUnsafe && nth(2) == .kwImpl) {
                implItem(marker)
            } else if nth(1) == .kwTrait || (nth(1) == .kwUnsafe && nth(2) == .kwTrait) || atContextual("auto", 1) {
                traitItem(marker)
            } else {
                constItem(marker)
            }
        case .kwAsync, .kwGen:
            function(marker, context: context)
        case .kwUnsafe:
            switch nth(1) {
            case .kwImpl: implItem(marker)
            case .kwTrait: traitItem(marker)
            case .kwMod: module(marker)
            case .kwStatic: staticItem(marker)
            case .kwExtern where nth(2) == .openBrace || (nth(2).isLiteral && nth(3) == .openBrace):
                externBlock(marker)
            case .ident where atContextual("auto", 1):
                traitItem(marker)
            default:
                function(marker, context: context)
            }
        case .kwExtern:
            if nth(1) == .kwCrate {
                externCrate(marker)
            } else if nth(1) == .openBrace || (nth(1).isLiteral && nth(2) == .openBrace) {
                externBlock(marker)
            } else {
                function(marker, context: context)
            }
        case .kwMacro:
            macroDefinition(marker)
        case .ident:
            if atContextual("union"), nth(1) == .ident {
                unionItem(marker)
            } else if atContextual("auto"), nth(1) == .kwTrait {
                traitItem(marker)
            } else if atContextual("default"), isDefaultItemAhead() {
                if nth(1) == .kwImpl || (nth(1) == .kwUnsafe && nth(2) == .kwImpl) {
                    implItem(marker)
                } else if nth(1) == .kwType {
                    bump()
                    typeAlias(marker)
                } else if nth(1) == .kwConst, !isFunctionAhead(1) {
                    bump()
                    constItem(marker)
                } else {
                    function(marker, context: context)
                }
            } else if atContextual("safe"), nth(1) == .kwFn || nth(1) == .kwStatic {
                if nth(1) == .kwFn {
                    function(marker, context: context)
                } else {
                    bump()
                    staticItem(marker)
                }
            } else if atContextual("macro_rules"), nth(1) == .bang, nth(2) == .ident || nth(2).isKeyword {
                if hadVisibility { error("can't qualify macro_rules invocation with `pub`", label: "use `#[macro_export]` instead") }
                macroRules(marker)
            } else if isMacroCallAhead() {
                if hadVisibility { error("visibility is not allowed on a macro invocation") }
                macroItem(marker)
            } else {
                return failItem(marker, hadVisibility: hadVisibility)
            }
        default:
            if atPathStart, isMacroCallAhead() {
                if hadVisibility { error("visibility is not allowed on a macro invocation") }
                macroItem(marker)
            } else {
                return failItem(marker, hadVisibility: hadVisibility)
            }
        }
        return true
    }

    private mutating func failItem(_ marker: Marker, hadVisibility: Bool) -> Bool {
        if hadVisibility {
            errorExpected("item after visibility")
            finish(marker, .error)
            return true
        }
        return false
    }

    /// `default` followed by something an item can start with (specialization).
    private func isDefaultItemAhead() -> Bool {
        switch nth(1) {
        case .kwFn, .kwImpl, .kwType, .kwConst, .kwAsync, .kwUnsafe, .kwExtern, .kwPub: return true
        case .ident: return atContextual("safe", 1)
        default: return false
        }
    }

    /// Skipping `const`, `async`, `gen`, `unsafe`, `safe`, `default` and `extern "abi"`, a `fn` follows.
    private func isFunctionAhead(_ from: Int = 0) -> Bool {
        var offset = from
        while true {
            switch nth(offset) {
            case .kwFn: return true
            case .kwConst, .kwAsync, .kwUnsafe, .kwGen: offset += 1
            case .kwExtern:
                offset += 1
                if nth(offset) == .string || nth(offset) == .rawString { offset += 1 }
            case .ident where atContextual("safe", offset) || atContextual("default", offset):
                offset += 1
            default: return false
            }
        }
    }

    /// A path followed by `!` and a delimiter (or an identifier, as in `macro_rules! name`).
    private func isMacroCallAhead() -> Bool {
        var offset = 0
        if atPathSeparator() { offset = 2 }
        while true {
            guard isPathSegmentStart(nth(offset)) else { return false }
            offset += 1
            if atPathSeparator(offset) {
                offset += 2
                continue
            }
            return nth(offset) == .bang && !at(.bang, .eq, offset: offset) && nth(offset + 1).isOpenDelimiter
        }
    }

    // MARK: - Visibility

    /// `pub`, `pub(crate)`, `pub(self)`, `pub(super)`, `pub(in path)`. Returns whether one was parsed.
    @discardableResult
    mutating func visibility() -> Bool {
        guard at(.kwPub) else { return false }
        let marker = start()
        bump()
        if at(.openParen) {
            switch nth(1) {
            case .kwCrate, .kwSelfValue, .kwSuper:
                // Only `pub(crate)`, not `pub (crate::A)` in a tuple struct.
                if nth(2) == .closeParen { bump(3) }
            case .kwIn:
                bump(2)
                path(.module)
                expectClosing(.closeParen)
            default:
                // `pub (A, B)` in a tuple struct: the parentheses are the field's type.
                break
            }
        }
        finish(marker, .visibility)
        return true
    }

    // MARK: - Functions

    private mutating func function(_ marker: Marker, context: ItemContext) {
        // Qualifiers come in one order: `default const async gen unsafe|safe extern "abi" fn`.
        var rank = 0
        while true {
            let qualifierRank: Int
            if atContextual("default") { qualifierRank = 1 } else if at(.kwConst) { qualifierRank = 2 }
            else if at(.kwAsync) { qualifierRank = 3 } else if at(.kwGen) { qualifierRank = 4 }
            else if at(.kwUnsafe) || atContextual("safe") { qualifierRank = 5 } else if at(.kwExtern) { qualifierRank = 6 }
            else { break }
            if qualifierRank <= rank {
                error("\(describeCurrent()) is out of order in this function's qualifiers",
                      label: "write them in the order `const async unsafe extern`")
            }
            rank = qualifierRank
            if at(.kwExtern) { abi() } else { bump() }
        }
        expect(.kwFn)
        name()
        if at(.lt) { genericParamList() }
        if at(.openParen) {
            let typeOnly = edition == .e2015 && context == .trait
            parameterList(.function(typeOnly: typeOnly))
        } else {
            errorExpected("`(`")
        }
        if atArrow { returnType() }
        whereClause()
        if at(.openBrace) {
            blockExpression()
        } else if !eat(.semicolon) {
            errorExpected("`{` or `;`")
        }
        finish(marker, .fn)
    }

    /// `(self, a: A, b: B, ...)`.
    mutating func parameterList(_ kind: ParameterListKind) {
        let marker = start()
        bump()  // `(`
        var first = true
        commaSeparated(until: .closeParen) { parser in
            parser.parameter(kind, first: first)
            first = false
        }
        expectClosing(.closeParen)
        finish(marker, .paramList)
    }

    private mutating func parameter(_ kind: ParameterListKind, first: Bool) {
        let marker = start()
        outerAttributes()
        if at(.dot, .dot, .dot) {
            bump(3)
            finish(marker, .variadicParam)
            return
        }
        switch kind {
        case .function(let typeOnly):
            if atSelfParameter() {
                if !first {
                    error("unexpected `self` parameter in function", label: "must be the first parameter of an associated function")
                }
                selfParameter(marker)
                return
            }
            if typeOnly, !isNamedParameter() {
                type()
                finish(marker, .param)
                return
            }
            pattern()
            if expect(.colon) {
                if at(.dot, .dot, .dot) {
                    bump(3)
                    finish(marker, .variadicParam)
                    return
                }
                type()
            }
            finish(marker, .param)
        case .fnPointer:
            if isNamedParameter() {
                patternNoAlternatives()
                bump()  // `:`
            }
            if at(.dot, .dot, .dot) {
                bump(3)
                finish(marker, .variadicParam)
                return
            }
            type()
            finish(marker, .param)
        }
    }

    /// `name:`, `_:`, `&name:`, `mut name:` — a parameter with a pattern.
    private func isNamedParameter() -> Bool {
        var offset = 0
        if at(.and) || at(.kwMut) { offset = 1 }
        let kind = nth(offset)
        guard kind == .ident || kind == .underscore || kind.isKeyword else { return false }
        return nth(offset + 1) == .colon && !atPathSeparator(offset + 1)
    }

    /// `self`, `mut self`, `&self`, `&'a mut self`, `self: Type`.
    private func atSelfParameter() -> Bool {
        if at(.kwSelfValue) { return !atPathSeparator(1) }
        if at(.kwMut) { return nth(1) == .kwSelfValue && !atPathSeparator(2) }
        if at(.and) {
            var offset = 1
            if nth(offset) == .lifetime { offset += 1 }
            if nth(offset) == .kwMut { offset += 1 }
            return nth(offset) == .kwSelfValue && !atPathSeparator(offset + 1)
        }
        return false
    }

    private mutating func selfParameter(_ marker: Marker) {
        if eat(.and) {
            if at(.lifetime) { lifetime() }
        }
        eat(.kwMut)
        let name = start()
        bump()  // `self`
        finish(name, .name)
        if at(.colon), !atPathSeparator() {
            bump()
            type()
        }
        finish(marker, .selfParam)
    }

    // MARK: - Structs, unions, enums

    private mutating func structItem(_ marker: Marker) {
        bump()  // `struct`
        name()
        if at(.lt) { genericParamList() }
        whereClause()
        switch current {
        case .semicolon:
            bump()
        case .openBrace:
            recordFieldList()
        case .openParen:
            tupleFieldList()
            whereClause()
            expect(.semicolon)
        default:
            errorExpected("`{`, `(` or `;` after struct name")
        }
        finish(marker, .structItem)
    }

    private mutating func unionItem(_ marker: Marker) {
        bump()  // `union`
        name()
        if at(.lt) { genericParamList() }
        whereClause()
        if at(.openBrace) {
            recordFieldList()
        } else {
            errorExpected("`{`")
        }
        finish(marker, .unionItem)
    }

    private mutating func enumItem(_ marker: Marker) {
        bump()  // `enum`
        name()
        if at(.lt) { genericParamList() }
        whereClause()
        let list = start()
        if expect(.openBrace) {
            commaSeparated(until: .closeBrace) { $0.variant() }
            expectClosing(.closeBrace)
        }
        finish(list, .variantList)
        finish(marker, .enumItem)
    }

    private mutating func variant() {
        let marker = start()
        outerAttributes()
        visibility()
        name()
        if at(.openBrace) {
            recordFieldList()
        } else if at(.openParen) {
            tupleFieldList()
        }
        if eat(.eq) { expression() }
        finish(marker, .variant)
    }

    /// `{ attrs vis name: Type (= default)?, … }`.
    private mutating func recordFieldList() {
        let marker = start()
        bump()  // `{`
        commaSeparated(until: .closeBrace) { parser in
            let field = parser.start()
            parser.outerAttributes()
            parser.visibility()
            parser.eat(.kwUnsafe)
            parser.name()
            if parser.expect(.colon) { parser.type() }
            if parser.at(.eq) {
                let defaultMarker = parser.start()
                parser.bump()
                parser.expression()
                parser.finish(defaultMarker, .fieldDefault)
            }
            parser.finish(field, .recordField)
        }
        expectClosing(.closeBrace)
        finish(marker, .recordFieldList)
    }

    /// `( attrs vis Type, … )`.
    private mutating func tupleFieldList() {
        let marker = start()
        bump()  // `(`
        commaSeparated(until: .closeParen) { parser in
            let field = parser.start()
            parser.outerAttributes()
            parser.visibility()
            parser.type()
            parser.finish(field, .tupleField)
        }
        expectClosing(.closeParen)
        finish(marker, .tupleFieldList)
    }

    // MARK: - Traits and impls

    private mutating func traitItem(_ marker: Marker) {
        eat(.kwConst)
        eat(.kwUnsafe)
        if atContextual("auto") { bump() }
        expect(.kwTrait)
        name()
        if at(.lt) { genericParamList() }
        if eat(.eq) {
            // A trait alias: `trait A = B + C;`.
            typeBounds(allowEmpty: true)
            whereClause()
            expect(.semicolon)
            finish(marker, .traitAlias)
            return
        }
        if eat(.colon) { typeBounds(allowEmpty: true) }
        whereClause()
        associatedItems(context: .trait)
        finish(marker, .traitItem)
    }

    private mutating func implItem(_ marker: Marker) {
        let defaultSpan: Span? = atContextual("default") ? currentSpan() : nil
        if defaultSpan != nil { bump() }
        eat(.kwConst)
        let unsafeSpan: Span? = at(.kwUnsafe) ? currentSpan() : nil
        eat(.kwUnsafe)
        expect(.kwImpl)
        if at(.lt), isGenericParamListAfterImpl() { genericParamList() }
        eat(.kwConst)
        // `impl !Send for T` is a negative impl; `impl ! {}` implements the never type.
        var negativeSpan: Span?
        if at(.bang), canBeginType(1) {
            negativeSpan = currentSpan()
            bump()
        }
        let selfTypeStart = currentSpan()
        let implemented = type()
        if at(.kwFor) {
            if let implemented, implemented.kind != .pathType {
                error("expected a trait, found type",
                      at: Span(start: Int(tokens[Int(nodes[implemented.index].firstToken)].start),
                               end: Int(tokens[max(0, Int(nodes[implemented.index].endToken) - 1)].end)))
            }
            bump()
            type()
        } else {
            // Only trait implementations may be negative, `default` or `unsafe`.
            let selfType = Span(start: selfTypeStart.start, end: selfTypeStart.end)
            for (span, word) in [(negativeSpan, "negative"), (defaultSpan, "default"), (unsafeSpan, "unsafe")] {
                guard let span else { continue }
                report(Diagnostic.error("inherent impls cannot be \(word)", at: span, label: "\(word) because of this")
                    .with(label: .secondary(selfType, "inherent impl for this type")))
            }
        }
        whereClause()
        associatedItems(context: .impl)
        finish(marker, .implItem)
    }

    /// After `impl`, `<` opens generic parameters unless it starts a qualified path.
    private func isGenericParamListAfterImpl() -> Bool {
        switch nth(1) {
        case .gt, .pound, .kwConst: return true
        case .lifetime, .ident:
            switch nth(2) {
            case .gt, .comma, .colon, .eq: return true
            default: return false
            }
        default: return false
        }
    }

    /// `{ inner-attributes items }` of a trait or impl.
    private mutating func associatedItems(context: ItemContext) {
        let marker = start()
        if expect(.openBrace) {
            innerAttributes()
            items(closing: .closeBrace, context: context)
            expectClosing(.closeBrace)
        }
        finish(marker, .assocItemList)
    }

    // MARK: - Type aliases, consts, statics

    private mutating func typeAlias(_ marker: Marker) {
        bump()  // `type`
        name()
        if at(.lt) { genericParamList() }
        if eat(.colon) { typeBounds(allowEmpty: true) }
        whereClause()
        if eat(.eq) { type() }
        whereClause()
        expect(.semicolon)
        finish(marker, .typeAlias)
    }

    private mutating func constItem(_ marker: Marker) {
        bump()  // `const`
        if at(.underscore) {
            let nameMarker = start()
            bump()
            finish(nameMarker, .name)
        } else {
            name()
        }
        if at(.lt) { genericParamList() }
        if expect(.colon) { type() }
        if eat(.eq) { expression() }
        whereClause()
        expect(.semicolon)
        finish(marker, .constItem)
    }

    private mutating func staticItem(_ marker: Marker) {
        eat(.kwUnsafe)
        bump()  // `static`
        eat(.kwMut)
        name()
        if expect(.colon) { type() }
        if eat(.eq) { expression() }
        expect(.semicolon)
        finish(marker, .staticItem)
    }

    // MARK: - Modules, use, extern

    private mutating func module(_ marker: Marker) {
        eat(.kwUnsafe)
        bump()  // `mod`
        name()
        if at(.openBrace) {
            let list = start()
            bump()
            innerAttributes()
            items(closing: .closeBrace, context: .module)
            expectClosing(.closeBrace)
            finish(list, .itemList)
        } else {
            expect(.semicolon)
        }
        finish(marker, .module)
    }

    /// `a::b`, `a::b as c`, `a::*`, `a::{b, c::d}`, `::{…}`, `{…}`, `*`.
    private mutating func useTree() {
        guard enter() else { return }
        defer { leave() }
        let marker = start()
        if at(.star) {
            bump()
        } else if at(.openBrace) {
            useTreeList()
        } else if atPathSeparator(), nth(2) == .openBrace || nth(2) == .star {
            bump(2)
            if at(.star) { bump() } else { useTreeList() }
        } else if atPathStart {
            path(.module)
            if atPathSeparator() {
                bump(2)
                if at(.star) {
                    bump()
                } else if at(.openBrace) {
                    useTreeList()
                } else {
                    errorExpected("`*` or `{`")
                }
            } else if at(.kwAs) {
                rename()
            }
        } else {
            errorExpected("a path, `*` or `{`")
        }
        finish(marker, .useTree)
    }

    private mutating func useTreeList() {
        let marker = start()
        bump()  // `{`
        commaSeparated(until: .closeBrace) { $0.useTree() }
        expectClosing(.closeBrace)
        finish(marker, .useTreeList)
    }

    /// `as name` or `as _`.
    private mutating func rename() {
        let marker = start()
        bump()  // `as`
        if at(.underscore) {
            bump()
        } else {
            name()
        }
        finish(marker, .rename)
    }

    private mutating func externCrate(_ marker: Marker) {
        bump(2)  // `extern crate`
        let nameMarker = start()
        if at(.ident) || at(.kwSelfValue) {
            bump()
        } else {
            errorExpected("crate name")
        }
        finish(nameMarker, .nameRef)
        if at(.kwAs) { rename() }
        expect(.semicolon)
        finish(marker, .externCrate)
    }

    private mutating func externBlock(_ marker: Marker) {
        eat(.kwUnsafe)
        abi()
        let list = start()
        bump()  // `{`
        innerAttributes()
        items(closing: .closeBrace, context: .externBlock)
        expectClosing(.closeBrace)
        finish(list, .externItemList)
        finish(marker, .externBlock)
    }

    // MARK: - Macros

    /// `macro_rules! name { … }` (`;` after `(…)` or `[…]`).
    private mutating func macroRules(_ marker: Marker) {
        bump(2)  // `macro_rules !`
        let nameMarker = start()
        bump()
        finish(nameMarker, .name)
        let delimiter = current
        tokenTree()
        // `{ … }` ends the item; a `;` after it would be a stray token (rustc agrees).
        if delimiter != .openBrace { expect(.semicolon) }
        finish(marker, .macroRules)
    }

    /// `macro name(…) { … }` or `macro name { … }`.
    private mutating func macroDefinition(_ marker: Marker) {
        bump()  // `macro`
        name()
        if at(.openParen) { tokenTree() }
        if at(.openBrace) {
            tokenTree()
        } else {
            errorExpected("`{`")
        }
        finish(marker, .macroDef)
    }

    /// `path! (…);`, `path! […];`, `path! {…}` (or `path! name {…}`) as an item.
    private mutating func macroItem(_ marker: Marker) {
        let call = start()
        path(.module)
        bump()  // `!`
        let delimiter = current
        tokenTree()
        finish(call, .macroCall)
        if delimiter != .openBrace { expect(.semicolon) }
        finish(marker, .macroItem)
    }
}
