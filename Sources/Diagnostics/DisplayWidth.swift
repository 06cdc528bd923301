/// How rustc shows source text in a terminal: which characters it replaces
/// and how many columns each one takes. Underlines are positioned with these
/// widths, so they stay under the right characters whatever the text holds.
enum DisplayWidth {
    /// Columns a scalar takes on screen after `replacement(for:)` is applied.
    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0x09 { return 4 }  // rustc prints a tab as four spaces
        if value < 0x20 || value == 0x7F { return 1 }  // replaced by a visible control picture
        if value < 0x7F { return 1 }  // fast path for ASCII
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        if isZeroWidth(scalar) { return 0 }
        return 1
    }

    /// What rustc prints for a scalar: control characters become visible
    /// pictures, a tab becomes four spaces, the zero-width joiner disappears and
    /// bidirectional overrides become U+FFFD so the shown text is the real text.
    /// `nil` means the scalar is printed as it is.
    static func replacement(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: return "    "
        case 0x0A: return nil  // line breaks in messages are handled by the caller
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value).map { String($0) }
        case 0x7F: return "\u{2421}"
        case 0x200D: return ""
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }

    /// Text with `replacement(for:)` applied to every scalar.
    static func normalized(_ text: String) -> String {
        // Most messages need no change: avoid rebuilding them.
        guard text.unicodeScalars.contains(where: { replacement(for: $0) != nil }) else { return text }
        return normalized(text.unicodeScalars)
    }

    static func normalized<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var result = ""
        for scalar in scalars {
            if let replaced = replacement(for: scalar) {
                result += replaced
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0xAD { return false }  // the soft hyphen is shown
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }  // Hangul vowels and finals join the syllable
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges (emoji are found through their
    /// Unicode property instead).
    private static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        for range in wideRanges where range.contains(value) { return true }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul leading consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x3247,  // kana, Bopomofo, Hangul compatibility, enclosed CJK
        0x3250...0x4DBF,  // enclosed CJK, compatibility, extension A
        0x4E00...0xA4CF,  // CJK unified ideographs, Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility and small forms
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, kana supplements
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and later
    ]
}
