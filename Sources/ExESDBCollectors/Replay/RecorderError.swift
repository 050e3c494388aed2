/// A recording could not be opened.
public struct RecorderError: Error, Sendable, CustomStringConvertible {
    /// The path that failed.
    public var path: String
    /// Why, e.g. "permission denied".
    public var reason: String

    public var description: String { "cannot record to \(path): \(reason)" }
}
