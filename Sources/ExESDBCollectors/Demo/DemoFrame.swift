import ExESDBMonitor

/// The lines of one second of the demo cluster, built in order. Internal to `DemoCluster`.
struct DemoFrame {
    let cycle: Int
    let second: Int
    let epochMillis: Int64
    var random: SeededGenerator
    private(set) var lines: [[UInt8]] = []
    private var offset: Int64 = 0

    init(cycle: Int, second: Int, epochMillis: Int64, random: SeededGenerator) {
        self.cycle = cycle
        self.second = second
        self.epochMillis = epochMillis
        self.random = random
    }

    /// The next line's timestamp in epoch milliseconds (lines of one second spread over it).
    private mutating func nextMillis() -> Int64 {
        offset = min(offset + 3, 997)
        return epochMillis + offset
    }

    mutating func jitter(_ value: Double, by fraction: Double) -> Double {
        value * (1 + Double.random(in: -fraction...fraction, using: &random))
    }

    /// Emits an object of `type` with `fields`, an ISO-8601 timestamp and envelope keys, written member by member.
    mutating func emit(
        _ type: String, _ fields: [(String, JSONValue)], pubsub: String? = nil, topic: String? = nil,
        epochTimestamp: Bool = false
    ) {
        var line: [UInt8] = []
        line.reserveCapacity(320)
        JSONBytes.appendMember("type", .string(type), to: &line)
        for (key, value) in fields { JSONBytes.appendMember(key, value, to: &line) }
        if let pubsub { JSONBytes.appendMember("pubsub", .string(pubsub), to: &line) }
        if let topic { JSONBytes.appendMember("topic", .string(topic), to: &line) }
        let millis = nextMillis()
        JSONBytes.appendMember(
            "timestamp", epochTimestamp ? .integer(millis) : .string(Timestamp.iso8601Text(epochMilliseconds: millis)),
            to: &line)
        line.append(UInt8(ascii: "}"))
        lines.append(line)
    }

    /// Emits raw (non-JSON) log lines.
    mutating func emitRaw(_ raw: [String]) {
        lines += raw.map { Array($0.utf8) }
    }

    /// Emits a LogEvent as EmitterWorker publishes it on :ex_esdb_logging (timestamp in µs).
    mutating func emitLogEvent(
        node: String, store: String, eventType: String, pid: String, message: String, metadata: [(String, JSONValue)]
    ) {
        let micros = nextMillis() * 1000
        let object = JSONObject([
            .init("type", .string("LogEvent")), .init("component", .string("emitter_worker")),
            .init("event_type", .string(eventType)), .init("store_id", .string(store)), .init("pid", .string(pid)),
            .init("message", .string(message)),
            .init("metadata", .object(JSONObject(metadata.map { JSONObject.Member($0.0, $0.1) }))),
            .init("node", .string(node)), .init("pubsub", .string("ex_esdb_logging")),
            .init("topic", .string("logging:store:\(store)")), .init("timestamp", .integer(micros)),
        ])
        lines.append(JSONBytes.line(object))
    }
}
