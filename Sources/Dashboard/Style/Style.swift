/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    /// The colour of the glyph.
    public var foreground: Color
    /// The colour behind the glyph.
    public var background: Color
    /// Bold, dim, reverse, underline.
    public var attributes: TextAttributes

    /// A style; every part defaults to the terminal's own.
    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours, no attributes.
    public static let plain = Style()

    /// The same style with the colours a terminal of `depth` can show.
    public func downgraded(to depth: ColorDepth) -> Style {
        Style(foreground: foreground.downgraded(to: depth),
              background: background.downgraded(to: depth),
              attributes: attributes)
    }

    /// The same style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(foreground: foreground, background: background, attributes: attributes.union(extra))
    }
}
