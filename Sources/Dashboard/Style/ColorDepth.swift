/// How many colours a terminal can show, from none to 24-bit.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    /// No colour at all: attributes (bold, dim, reverse, underline) only.
    case monochrome
    /// The 8 basic ANSI colours.
    case eight
    /// The 8 basic colours and their 8 bright variants.
    case sixteen
    /// The xterm 256-colour palette.
    case indexed256
    /// 24-bit `#rrggbb` colour.
    case truecolor

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
