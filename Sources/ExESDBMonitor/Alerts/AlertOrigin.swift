/// What raised an alert.
public enum AlertOrigin: Sendable, Hashable {
    /// A SystemAlert from a node.
    case systemAlert
    /// A MetricAlert from a node.
    case metricAlert
    /// A local rule of this console, by name.
    case rule(String)
}
