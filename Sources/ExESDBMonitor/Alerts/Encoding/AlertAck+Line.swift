extension AlertAck {
    /// The acknowledgement as one protocol line (no newline), in the code's field names, as a console sends it
    /// upstream: `{"type":"AlertAck","alert_id":…,"ack_by":…,"ack_note":…,"resolution":…,"ack_timestamp":…,
    /// "timestamp":…}`, then the `extra` members (for the journal). `now` is the line's timestamp.
    public func line(at now: Double, extra: [JSONObject.Member] = []) -> String {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        var members: [JSONObject.Member] = [
            .init("type", .string("AlertAck")),
            .init("alert_id", .string(alertID)),
            .init("ack_by", text(acknowledgedBy)),
            .init("ack_note", text(note)),
            .init("resolution", text(resolution)),
            .init("ack_timestamp", text(acknowledgedAt?.iso8601Text)),
            .init("timestamp", .string(Timestamp(seconds: now).iso8601Text)),
        ]
        if isAutomatic { members.append(.init("auto_ack", .bool(true))) }
        members += extra
        return JSONValue.object(JSONObject(members)).compactText
    }
}
