/// Turns one NDJSON line into an event or a rejection with its reason. A line starting with `{` is JSON; any
/// other non-blank line is a raw log line, kept as a LogEvent. Pure: the receive time is passed in.
public struct EventDecoder: Sendable {
    /// The longest line accepted, in bytes (1 MiB).
    public static let maxLineLength = 1 << 20

    /// Classifies raw (non-JSON) log lines.
    public var logClassifier: LogClassifier
    /// The caps on a line and its text.
    public var limits: DecodeLimits

    public init(logClassifier: LogClassifier = LogClassifier(), limits: DecodeLimits = DecodeLimits()) {
        self.logClassifier = logClassifier
        self.limits = limits
    }

    /// Decodes a line given as bytes, without its newline.
    public func decode(_ line: UnsafeRawBufferPointer, receivedAt: Double) -> DecodeResult {
        guard line.count <= limits.lineLength else {
            return .rejected(Rejection(.lineTooLong, "\(line.count) bytes, the limit is \(limits.lineLength)"))
        }
        var start = 0
        while start < line.count, line[start] == 0x20 || line[start] == 0x09 || line[start] == 0x0D { start += 1 }
        var end = line.count
        while end > start, line[end - 1] == 0x20 || line[end - 1] == 0x09 || line[end - 1] == 0x0D { end -= 1 }
        guard start < end else { return .blank }
        let body = UnsafeRawBufferPointer(rebasing: line[start..<end])
        if body[0] == UInt8(ascii: "{") {
            return decodeObject(body, receivedAt: receivedAt)
        }
        guard TextSanitizer.isValidUTF8(body) else {
            return .rejected(Rejection(.invalidUTF8, "log line is not valid UTF-8"))
        }
        guard body.count > limits.logLineLength else {
            return .event(logClassifier.event(fromRawLine: body, receivedAt: receivedAt))
        }
        let text = String(decoding: body, as: UTF8.self)
        var event = logClassifier.event(fromRawLine: text.truncated(toUTF8Count: limits.logLineLength), receivedAt: receivedAt)
        event.limitHits.truncatedFields += 1
        return .event(event)
    }

    /// Decodes a line given as a byte array.
    public func decode(_ line: [UInt8], receivedAt: Double) -> DecodeResult {
        line.withUnsafeBytes { decode($0, receivedAt: receivedAt) }
    }

    /// Decodes a line given as text.
    public func decode(_ line: String, receivedAt: Double) -> DecodeResult {
        var copy = line
        return copy.withUTF8 { decode(UnsafeRawBufferPointer($0), receivedAt: receivedAt) }
    }

    private func decodeObject(_ body: UnsafeRawBufferPointer, receivedAt: Double) -> DecodeResult {
        var result = DecodeResult.blank
        withUnsafeTemporaryAllocation(of: JSONShallowMember.self, capacity: Self.membersOnStack) { members in
            var parser = JSONParser(body, maxDepth: limits.nestingDepth, stringLimit: limits.textLength)
            let object: JSONShallowObject
            do throws(JSONReadError) {
                object = try parser.readShallowObjectDocument(membersIn: members)
            } catch {
                result = .rejected(Rejection(Self.reason(for: error.kind), error.description))
                return
            }
            var fields = FieldReader(line: body, object: object)
            fields.nameLimit = limits.nameLength
            fields.textLimit = limits.textLength
            result = decode(&fields, in: body, receivedAt: receivedAt, hits: parser.hits)
        }
        return result
    }

    /// Room for a line's members on the stack: protocol messages have about a dozen; more spill into an array.
    private static let membersOnStack = 32

    /// The rejection reason of a JSON error: its own for invalid UTF-8, nesting and NaN/Infinity, else invalid JSON.
    private static func reason(for kind: JSONReadError.Kind) -> RejectionReason {
        switch kind {
        case .invalidUTF8: .invalidUTF8
        case .tooDeep: .tooDeep
        case .nonFiniteNumber: .nonFiniteNumber
        default: .invalidJSON
        }
    }

    /// The message type the line names, or the rejection for a missing, odd or unknown one.
    private static func messageType(of fields: inout FieldReader, in line: UnsafeRawBufferPointer) -> Result<MessageType, Rejection> {
        guard let index = fields.index(of: .type) else {
            return .failure(Rejection(.missingType, "no \"type\" key"))
        }
        if case .plainString(let start, let end) = fields.shallowValue(at: index) {
            if let type = MessageType.named(in: line, from: Int(start), to: Int(end)) { return .success(type) }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: line[Int(start)..<Int(end)]), as: UTF8.self)
            return .failure(Rejection(.unknownType, "\"\(excerpt(name))\""))
        }
        switch fields.materialized(index) {
        case .string(let name):
            if let type = MessageType(spelling: name) { return .success(type) }
            return .failure(Rejection(.unknownType, "\"\(excerpt(name))\""))
        case let value:
            return .failure(Rejection(.missingType, "\"type\" is \(value.compactText), not a name"))
        }
    }

    /// Decodes the members of a line's object, whose reading met the limits `hits`.
    private func decode(
        _ fields: inout FieldReader, in line: UnsafeRawBufferPointer, receivedAt: Double, hits: LimitHits
    ) -> DecodeResult {
        let type: MessageType
        switch Self.messageType(of: &fields, in: line) {
        case .success(let named): type = named
        case .failure(let rejection): return .rejected(rejection)
        }
        var message = Message(type: type, reading: &fields)
        let node = fields.name(.node)
        if let missing = fields.missingField {
            return .rejected(Rejection(.missingField, "\(type.structName) without \(missing)"))
        }
        if type == .heartbeat, node == nil {
            return .rejected(Rejection(.missingField, "Heartbeat without node"))
        }
        let time = fields.timestamp(.timestamp) ?? Timestamp(seconds: receivedAt, isReceiveTime: true)
        let envelope = Envelope(
            pubSub: fields.text(.pubsub), topic: fields.text(.topic), tag: fields.text(.tag),
            sequence: fields.integer(.seq))
        if type == .systemAlert, case .systemAlert(var alert) = message, alert.alertType == nil, let topic = envelope.topic {
            alert.alertType = topic
            message = .systemAlert(alert)
        }
        var lineHits = hits
        lineHits.truncatedFields += fields.truncatedTexts
        return .event(MonitorEvent(
            message: message, node: node, time: time, envelope: envelope, oddities: fields.oddities, limitHits: lineHits))
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }
}
