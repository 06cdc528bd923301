/// The kind of one lexical token. Punctuation is one character per token;
/// multi-character operators (`::`, `->`, `>>=`) are runs of tokens marked
/// `joint`, as in rustc's token trees, so the parser can split `>>` when it
/// closes two generic lists.
public enum TokenKind: UInt8, Sendable, CaseIterable {
    case eof

    case ident          // includes raw identifiers (`r#try`), flagged `.raw`
    case lifetime       // `'a`, `'static`, `'_`, raw `'r#a`

    // Literals. The token text includes prefix, quotes and suffix.
    case integer
    case float
    case char
    case byte
    case string
    case rawString
    case byteString
    case rawByteString
    case cString
    case rawCString

    /// `///`, `//!`, `/** */`, `/*! */`; flags tell inner/outer.
    case docComment

    // Punctuation.
    case semicolon, comma, dot
    case openParen, closeParen, openBrace, closeBrace, openBracket, closeBracket
    case at, pound, tilde, question, colon, dollar, eq, bang, lt, gt
    case minus, and, or, plus, star, slash, caret, percent

    // Strict keywords (all editions).
    case kwAs, kwBreak, kwConst, kwContinue, kwCrate, kwElse, kwEnum, kwExtern
    case kwFalse, kwFn, kwFor, kwIf, kwImpl, kwIn, kwLet, kwLoop, kwMatch, kwMod
    case kwMove, kwMut, kwPub, kwRef, kwReturn, kwSelfValue, kwSelfType, kwStatic
    case kwStruct, kwSuper, kwTrait, kwTrue, kwType, kwUnsafe, kwUse, kwWhere, kwWhile
    case underscore
    // Strict keywords from 2018 on.
    case kwAsync, kwAwait, kwDyn
    // Reserved keywords.
    case kwAbstract, kwBecome, kwBox, kwDo, kwFinal, kwMacro, kwOverride, kwPriv
    case kwTypeof, kwUnsized, kwVirtual, kwYield
    case kwTry  // reserved from 2018 on
    case kwGen  // reserved from 2024 on
}

extension TokenKind {
    public var isKeyword: Bool { rawValue >= TokenKind.kwAs.rawValue }
    public var isLiteral: Bool { rawValue >= TokenKind.integer.rawValue && rawValue <= TokenKind.rawCString.rawValue }
    public var isPunctuation: Bool { rawValue >= TokenKind.semicolon.rawValue && rawValue <= TokenKind.percent.rawValue }
    public var isOpenDelimiter: Bool { self == .openParen || self == .openBrace || self == .openBracket }
    public var isCloseDelimiter: Bool { self == .closeParen || self == .closeBrace || self == .closeBracket }
    /// Identifiers and keywords: what a macro's `ident` fragment and a path segment may be made of.
    public var isIdentOrKeyword: Bool { self == .ident || isKeyword }

    /// The delimiter closing this opening delimiter.
    public var closingDelimiter: TokenKind? {
        switch self {
        case .openParen: return .closeParen
        case .openBrace: return .closeBrace
        case .openBracket: return .closeBracket
        default: return nil
        }
    }

    /// Fixed spelling of punctuation and keywords; nil for tokens whose text varies.
    public var fixedText: String? {
        switch self {
        case .semicolon: return ";"
        case .comma: return ","
        case .dot: return "."
        case .openParen: return "("
        case .closeParen: return ")"
        case .openBrace: return "{"
        case .closeBrace: return "}"
        case .openBracket: return "["
        case .closeBracket: return "]"
        case .at: return "@"
        case .pound: return "#"
        case .tilde: return "~"
        case .question: return "?"
        case .colon: return ":"
        case .dollar: return "$"
        case .eq: return "="
        case .bang: return "!"
        case .lt: return "<"
        case .gt: return ">"
        case .minus: return "-"
        case .and: return "&"
        case .or: return "|"
        case .plus: return "+"
        case .star: return "*"
        case .slash: return "/"
        case .caret: return "^"
        case .percent: return "%"
        case .underscore: return "_"
        case .kwSelfValue: return "self"
        case .kwSelfType: return "Self"
        default:
            if isKeyword { return Keywords.spelling(of: self) }
            return nil
        }
    }

    /// How diagnostics name a token kind in "expected …" lists.
    public var displayName: String {
        if let text = fixedText { return "`\(text)`" }
        switch self {
        case .eof: return "end of input"
        case .ident: return "identifier"
        case .lifetime: return "lifetime"
        case .integer: return "integer literal"
        case .float: return "float literal"
        case .char: return "character literal"
        case .byte: return "byte literal"
        case .string, .rawString: return "string literal"
        case .byteString, .rawByteString: return "byte string literal"
        case .cString, .rawCString: return "C string literal"
        case .docComment: return "doc comment"
        default: return "token"
        }
    }
}

/// Per-token bits.
public struct TokenFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Punctuation immediately followed by more punctuation (no space or comment between):
    /// `:` in `::`, `-` in `->`.
    public static let joint = TokenFlags(rawValue: 1 << 0)
    /// A raw identifier `r#name` or raw lifetime `'r#name`.
    public static let raw = TokenFlags(rawValue: 1 << 1)
    /// An inner doc comment (`//!`, `/*!`); otherwise outer.
    public static let innerDoc = TokenFlags(rawValue: 1 << 2)
    /// A block doc comment (`/** */`, `/*! */`); otherwise a line doc comment.
    public static let blockDoc = TokenFlags(rawValue: 1 << 3)
    /// A literal followed by a suffix (`1u8`, `"a"x`).
    public static let suffixed = TokenFlags(rawValue: 1 << 4)
    /// The lexer reported an error for this token (unterminated, bad escape…).
    public static let malformed = TokenFlags(rawValue: 1 << 5)
    /// Part of a number split for tuple indexing: `0.1` after `x.` lexes as `0`, `.`, `1`.
    public static let splitNumber = TokenFlags(rawValue: 1 << 6)
    /// Preceded by whitespace, a comment or a line start (not glued to the previous token).
    public static let precededBySpace = TokenFlags(rawValue: 1 << 7)
}

/// One token: kind, flags and byte span in the source.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var flags: TokenFlags
    public var start: UInt32
    public var end: UInt32

    @inlinable
    public init(kind: TokenKind, flags: TokenFlags = [], start: UInt32, end: UInt32) {
        self.kind = kind
        self.flags = flags
        self.start = start
        self.end = end
    }

    @inlinable public var isJoint: Bool { flags.contains(.joint) }
    public var range: Range<Int> { Int(start)..<Int(end) }
}
