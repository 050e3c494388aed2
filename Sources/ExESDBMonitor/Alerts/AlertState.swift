/// Where an alert stands in its lifecycle: firing → acknowledged → resolved (then history).
public enum AlertState: String, Sendable, Hashable, CaseIterable {
    case firing
    case acknowledged
    case resolved
}
