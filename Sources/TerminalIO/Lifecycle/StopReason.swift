/// Why the program leaves, and the exit status that goes with it.
public enum StopReason: Equatable, Sendable {
    /// The user quit: status 0.
    case quit
    /// SIGINT (^C): status 130.
    case interrupt
    /// SIGTERM: status 143.
    case terminate
    /// SIGHUP or the terminal went away (a dropped SSH session): status 129.
    case hangup
    /// A fatal problem the program reports itself: status 1.
    case failure(String)

    /// The process exit status.
    public var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .interrupt: return 130
        case .terminate: return 143
        case .hangup: return 129
        case .failure: return 1
        }
    }
}
