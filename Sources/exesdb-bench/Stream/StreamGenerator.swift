/// The benchmark's NDJSON stream: every message type of the protocol, EmitterWorker log lines and a few bad
/// lines, ~200 bytes a line, with values that change from line to line. Line `n` is always the same line.
struct StreamGenerator: Sendable {
    /// Whether one line in 50 names a node, operation, store or component never seen before, so that every
    /// capped map of the Store fills up (the memory benchmark); otherwise five nodes and a few names recur.
    var freshKeys = false

    private static let nodes = ["node1@demo", "node2@demo", "node3@demo", "node4@demo", "node5@demo"]
    private static let operations = ["append_events", "read_events", "persistence_write", "subscription_delivery"]
    private static let stores = ["reg_gh", "orders", "billing"]
    private static let percentiles = ["p50", "p95", "p99"]
    private static let resources = ["cpu", "memory", "disk"]
    private static let severities = ["info", "warning", "critical"]
    private static let colours = ["\u{1B}[38;5;15;48;5;4m", "\u{1B}[38;5;0;48;5;214m", "\u{1B}[38;5;0;48;5;6m"]

    /// Line `number`, without its newline.
    func line(_ number: Int) -> String {
        let fresh = freshKeys && number % 50 == 49
        let node = fresh ? "node\(number)@fresh" : Self.nodes[number % 5]
        let operation = fresh ? "op_\(number)" : Self.operations[number / 7 % 4]
        let store = fresh ? "store_\(number)" : Self.stores[number / 11 % 3]
        let time = Self.timestamp(number)
        let seq = number
        switch StreamLineKind.cycle[number % 100] {
        case .componentHealth:
            let component = fresh ? "component_\(number)" : ["store_worker", "emitter_pool", "ra_server"][number / 3 % 3]
            return #"{"type":"ComponentHealth","component":"\#(component)","node":"\#(node)","status":"healthy","#
                + #""details":{"store_id":"\#(store)","response_time_ms":\#(number % 40)},"tag":"component_health_updated","#
                + #""seq":\#(seq),"timestamp":"\#(time)"}"#
        case .clusterHealth:
            let degraded = number % 3 == 0 ? #"["node4@demo"]"# : "[]"
            return #"{"type":"ClusterHealth","status":"\#(number % 3 == 0 ? "degraded" : "healthy")","healthy_nodes":\#(number % 3 == 0 ? 4 : 5),"#
                + #""total_nodes":5,"degraded_nodes":\#(degraded),"unhealthy_nodes":[],"quorum_status":"available","#
                + #""node":"\#(node)","seq":\#(seq),"timestamp":"\#(time)"}"#
        case .healthCheck:
            let check = fresh ? "check_\(number)" : ["persistence_check", "khepri_check"][number / 13 % 2]
            return #"{"type":"HealthCheck","check_name":"\#(check)","node":"\#(node)","result":"pass","#
                + #""duration_ms":\#(100 + number % 90),"details":{"stores_checked":5},"error":null,"timestamp":"\#(time)"}"#
        case .nodeHealth:
            return #"{"type":"NodeHealth","node":"\#(node)","status":"healthy","checks":{"khepri":"ok","ra":"ok"},"#
                + #""load_avg":\#(Self.decimal(number % 400, 100)),"memory_usage":\#(Self.decimal(400 + number % 300, 10)),"#
                + #""disk_usage":38.0,"seq":\#(seq),"timestamp":"\#(time)"}"#
        case .throughputMetric:
            return #"{"type":"ThroughputMetric","operation":"\#(operation)","count":\#(number % 5000),"duration_ms":1000,"#
                + #""rate_per_sec":\#(Self.decimal(number % 50_000, 10)),"node":"\#(node)","pubsub":"ex_esdb_metrics","#
                + #""seq":\#(seq),"timestamp":"\#(time)"}"#
        case .latencyMetric:
            return #"{"type":"LatencyMetric","operation":"\#(operation)","latency_ms":\#(Self.decimal(number % 997, 10)),"#
                + #""percentile":"\#(Self.percentiles[number / 3 % 3])","sample_count":1000,"node":"\#(node)","#
                + #""seq":\#(seq),"timestamp":\#(1_795_700_701_123 + number)}"#
        case .resourceUsage:
            return #"{"type":"ResourceUsage","resource_type":"\#(Self.resources[number / 5 % 3])","#
                + #""usage_percent":\#(Self.decimal(number % 1000, 10)),"total_available":8589934592,"#
                + #""current_used":\#(5_838_471_372 + number),"node":"\#(node)","seq":\#(seq),"timestamp":"\#(time)"}"#
        case .metricAlert:
            return #"{"type":"MetricAlert","metric_name":"memory_usage","current_value":\#(Self.decimal(850 + number % 100, 10)),"#
                + #""threshold_value":85.0,"threshold_type":"max","severity":"warning","node":"\#(node)","timestamp":"\#(time)"}"#
        case .performanceMetric:
            let metric = fresh ? "metric_\(number)" : ["events_per_second", "gc_runs"][number / 17 % 2]
            return #"{"type":"PerformanceMetric","metric_name":"\#(metric)","value":\#(Self.decimal(number % 20_000, 10)),"#
                + #""unit":"eps","node":"\#(node)","component":"persistence","tags":{"store":"\#(store)"},"timestamp":"\#(time)"}"#
        case .systemAlert:
            return #"{"type":"SystemAlert","alert_id":"alert_\#(number / 100 % 40)","severity":"\#(Self.severities[number / 100 % 3])","#
                + #""category":"performance","title":"Slow writes on \#(store)","description":"p95 write latency above 40 ms","#
                + #""source":"metrics","node":"\#(node)","requires_ack":true,"timestamp":"\#(time)"}"#
        case .alertAck:
            return #"{"type":"AlertAck","alert_id":"alert_\#(number / 100 % 40)","ack_by":"ops@node1","#
                + #""ack_note":"Investigating","resolution":null,"ack_timestamp":"\#(time)","timestamp":"\#(time)"}"#
        case .alertEscalation:
            return #"{"type":"AlertEscalation","alert_id":"alert_\#(number / 100 % 40)","from_level":"level1","#
                + #""to_level":"level2","escalation_reason":"No acknowledgment after 15 minutes","escalated_by":"policy","#
                + #""timestamp":"\#(time)"}"#
        case .debugTrace:
            return #"{"type":"DebugTrace","trace_id":"tr_\#(number)","component":"store_worker","operation":"\#(operation)","#
                + #""trace_data":{"function_calls":\#(number % 2000)},"duration_ms":12.5,"node":"\#(node)","timestamp":"\#(time)"}"#
        case .performanceAnalysis:
            return #"{"type":"PerformanceAnalysis","analysis_id":"an_\#(number)","component":"persistence_worker","#
                + #""analysis_type":"bottleneck","findings":{"bottlenecks":["disk_io"]},"recommendations":["Increase disk IOPS"],"#
                + #""severity":"medium","node":"\#(node)","timestamp":"\#(time)"}"#
        case .systemState:
            return #"{"type":"SystemState","snapshot_id":"snap_\#(number)","snapshot_type":"full","#
                + #""state_data":{"schedulers":8},"process_count":\#(1200 + number % 100),"memory_usage":\#(5_838_471_372 + number),"#
                + #""node":"\#(node)","trigger_reason":"manual","timestamp":"\#(time)"}"#
        case .logEvent:
            let pid = "#PID<0.\(number % 9000).0>"
            return #"{"type":"LogEvent","component":"emitter_worker","event_type":"broadcast","store_id":"\#(store)","#
                + #""pid":"\#(pid)","message":"📤 BROADCASTING event \#(number) to \#(store):orders","#
                + #""metadata":{"level":"info"},"node":"\#(node)","timestamp":"\#(time)"}"#
        case .heartbeat:
            return #"{"type":"Heartbeat","node":"\#(node)","sequence":\#(number),"interval_ms":2000,"#
                + #""pubsub":"ex_esdb_system","topic":"system:heartbeat","seq":\#(seq),"timestamp":"\#(time)"}"#
        case .storeTopology:
            return #"{"type":"StoreTopology","store":"\#(store)","leader":"\#(Self.nodes[number / 100 % 3])","#
                + #""members":["node1@demo","node2@demo","node3@demo"],"quorum_size":2,"node":"\#(node)","#
                + #""seq":\#(seq),"timestamp":"\#(time)"}"#
        case .rawLog:
            let colour = Self.colours[number / 10 % 3]
            return "\(colour)[#PID<0.\(number % 9000).0>][ex_esdb] [EMITTER] 📤 BROADCASTING event \(number) "
                + "to \(store):orders via \(node) (scheduler \(number % 8))\u{1B}[0m"
        case .bad:
            switch number / 100 % 4 {
            case 0:
                return #"{"type":"ThroughputMetric","operation":"\#(operation)","count":12,"rate_per_sec":1"#
            case 1:
                return #"{"type":"QueueDepth","queue":"\#(store)","depth":\#(number % 100),"node":"\#(node)","timestamp":"\#(time)"}"#
            case 2:
                return #"{"type":"LatencyMetric","operation":"\#(operation)","percentile":"p95","node":"\#(node)","timestamp":"\#(time)"}"#
            default:
                return #"{"type":\#(number % 100),"node":"\#(node)","timestamp":"\#(time)"}"#
            }
        }
    }

    /// An ISO 8601 time that moves on by a millisecond a line.
    private static func timestamp(_ number: Int) -> String {
        let millisecond = number % 1000, second = number / 1000 % 60, minute = number / 60_000 % 60
        return "2026-11-26T13:\(twoDigits(minute)):\(twoDigits(second)).\(threeDigits(millisecond))Z"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }

    /// `value / scale` written with one decimal per power of ten of `scale` (10 → one decimal).
    private static func decimal(_ value: Int, _ scale: Int) -> String {
        let fraction = String(value % scale)
        let places = String(scale).count - 1
        return "\(value / scale)." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
