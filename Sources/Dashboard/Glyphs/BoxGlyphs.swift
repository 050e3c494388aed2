/// The characters that draw a box: corners, edges and the tees where a divider meets an edge.
public struct BoxGlyphs: Hashable, Sendable {
    public var topLeft: Unicode.Scalar
    public var topRight: Unicode.Scalar
    public var bottomLeft: Unicode.Scalar
    public var bottomRight: Unicode.Scalar
    public var horizontal: Unicode.Scalar
    public var vertical: Unicode.Scalar
    /// A vertical edge meeting a horizontal divider from the left (`├`).
    public var teeRight: Unicode.Scalar
    /// A vertical edge meeting a horizontal divider from the right (`┤`).
    public var teeLeft: Unicode.Scalar

    /// Unicode light box lines: `┌─┐│└┘├┤`.
    public static let unicode = BoxGlyphs(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontal: "─", vertical: "│", teeRight: "├", teeLeft: "┤")

    /// ASCII lines: `+-|`.
    public static let ascii = BoxGlyphs(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|", teeRight: "+", teeLeft: "+")
}
