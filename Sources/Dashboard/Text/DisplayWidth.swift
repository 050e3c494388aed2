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
}
