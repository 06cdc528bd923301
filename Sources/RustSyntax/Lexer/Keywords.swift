/// Keyword tables per edition.
enum Keywords {
    /// Every keyword with the first edition in which it is one.
    static let table: [(text: String, kind: TokenKind, since: Edition)] = [
        ("as", .kwAs, .e2015), ("break", .kwBreak, .e2015), ("const", .kwConst, .e2015),
        ("continue", .kwContinue, .e2015), ("crate", .kwCrate, .e2015), ("else", .kwElse, .e2015),
        ("enum", .kwEnum, .e2015), ("extern", .kwExtern, .e2015), ("false", .kwFalse, .e2015),
        ("fn", .kwFn, .e2015), ("for", .kwFor, .e2015), ("if", .kwIf, .e2015), ("impl", .kwImpl, .e2015),
        ("in", .kwIn, .e2015), ("let", .kwLet, .e2015), ("loop", .kwLoop, .e2015), ("match", .kwMatch, .e2015),
        ("mod", .kwMod, .e2015), ("move", .kwMove, .e2015), ("mut", .kwMut, .e2015), ("pub", .kwPub, .e2015),
        ("ref", .kwRef, .e2015), ("return", .kwReturn, .e2015), ("self", .kwSelfValue, .e2015),
        ("Self", .kwSelfType, .e2015), ("static", .kwStatic, .e2015), ("struct", .kwStruct, .e2015),
        ("super", .kwSuper, .e2015), ("trait", .kwTrait, .e2015), ("true", .kwTrue, .e2015),
        ("type", .kwType, .e2015), ("unsafe", .kwUnsafe, .e2015), ("use", .kwUse, .e2015),
        ("where", .kwWhere, .e2015), ("while", .kwWhile, .e2015), ("_", .underscore, .e2015),
        ("async", .kwAsync, .e2018), ("await", .kwAwait, .e2018), ("dyn", .kwDyn, .e2018),
        ("abstract", .kwAbstract, .e2015), ("become", .kwBecome, .e2015), ("box", .kwBox, .e2015),
        ("do", .kwDo, .e2015), ("final", .kwFinal, .e2015), ("macro", .kwMacro, .e2015),
        ("override", .kwOverride, .e2015), ("priv", .kwPriv, .e2015), ("typeof", .kwTypeof, .e2015),
        ("unsized", .kwUnsized, .e2015), ("virtual", .kwVirtual, .e2015), ("yield", .kwYield, .e2015),
        ("try", .kwTry, .e2018), ("gen", .kwGen, .e2024),
    ]

    static func spelling(of kind: TokenKind) -> String? {
        table.first { $0.kind == kind }?.text
    }

    /// Keyword kind of the identifier bytes `text[start..<end]`, or nil if it is
    /// an ordinary identifier in this edition. Dispatches on length and first
    /// byte so the common case (not a keyword) costs a few comparisons.
    @inline(__always)
    static func lookup(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, edition: Edition) -> TokenKind? {
        let length = end - start
        guard length >= 1, length <= 8 else { return nil }
        @inline(__always) func matches(_ word: StaticString) -> Bool {
            guard word.utf8CodeUnitCount == length else { return false }
            let bytes = word.utf8Start
            var index = 1  // the first byte was checked by the switch
            while index < length {
                if text[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
        switch text[start] {
        case UInt8(ascii: "_"): return length == 1 ? .underscore : nil
        case UInt8(ascii: "a"):
            if matches("as") { return .kwAs }
            if matches("async") { return edition >= .e2018 ? .kwAsync : nil }
            if matches("await") { return edition >= .e2018 ? .kwAwait : nil }
            if matches("abstract") { return .kwAbstract }
        case UInt8(ascii: "b"):
            if matches("break") { return .kwBreak }
            if matches("box") { return .kwBox }
            if matches("become") { return .kwBecome }
        case UInt8(ascii: "c"):
            if matches("const") { return .kwConst }
            if matches("crate") { return .kwCrate }
            if matches("continue") { return .kwContinue }
        case UInt8(ascii: "d"):
            if matches("dyn") { return edition >= .e2018 ? .kwDyn : nil }
            if matches("do") { return .kwDo }
        case UInt8(ascii: "e"):
            if matches("else") { return .kwElse }
            if matches("enum") { return .kwEnum }
            if matches("extern") { return .kwExtern }
        case UInt8(ascii: "f"):
            if matches("fn") { return .kwFn }
            if matches("for") { return .kwFor }
            if matches("false") { return .kwFalse }
            if matches("final") { return .kwFinal }
        case UInt8(ascii: "g"):
            if matches("gen") { return edition >= .e2024 ? .kwGen : nil }
        case UInt8(ascii: "i"):
            if matches("if") { return .kwIf }
            if matches("in") { return .kwIn }
            if matches("impl") { return .kwImpl }
        case UInt8(ascii: "l"):
            if matches("let") { return .kwLet }
            if matches("loop") { return .kwLoop }
        case UInt8(ascii: "m"):
            if matches("mut") { return .kwMut }
            if matches("mod") { return .kwMod }
            if matches("match") { return .kwMatch }
            if matches("move") { return .kwMove }
            if matches("macro") { return .kwMacro }
        case UInt8(ascii: "o"):
            if matches("override") { return .kwOverride }
        case UInt8(ascii: "p"):
            if matches("pub") { return .kwPub }
            if matches("priv") { return .kwPriv }
        case UInt8(ascii: "r"):
            if matches("ref") { return .kwRef }
            if matches("return") { return .kwReturn }
        case UInt8(ascii: "s"):
            if matches("self") { return .kwSelfValue }
            if matches("struct") { return .kwStruct }
            if matches("static") { return .kwStatic }
            if matches("super") { return .kwSuper }
        case UInt8(ascii: "S"):
            if matches("Self") { return .kwSelfType }
        case UInt8(ascii: "t"):
            if matches("type") { return .kwType }
            if matches("true") { return .kwTrue }
            if matches("trait") { return .kwTrait }
            if matches("try") { return edition >= .e2018 ? .kwTry : nil }
            if matches("typeof") { return .kwTypeof }
        case UInt8(ascii: "u"):
            if matches("use") { return .kwUse }
            if matches("unsafe") { return .kwUnsafe }
            if matches("unsized") { return .kwUnsized }
        case UInt8(ascii: "v"):
            if matches("virtual") { return .kwVirtual }
        case UInt8(ascii: "w"):
            if matches("where") { return .kwWhere }
            if matches("while") { return .kwWhile }
        case UInt8(ascii: "y"):
            if matches("yield") { return .kwYield }
        default:
            return nil
        }
        return nil
    }
}

/// Every word that is a keyword of Rust in some edition (strict or reserved),
/// for checks of names that must stay identifiers everywhere: argument
/// names, crate names.
public enum RustKeywords {
    public static let all: Set<String> = Set(Keywords.table.map(\.text)).subtracting(["_"])
}
