/// One key and value read from a log line or a folded box, such as `Store` and `reg_gh`, kept in the order met.
public struct LogField: Sendable, Hashable {
    /// The key as ExESDB wrote it (`Topic`, `Pool Name`), or the classifier's name for a parsed part (`healthy`).
    public var key: String
    /// The value, surrounding quotation marks removed.
    public var value: String

    /// The field `key` with `value`.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
