/// The payload of a decoded line: one case per message type.
public indirect enum Message: Sendable, Hashable {
    case componentHealth(ComponentHealth)
    case clusterHealth(ClusterHealth)
    case healthCheck(HealthCheck)
    case nodeHealth(NodeHealth)
    case throughputMetric(ThroughputMetric)
    case latencyMetric(LatencyMetric)
    case resourceUsage(ResourceUsage)
    case metricAlert(MetricAlert)
    case performanceMetric(PerformanceMetric)
    case systemAlert(SystemAlert)
    case alertAck(AlertAck)
    case alertEscalation(AlertEscalation)
    case debugTrace(DebugTrace)
    case performanceAnalysis(PerformanceAnalysis)
    case systemState(SystemState)
    case logEvent(LogEvent)
    case heartbeat(Heartbeat)
    case storeTopology(StoreTopology)

    /// The type of the payload.
    public var type: MessageType {
        switch self {
        case .componentHealth: return .componentHealth
        case .clusterHealth: return .clusterHealth
        case .healthCheck: return .healthCheck
        case .nodeHealth: return .nodeHealth
        case .throughputMetric: return .throughputMetric
        case .latencyMetric: return .latencyMetric
        case .resourceUsage: return .resourceUsage
        case .metricAlert: return .metricAlert
        case .performanceMetric: return .performanceMetric
        case .systemAlert: return .systemAlert
        case .alertAck: return .alertAck
        case .alertEscalation: return .alertEscalation
        case .debugTrace: return .debugTrace
        case .performanceAnalysis: return .performanceAnalysis
        case .systemState: return .systemState
        case .logEvent: return .logEvent
        case .heartbeat: return .heartbeat
        case .storeTopology: return .storeTopology
        }
    }

    /// Reads the payload of a line of the given type.
    public init(type: MessageType, reading fields: inout FieldReader) {
        switch type {
        case .componentHealth: self = .componentHealth(ComponentHealth(reading: &fields))
        case .clusterHealth: self = .clusterHealth(ClusterHealth(reading: &fields))
        case .healthCheck: self = .healthCheck(HealthCheck(reading: &fields))
        case .nodeHealth: self = .nodeHealth(NodeHealth(reading: &fields))
        case .throughputMetric: self = .throughputMetric(ThroughputMetric(reading: &fields))
        case .latencyMetric: self = .latencyMetric(LatencyMetric(reading: &fields))
        case .resourceUsage: self = .resourceUsage(ResourceUsage(reading: &fields))
        case .metricAlert: self = .metricAlert(MetricAlert(reading: &fields))
        case .performanceMetric: self = .performanceMetric(PerformanceMetric(reading: &fields))
        case .systemAlert: self = .systemAlert(SystemAlert(reading: &fields))
        case .alertAck: self = .alertAck(AlertAck(reading: &fields))
        case .alertEscalation: self = .alertEscalation(AlertEscalation(reading: &fields))
        case .debugTrace: self = .debugTrace(DebugTrace(reading: &fields))
        case .performanceAnalysis: self = .performanceAnalysis(PerformanceAnalysis(reading: &fields))
        case .systemState: self = .systemState(SystemState(reading: &fields))
        case .logEvent: self = .logEvent(LogEvent(reading: &fields))
        case .heartbeat: self = .heartbeat(Heartbeat(reading: &fields))
        case .storeTopology: self = .storeTopology(StoreTopology(reading: &fields))
        }
    }
}
