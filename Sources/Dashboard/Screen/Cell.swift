/// One terminal column of a `Screen`: a scalar, an index into the screen's style table and what
/// kind of column it is. Eight bytes, no heap storage; combining marks live beside it in the screen.
public struct Cell: Hashable, Sendable {
    /// What a column holds.
    public enum Kind: UInt8, Sendable {
        /// A glyph one column wide.
        case narrow
        /// The first column of a glyph two columns wide.
        case wide
        /// The second column of a wide glyph: drawn by the glyph before it.
        case continuation
    }

    /// The glyph's base scalar (a space for blank and continuation cells).
    public internal(set) var scalar: Unicode.Scalar
    /// The index of the cell's style in its screen's table.
    public internal(set) var styleIndex: UInt16
    /// Narrow, wide or continuation.
    public internal(set) var kind: Kind
    /// Whether combining marks follow the base scalar.
    public internal(set) var hasMarks: Bool

    init(scalar: Unicode.Scalar, styleIndex: UInt16, kind: Kind = .narrow) {
        self.scalar = scalar
        self.styleIndex = styleIndex
        self.kind = kind
        self.hasMarks = false
    }

    /// A blank cell in the given style.
    static func blank(_ styleIndex: UInt16) -> Cell { Cell(scalar: " ", styleIndex: styleIndex) }
}
