import ExESDBMonitor

extension Alert {
    /// The alert as a JSON object, for hooks (on standard input) and incident bundles (`alert.json`). Times are
    /// ISO-8601 UTC; absent values are null.
    public var json: JSONValue {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.double) ?? .null }
        func time(_ value: Double?) -> JSONValue { value.map { .string(Timestamp(seconds: $0).iso8601Text) } ?? .null }
        let originText: String
        var ruleName: String?
        switch origin {
        case .systemAlert: originText = "system_alert"
        case .metricAlert: originText = "metric_alert"
        case .rule(let name):
            originText = "rule"
            ruleName = name
        }
        let members: [JSONObject.Member] = [
            .init("key", .string(key)),
            .init("alert_id", text(alertID)),
            .init("kind", .string(kind)),
            .init("title", .string(title)),
            .init("detail", text(detail)),
            .init("node", text(node)),
            .init("operation", text(operation)),
            .init("severity", .string(severity.wireText)),
            .init("state", .string(state.rawValue)),
            .init("origin", .string(originText)),
            .init("rule", text(ruleName)),
            .init("current_value", number(currentValue)),
            .init("threshold", number(threshold)),
            .init("first_seen", time(firstSeen)),
            .init("last_seen", time(lastSeen)),
            .init("occurrences", .integer(Int64(occurrences))),
            .init("acknowledged_by", text(acknowledgedBy)),
            .init("ack_note", text(acknowledgementNote)),
            .init("acknowledged_at", time(acknowledgedAt)),
            .init("resolved_at", time(resolvedAt)),
            .init("resolution", text(resolution)),
            .init("escalation_level", .integer(Int64(escalationLevel))),
            .init("next_escalation_at", time(nextEscalationAt)),
            .init("silenced_until", time(silencedUntil)),
            .init("inhibited_by", text(inhibitedBy)),
            .init("metadata", metadata ?? .null),
            .init("timeline", .array(timeline.map { entry in
                .object(JSONObject([.init("time", time(entry.time)), .init("text", .string(entry.text))]))
            })),
        ]
        return .object(JSONObject(members))
    }
}
