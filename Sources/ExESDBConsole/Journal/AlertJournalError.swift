/// Why the alert journal could not be opened, written or compacted: the path, what was being done, and the
/// system's reason, for the status line ("acknowledgement not saved: …").
public struct AlertJournalError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// What was being done: "create the directory", "append to", "compact".
    public let action: String
    /// The system's reason, e.g. "no space left on device".
    public let reason: String

    public init(path: String, action: String, reason: String) {
        self.path = path
        self.action = action
        self.reason = reason
    }

    /// `cannot append to /…/journal.ndjson: no space left on device`.
    public var description: String { "cannot \(action) \(path): \(reason)" }
}
