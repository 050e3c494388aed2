/// How alerts without an alert_id are named, so that repeats of the same condition land on the same row.
public enum AlertKey {
    /// A SystemAlert: `system:<node>:<alert type>` (the title stands in for a missing type).
    public static func system(node: String?, type: String) -> String {
        "system:\(node ?? "cluster"):\(type)"
    }

    /// A MetricAlert: `metric:<node>:<metric name>`.
    public static func metric(node: String?, metric: String) -> String {
        "metric:\(node ?? "cluster"):\(metric)"
    }

    /// A local rule: `rule:<rule name>:<node>[:<operation>]`.
    public static func rule(_ name: String, node: String?, operation: String?) -> String {
        var key = "rule:\(name):\(node ?? "cluster")"
        if let operation { key += ":\(operation)" }
        return key
    }
}
