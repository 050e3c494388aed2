/// The outcome of asking a mount for its size.
public enum FilesystemReading: Sendable, Hashable {
    /// Sizes in bytes: `total` blocks, `used` (total − free) and `available` to unprivileged users.
    case usage(total: UInt64, used: UInt64, available: UInt64)
    /// statvfs did not answer within the timeout (a hung network mount, say).
    case timedOut(seconds: Double)
    /// statvfs failed.
    case failed(String)

    /// Used share as `df` computes it: used / (used + available), in percent.
    public var usedPercent: Double? {
        guard case .usage(_, let used, let available) = self, used + available > 0 else { return nil }
        return Double(used) / Double(used + available) * 100
    }
}
