/// A rejected line: the reason and a one-line explanation for the operator.
public struct Rejection: Sendable, Hashable, Error, CustomStringConvertible {
    public var reason: RejectionReason
    /// What exactly was wrong, e.g. "ClusterHealth without status" or "unexpected character 'x' at byte 17".
    public var detail: String

    public init(_ reason: RejectionReason, _ detail: String) {
        self.reason = reason
        self.detail = detail
    }

    public var description: String { detail.isEmpty ? reason.rawValue : "\(reason.rawValue): \(detail)" }
}
