/// The colour family of a log line, as the guide groups them.
public enum LogFamily: String, Sendable, Hashable, CaseIterable {
    /// Activations, subscriptions, startups (green/blue).
    case success
    /// Terminations, failures, nodedown (red).
    case failure
    /// Broadcasting, forwarding, metrics (amber).
    case action
    /// Health events, summaries and impacts (cyan).
    case health
    /// Anything not recognised.
    case plain
}
