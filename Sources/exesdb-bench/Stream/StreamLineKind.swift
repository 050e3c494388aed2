/// What one line of the generated stream is: a message of the protocol, a raw log line, or a bad line.
enum StreamLineKind: CaseIterable {
    case componentHealth, clusterHealth, healthCheck, nodeHealth
    case throughputMetric, latencyMetric, resourceUsage, metricAlert, performanceMetric
    case systemAlert, alertAck, alertEscalation
    case debugTrace, performanceAnalysis, systemState
    case logEvent, heartbeat, storeTopology
    /// An EmitterWorker line as ExESDB prints it to its terminal, with its ANSI colours.
    case rawLog
    /// A line the decoder must reject: broken JSON, an unknown type, a missing field or not an object.
    case bad

    /// Lines of this kind in every 100, roughly as a busy cluster sends them: mostly metrics and logs,
    /// now and then an alert, and one bad line.
    var share: Int {
        switch self {
        case .logEvent: return 26
        case .throughputMetric, .latencyMetric: return 15
        case .rawLog: return 10
        case .resourceUsage: return 8
        case .heartbeat: return 5
        case .nodeHealth: return 4
        case .componentHealth: return 3
        case .healthCheck, .performanceMetric: return 2
        default: return 1
        }
    }

    /// A cycle of 100 kinds with every kind in its share, spread out rather than in runs.
    static let cycle: [StreamLineKind] = {
        let slots = allCases.flatMap { Array(repeating: $0, count: $0.share) }
        precondition(slots.count == 100, "the shares add up to \(slots.count), not 100")
        return (0..<100).map { slots[$0 * 37 % 100] }
    }()
}
