/// The kinds of line the protocol carries, with every spelling accepted in `type`.
public enum MessageType: String, Sendable, Hashable, CaseIterable {
    case componentHealth = "ComponentHealth"
    case clusterHealth = "ClusterHealth"
    case healthCheck = "HealthCheck"
    case nodeHealth = "NodeHealth"
    case throughputMetric = "ThroughputMetric"
    case latencyMetric = "LatencyMetric"
    case resourceUsage = "ResourceUsage"
    case metricAlert = "MetricAlert"
    case performanceMetric = "PerformanceMetric"
    case systemAlert = "SystemAlert"
    case alertAck = "AlertAck"
    case alertEscalation = "AlertEscalation"
    case debugTrace = "DebugTrace"
    case performanceAnalysis = "PerformanceAnalysis"
    case systemState = "SystemState"
    case logEvent = "LogEvent"
    case heartbeat = "Heartbeat"
    case storeTopology = "StoreTopology"

    /// Hashes the case (a raw-valued enum would hash its String by default); events are counted by type.
    public func hash(into hasher: inout Hasher) { hasher.combine(caseNumber) }

    /// The case's position in the declaration, 0 up: a payload-free enum of fewer than 256 cases is stored as
    /// that one byte (the Swift ABI's enum layout); a test checks it against `allCases`.
    @inline(__always)
    var caseNumber: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    /// The struct name, as in `ClusterHealth`.
    public var structName: String { rawValue }

    /// The snake_case spelling, as in `cluster_health`.
    public var snakeName: String {
        var output = ""
        for character in rawValue {
            if character.isUppercase, !output.isEmpty { output += "_" }
            output += character.lowercased()
        }
        return output
    }

    /// The PubSub tag ExESDB broadcasts it with.
    public var pubSubTag: String {
        switch self {
        case .componentHealth: return "component_health_updated"
        case .clusterHealth: return "cluster_health_updated"
        case .healthCheck: return "health_check_completed"
        case .nodeHealth: return "node_health_updated"
        case .alertAck: return "alert_acknowledged"
        case .alertEscalation: return "alert_escalated"
        default: return snakeName
        }
    }

    /// The Elixir module it lives in, as in `ExESDBGater.Messages.HealthMessages.ClusterHealth`.
    public var elixirModule: String {
        let group: String
        switch self {
        case .componentHealth, .clusterHealth, .healthCheck, .nodeHealth: group = "HealthMessages"
        case .throughputMetric, .latencyMetric, .resourceUsage, .metricAlert, .performanceMetric:
            group = "MetricsMessages"
        case .systemAlert, .alertAck, .alertEscalation: group = "AlertMessages"
        case .debugTrace, .performanceAnalysis, .systemState: group = "DiagnosticsMessages"
        case .logEvent: group = "LoggingMessages"
        case .heartbeat, .storeTopology: return "ExESDBTop.Bridge.\(rawValue)"
        }
        return "ExESDBGater.Messages.\(group).\(rawValue)"
    }

    private static let bySpelling: [String: MessageType] = {
        var table: [String: MessageType] = [:]
        for type in allCases {
            for spelling in [type.structName, type.snakeName, type.pubSubTag, type.elixirModule] {
                table[spelling] = type
                table[":" + spelling] = type
                table["Elixir." + spelling] = type
            }
        }
        return table
    }()

    /// The type named by the printable-ASCII bytes at `start..<end` of `bytes`, in any accepted spelling.
    static func named(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> MessageType? {
        if let type = byShortSpelling.value(in: bytes, from: start, to: end) { return type }
        return MessageType(spelling: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    /// The spellings short enough to be found straight from a line's bytes; the struct names and snake_case
    /// names first, as the ones sent most.
    private static let byShortSpelling = ShortWordTable(
        allCases.map { ($0.structName, $0) } + allCases.map { ($0.snakeName, $0) } + bySpelling.map { ($0.key, $0.value) },
        slotBits: 9)

    /// The type named by a `type` value in any accepted spelling; a dotted module name is matched by its
    /// last part too, so a renamed namespace still decodes.
    public init?(spelling: String) {
        if let type = MessageType.bySpelling[spelling] {
            self = type
        } else if let dot = spelling.lastIndex(of: "."),
                  let type = MessageType.bySpelling[String(spelling[spelling.index(after: dot)...])] {
            self = type
        } else {
            return nil
        }
    }
}
