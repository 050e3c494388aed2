import CWidth

/// The one width function: how many terminal columns text takes, with glibc's `wcwidth` semantics
/// (the same table ncurses and tmux use). Call `TextLocale.prepare()` once before measuring.
public enum DisplayWidth {
    /// Columns taken by one scalar: 0 (combining marks, format and control characters), 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        return max(0, Int(wcwidth(wchar_t(bitPattern: value))))
    }

    /// Columns taken by one character: the sum of its scalars' widths.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns taken by a string: the sum of its scalars' widths.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// The longest prefix of `text` that fits in `columns`, and the columns it takes.
    public static func prefix(of text: String, fitting columns: Int) -> (text: Substring, width: Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let width = of(text[index])
            if used + width > columns { break }
            used += width
            end = text.index(after: index)
        }
        return (text[text.startIndex..<end], used)
    }

    /// `text` unchanged when it fits in `columns`, else cut to fit with `ellipsis` (from the glyph set)
    /// at the end; with room for nothing but part of the ellipsis, just the cut text.
    public static func truncated(_ text: String, to columns: Int, ellipsis: String) -> String {
        guard of(text) > columns else { return text }
        let mark = of(ellipsis)
        guard columns >= mark else { return String(prefix(of: text, fitting: max(0, columns)).text) }
        return String(prefix(of: text, fitting: columns - mark).text) + ellipsis
    }
}
