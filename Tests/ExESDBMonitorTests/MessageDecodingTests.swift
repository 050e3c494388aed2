import Testing
@testable import ExESDBMonitor

/// Each type in the code's field names and, where they differ, the guide's.
@Suite struct MessageDecodingTests {
    @Test(arguments: [
        "ClusterHealth", "ExESDBGater.Messages.HealthMessages.ClusterHealth",
        "Elixir.ExESDBGater.Messages.HealthMessages.ClusterHealth", "cluster_health", "cluster_health_updated",
        ":cluster_health_updated",
    ])
    func everySpellingOfTypeIsAccepted(spelling: String) {
        let decoded = event(#"{"type":"\#(spelling)","status":"healthy","healthy_nodes":3,"total_nodes":3}"#)
        #expect(decoded?.message.type == .clusterHealth)
    }

    @Test func componentHealth() {
        let line = #"{"type":"ComponentHealth","component":"store_worker","node":"n1","status":":degraded","details":{"store_id":"s"},"last_check":"2026-11-26T13:45:01.123Z"}"#
        guard case .componentHealth(let health) = event(line)?.message else { Issue.record("not decoded"); return }
        #expect(health.component == "store_worker")
        #expect(health.status == .degraded)
        #expect(health.details?.objectValue?["store_id"] == .string("s"))
        #expect(health.lastCheck?.seconds == 1_795_700_701.123)
        #expect(event(line)?.node == "n1")
    }

    @Test func clusterHealth() {
        let line = #"{"type":"ClusterHealth","status":"degraded","healthy_nodes":3,"total_nodes":4,"degraded_nodes":["node2"],"unhealthy_nodes":[":node4"],"quorum_status":"available"}"#
        guard case .clusterHealth(let health) = event(line)?.message else { Issue.record("not decoded"); return }
        #expect(health == ClusterHealth(
            status: .degraded, healthyNodes: 3, totalNodes: 4, degradedNodes: ["node2"], unhealthyNodes: [":node4"],
            quorumStatus: .available))
    }

    @Test func healthCheckAndNodeHealth() {
        guard case .healthCheck(let check) = event(#"{"type":"HealthCheck","check_name":"persistence_check","result":"timeout","duration_ms":150,"error":"slow disk"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(check == HealthCheck(checkName: "persistence_check", result: .timeout, durationMs: 150, error: "slow disk"))
        guard case .nodeHealth(let node) = event(#"{"type":"NodeHealth","node":"n2","status":"unknown","load_avg":1.5,"memory_usage":"61.5"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(node.status == .unknown)
        #expect(node.loadAverage == 1.5)
        #expect(node.memoryUsage == 61.5)
    }

    @Test func throughputRateIsDerivedFromCountAndDurationWhenAbsent() {
        guard case .throughputMetric(let metric) = event(#"{"type":"throughput_metric","operation":"event_emission","count":500,"duration_ms":250}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(metric.ratePerSecond == 2000)
    }

    @Test func latencyMetricKeepsUnknownPercentileAsText() {
        guard case .latencyMetric(let metric) = event(#"{"type":"LatencyMetric","operation":"read","latency_ms":3,"percentile":"p999"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(metric.percentile == .other("p999"))
        #expect(metric.percentile.wireText == "p999")
        #expect(metric.latencyMs == 3)
    }

    @Test func resourceUsageKeepsExtraKeys() {
        guard case .resourceUsage(let usage) = event(#"{"type":"ResourceUsage","resource_type":"network","current_used":5,"total_available":20,"rx_bytes_per_sec":1024,"node":"n"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(usage.resourceType == .network)
        #expect(usage.usagePercent == 25)
        #expect(usage.extraNumber("rx_bytes_per_sec") == 1024)
        #expect(usage.extra["node"] == nil)
    }

    @Test func metricAlertAndPerformanceMetric() {
        guard case .metricAlert(let alert) = event(#"{"type":"MetricAlert","metric_name":"memory_usage","current_value":89.5,"threshold_value":85,"threshold_type":"max","severity":"critical"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(alert == MetricAlert(metricName: "memory_usage", severity: .critical, currentValue: 89.5, thresholdValue: 85, thresholdType: .max))
        guard case .performanceMetric(let metric) = event(#"{"type":"PerformanceMetric","metric_name":"status","value":"ok","unit":"","component":"persistence"}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(metric.value == nil)
        #expect(metric.valueText == "ok")
    }

    @Test func systemAlertInTheCodesFields() {
        let line = #"{"type":"SystemAlert","alert_id":"a1","severity":"error","category":"data","title":"T","description":"D","source":"s","metadata":{"k":1},"requires_ack":false}"#
        guard case .systemAlert(let alert) = event(line)?.message else { Issue.record("not decoded"); return }
        #expect(alert == SystemAlert(
            alertID: "a1", severity: .error, category: .data, title: "T", description: "D", source: "s",
            metadata: .object(JSONObject([.init("k", .integer(1))])), requiresAck: false))
    }

    @Test func systemAlertInTheGuidesFields() {
        let line = #"{"type":"system_alert","alert_type":"node_failure","severity":"critical","message":"Node node2 has become unresponsive","context":{"failed_node":"node2"}}"#
        guard case .systemAlert(let alert) = event(line)?.message else { Issue.record("not decoded"); return }
        #expect(alert.alertType == "node_failure")
        #expect(alert.title == "Node node2 has become unresponsive")
        #expect(alert.description == nil)
        #expect(alert.metadata?.objectValue?["failed_node"] == .string("node2"))
        #expect(alert.requiresAck)
    }

    @Test func alertAckInBothFieldSets() {
        guard case .alertAck(let code) = event(#"{"type":"AlertAck","alert_id":"a1","ack_by":"ops","ack_note":"on it","resolution":"fixed","ack_timestamp":"2026-11-26T13:45:01Z"}"#)?.message,
              case .alertAck(let guide) = event(#"{"type":"alert_acknowledged","alert_id":"a1","acknowledged_by":"ops","ack_message":"on it","auto_ack":true}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(code.acknowledgedBy == "ops" && code.note == "on it" && code.resolution == "fixed")
        #expect(code.acknowledgedAt?.seconds == 1_795_700_701)
        #expect(guide.acknowledgedBy == "ops" && guide.note == "on it" && guide.isAutomatic)
    }

    @Test func alertEscalationInBothFieldSets() {
        guard case .alertEscalation(let code) = event(#"{"type":"AlertEscalation","alert_id":"a1","from_level":"level1","to_level":":level3","escalated_by":"policy","notify_contacts":["x"]}"#)?.message,
              case .alertEscalation(let guide) = event(#"{"type":"alert_escalation","original_alert_id":"a1","escalation_level":2,"escalated_to":["a","b"]}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(code == AlertEscalation(alertID: "a1", fromLevel: 1, toLevel: 3, escalatedBy: "policy", notifyContacts: ["x"]))
        #expect(guide == AlertEscalation(alertID: "a1", toLevel: 2, notifyContacts: ["a", "b"]))
    }

    @Test func debugTraceInBothFieldSets() {
        guard case .debugTrace(let code) = event(#"{"type":"DebugTrace","trace_id":"t","operation":"append","trace_data":{"n":1},"stack_trace":"s","duration_ms":2}"#)?.message,
              case .debugTrace(let guide) = event(#"{"type":"debug_trace","component":"w","trace_type":"perf","data":{"n":2}}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(code.operation == "append" && code.traceData?.objectValue?["n"] == .integer(1) && code.stackTrace == "s")
        #expect(guide.operation == "perf" && guide.traceData?.objectValue?["n"] == .integer(2))
    }

    @Test func performanceAnalysisInBothFieldSets() {
        guard case .performanceAnalysis(let code) = event(#"{"type":"PerformanceAnalysis","analysis_id":"a","analysis_type":"cpu_hotspot","findings":{"x":1},"recommendations":["r1"],"severity":"high"}"#)?.message,
              case .performanceAnalysis(let guide) = event(#"{"type":"performance_analysis","analysis_type":"bottleneck_detection","duration_ms":5000,"results":{"recommendations":["r2","r3"]}}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(code.analysisType == .cpuHotspot && code.recommendations == ["r1"] && code.severity == .high)
        #expect(guide.analysisType == .bottleneck && guide.recommendations == ["r2", "r3"] && guide.durationMs == 5000)
    }

    @Test func systemStateInBothSnapshotForms() {
        guard case .systemState(let code) = event(#"{"type":"SystemState","snapshot_id":"s","snapshot_type":"process_tree","process_count":10,"memory_usage":99,"trigger_reason":"manual"}"#)?.message,
              case .systemState(let guide) = event(#"{"type":"system_state","snapshot_type":"memory_usage","state_data":{"used_memory":7,"process_count":1247,"largest_processes":[{"name":"a","memory":5}]}}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(code.snapshotType == .processTree && code.processCount == 10 && code.triggerReason == "manual")
        #expect(guide.snapshotType == .memoryUsage && guide.processCount == 1247 && guide.memoryUsage == 7)
        #expect(guide.largestProcesses.first?["name"] == .string("a"))
    }

    @Test func logEventHeartbeatAndTopology() {
        guard case .logEvent(let log) = event(##"{"type":"log_event","component":"emitter_worker","store_id":"s","message":"m","pid":"#PID<0.1.0>"}"##)?.message,
              case .heartbeat(let beat) = event(#"{"type":"Heartbeat","node":"n","sequence":7,"interval_ms":2000}"#)?.message,
              case .storeTopology(let topology) = event(#"{"type":"StoreTopology","store":"s","leader":"n1","members":["n1","n2","n3","n4","n5"]}"#)?.message
        else { Issue.record("not decoded"); return }
        #expect(log.storeID == "s" && log.message == "m" && !log.isRawLine)
        #expect(beat == Heartbeat(sequence: 7, intervalSeconds: 2))
        #expect(topology.quorumSize == 3)
        #expect(topology.headroom(availableMembers: 4) == 1)
    }

    @Test func envelopeKeysAreKept() {
        let decoded = event(#"{"type":"HealthCheck","check_name":"c","pubsub":"ex_esdb_health","topic":"cluster:health","tag":"health_check_completed","seq":9}"#)
        #expect(decoded?.envelope == Envelope(pubSub: "ex_esdb_health", topic: "cluster:health", tag: "health_check_completed", sequence: 9))
    }

    @Test func aMissingTimestampIsTheReceiveTimeMarkedAsSuch() {
        let decoded = EventDecoder().decode(#"{"type":"HealthCheck","check_name":"c"}"#, receivedAt: 42)
        guard case .event(let event) = decoded else { Issue.record("not decoded"); return }
        #expect(event.time == Timestamp(seconds: 42, isReceiveTime: true))
    }
}
