/// How fast a recording plays back.
public enum ReplaySpeed: Sendable, Hashable {
    /// Original timing divided by the factor (1 = real time, 10 = ten times faster).
    case factor(Double)
    /// As fast as the consumer takes it.
    case maximum
}
