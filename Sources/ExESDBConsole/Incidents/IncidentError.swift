/// Why an incident bundle could not be written.
public struct IncidentError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// The system's reason, e.g. "no space left on device".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `cannot write incident bundle /…: reason`.
    public var description: String { "cannot write incident bundle \(path): \(reason)" }
}
