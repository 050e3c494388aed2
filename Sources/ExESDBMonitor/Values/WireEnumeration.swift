/// An enumerated wire value that keeps values it does not know as text instead of rejecting them.
public protocol WireEnumeration: Sendable, Hashable, CustomStringConvertible {
    /// Reads a wire spelling: `healthy`, `:healthy` (an Elixir atom's inspect text) and `HEALTHY` all match.
    init(wireText: String)
    /// The canonical wire spelling, or the original text of an unknown value.
    var wireText: String { get }
}

extension WireEnumeration {
    public var description: String { wireText }
}
