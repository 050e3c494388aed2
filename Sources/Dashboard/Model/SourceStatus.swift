/// How one collector is doing, as the header shows it.
public struct SourceStatus: Sendable, Hashable {
    /// The source's name, e.g. `tcp 10.0.0.5:9500`.
    public var name: String
    /// Its state in words: `connected`, `disconnected: connection refused, retrying in 3 s`, `ended`.
    public var summary: String
    /// The glyph, word and colour of that state.
    public var mark: StatusMark

    /// A source's status.
    public init(name: String, summary: String, mark: StatusMark) {
        self.name = name
        self.summary = summary
        self.mark = mark
    }
}
