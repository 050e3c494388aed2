/// A source name that could not be understood.
public struct SourceParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What the operator typed.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    public var description: String { "bad source \"\(text)\": \(reason)" }
}
