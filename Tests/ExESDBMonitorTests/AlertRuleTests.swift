import Testing
@testable import ExESDBMonitor

/// A store and an alert book driven through time by protocol lines.
private struct RuleBench {
    var store = Store()
    var book = AlertBook()
    let rules: [AlertRule]

    init(_ rules: [AlertRule]) { self.rules = rules }

    mutating func receive(_ line: String, at time: Double) {
        store.apply(EventDecoder().decode(line, receivedAt: time), at: time)
        book.evaluate(store: store, rules: rules, at: time)
    }

    mutating func evaluate(at time: Double) { book.evaluate(store: store, rules: rules, at: time) }

    func severity(_ key: String) -> Severity? { book.alert(key)?.severity }
}

private func memory(_ percent: Double, node: String = "n1") -> String {
    #"{"type":"ResourceUsage","resource_type":"memory","usage_percent":\#(percent),"node":"\#(node)"}"#
}

private let memoryRule = AlertRule(name: "memory", kind: .resource(.memory), warning: 85, critical: 95,
                                   duration: 30, hysteresis: 5)

@Suite struct AlertRuleTests {
    @Test func aResourceRuleFiresOnlyAfterItsConditionHeldForItsDuration() {
        var bench = RuleBench([memoryRule])
        bench.receive(memory(90), at: 0)
        #expect(bench.severity("rule:memory:n1") == nil)
        #expect(bench.book.evaluatorPendingSince("rule:memory:n1") == 0)
        bench.receive(memory(91), at: 29)
        #expect(bench.severity("rule:memory:n1") == nil)
        bench.receive(memory(92), at: 30)
        #expect(bench.severity("rule:memory:n1") == .warning)
        let alert = bench.book.alert("rule:memory:n1")
        #expect(alert?.title == "memory 92% on n1")
        #expect(alert?.origin == .rule("memory"))
        #expect(alert?.threshold == 85)
    }

    @Test func aConditionThatStopsHoldingBeforeItsDurationNeverFires() {
        var bench = RuleBench([memoryRule])
        bench.receive(memory(90), at: 0)
        bench.receive(memory(70), at: 20)
        bench.receive(memory(90), at: 25)
        bench.receive(memory(90), at: 50)
        #expect(bench.severity("rule:memory:n1") == nil)
        bench.receive(memory(90), at: 55)
        #expect(bench.severity("rule:memory:n1") == .warning)
    }

    @Test func aResourceRuleRaisesToCriticalAndClearsOnlyPastTheHysteresis() {
        var bench = RuleBench([memoryRule])
        bench.receive(memory(96), at: 0)
        bench.receive(memory(96), at: 30)
        #expect(bench.severity("rule:memory:n1") == .critical)
        bench.receive(memory(91), at: 40)
        #expect(bench.severity("rule:memory:n1") == .critical)
        bench.receive(memory(89), at: 50)
        #expect(bench.severity("rule:memory:n1") == .warning)
        bench.receive(memory(81), at: 60)
        #expect(bench.severity("rule:memory:n1") == .warning)
        bench.receive(memory(79.9), at: 70)
        #expect(bench.severity("rule:memory:n1") == nil)
        let resolved = bench.book.history.first
        #expect(resolved?.resolution == "cleared at 79.9% (past 80%)")
        #expect(resolved?.timeline.map(\.text) == [
            "fired (critical)", "lowered to warning", "resolved by rule memory: cleared at 79.9% (past 80%)",
        ])
    }

    @Test func aRuleForOneNodeIgnoresTheOthers() {
        var rule = memoryRule
        rule.node = "n2"
        rule.duration = 0
        var bench = RuleBench([rule])
        bench.receive(memory(99, node: "n1"), at: 0)
        bench.receive(memory(99, node: "n2"), at: 0)
        #expect(bench.book.active(at: 0).map(\.key) == ["rule:memory:n2"])
    }

    @Test func aLatencyRuleWatchesItsPercentilePerOperation() {
        let rule = AlertRule(name: "p99", kind: .latency(operation: nil, percentile: .p99), warning: 100, critical: 500,
                             hysteresis: 10)
        var bench = RuleBench([rule])
        bench.receive(#"{"type":"LatencyMetric","operation":"append","latency_ms":120,"percentile":"p99","node":"n1"}"#, at: 0)
        bench.receive(#"{"type":"LatencyMetric","operation":"read","latency_ms":900,"percentile":"p50","node":"n1"}"#, at: 0)
        #expect(bench.book.active(at: 0).map(\.key) == ["rule:p99:n1:append"])
        #expect(bench.book.alert("rule:p99:n1:append")?.operation == "append")
        #expect(bench.book.alert("rule:p99:n1:append")?.title == "p99 latency of append 120 ms on n1")
        bench.receive(#"{"type":"LatencyMetric","operation":"append","latency_ms":600,"percentile":"p99","node":"n1"}"#, at: 1)
        #expect(bench.severity("rule:p99:n1:append") == .critical)
        bench.receive(#"{"type":"LatencyMetric","operation":"append","latency_ms":95,"percentile":"p99","node":"n1"}"#, at: 2)
        #expect(bench.severity("rule:p99:n1:append") == .warning)
        bench.receive(#"{"type":"LatencyMetric","operation":"append","latency_ms":89,"percentile":"p99","node":"n1"}"#, at: 3)
        #expect(bench.severity("rule:p99:n1:append") == nil)
    }

    @Test func aThroughputFloorFiresBelowItsLevelAndClearsAboveLevelPlusHysteresis() {
        let rule = AlertRule(name: "floor", kind: .throughputFloor(operation: "append"), warning: 100, critical: 10,
                             duration: 10, hysteresis: 20)
        var bench = RuleBench([rule])
        func rate(_ value: Double, _ operation: String = "append") -> String {
            #"{"type":"ThroughputMetric","operation":"\#(operation)","rate_per_sec":\#(value),"node":"n1"}"#
        }
        bench.receive(rate(50), at: 0)
        bench.receive(rate(1, "read"), at: 0)
        bench.receive(rate(50), at: 10)
        #expect(bench.book.active(at: 10).map(\.key) == ["rule:floor:n1:append"])
        #expect(bench.severity("rule:floor:n1:append") == .warning)
        bench.receive(rate(5), at: 11)
        bench.receive(rate(5), at: 21)
        #expect(bench.severity("rule:floor:n1:append") == .critical)
        bench.receive(rate(110), at: 22)
        #expect(bench.severity("rule:floor:n1:append") == .warning)
        bench.receive(rate(121), at: 23)
        #expect(bench.severity("rule:floor:n1:append") == nil)
    }

    @Test func healthRulesFireOnDegradedUnhealthyAndQuorumLost() {
        var bench = RuleBench(AlertRule.defaults.filter { [.nodeHealth, .clusterHealth, .quorum].contains($0.kind) })
        bench.receive(#"{"type":"NodeHealth","node":"n1","status":"healthy"}"#, at: 0)
        bench.receive(#"{"type":"NodeHealth","node":"n2","status":"healthy"}"#, at: 0)
        bench.receive(#"{"type":"NodeHealth","node":"n3","status":"degraded"}"#, at: 0)
        #expect(bench.book.active(at: 0).map(\.key) == ["rule:cluster-health:cluster"])
        #expect(bench.severity("rule:cluster-health:cluster") == .warning)
        #expect(bench.book.alert("rule:cluster-health:cluster")?.title == "cluster degraded")
        bench.receive(#"{"type":"NodeHealth","node":"n2","status":"unhealthy"}"#, at: 1)
        #expect(bench.severity("rule:node-down:n2") == .critical)
        #expect(bench.severity("rule:cluster-health:cluster") == .critical)
        #expect(bench.severity("rule:quorum:cluster") == .critical)
        #expect(bench.book.alert("rule:quorum:cluster")?.title == "quorum lost")
        #expect(bench.book.alert("rule:node-down:n2")?.title == "n2 unhealthy")
        bench.receive(#"{"type":"NodeHealth","node":"n2","status":"healthy"}"#, at: 2)
        bench.receive(#"{"type":"NodeHealth","node":"n3","status":"healthy"}"#, at: 2)
        #expect(bench.book.active(at: 2).isEmpty)
        #expect(bench.book.history.count == 3)
    }

    @Test func aStalenessRuleFiresAfter30SecondsWithoutDataAndFoldsTheNodesAlerts() {
        var fast = memoryRule
        fast.duration = 0
        var bench = RuleBench([AlertRule.defaults.first { $0.kind == .staleness }!, fast])
        bench.receive(memory(99, node: "n1"), at: 0)
        bench.receive(memory(20, node: "n2"), at: 0)
        bench.receive(memory(20, node: "n2"), at: 29)
        #expect(bench.severity("rule:stale-node:n1") == nil)
        bench.receive(memory(20, node: "n2"), at: 31)
        #expect(bench.severity("rule:stale-node:n1") == .critical)
        #expect(bench.book.alert("rule:stale-node:n1")?.title == "no data from n1 for 31s")
        #expect(bench.book.alert("rule:memory:n1")?.inhibitedBy == "rule:stale-node:n1")
        bench.receive(memory(99, node: "n1"), at: 40)
        #expect(bench.severity("rule:stale-node:n1") == nil)
        #expect(bench.book.alert("rule:memory:n1")?.inhibitedBy == nil)
    }

    @Test func aRuleRemovedFromTheSetClearsItsAlerts() {
        var fast = memoryRule
        fast.duration = 0
        var bench = RuleBench([fast])
        bench.receive(memory(99), at: 0)
        #expect(bench.severity("rule:memory:n1") == .critical)
        bench.book.evaluate(store: bench.store, rules: [], at: 1)
        #expect(bench.book.active(at: 1).isEmpty)
    }

    @Test func noDataNeitherFiresNorClearsARule() {
        var fast = memoryRule
        fast.duration = 0
        var bench = RuleBench([fast])
        bench.receive(#"{"type":"ResourceUsage","resource_type":"memory","node":"n1"}"#, at: 0)
        #expect(bench.book.active(at: 0).isEmpty)
        bench.receive(memory(99), at: 1)
        bench.receive(#"{"type":"Heartbeat","node":"n1","sequence":1}"#, at: 2)
        #expect(bench.severity("rule:memory:n1") == .critical)
    }

    @Test func theDefaultsFollowTheGuide() {
        let byName = Dictionary(uniqueKeysWithValues: AlertRule.defaults.map { ($0.name, $0) })
        #expect((byName["memory"]?.warning, byName["memory"]?.critical) == (85, 95))
        #expect((byName["cpu"]?.warning, byName["cpu"]?.critical) == (90, 98))
        #expect((byName["disk"]?.warning, byName["disk"]?.critical) == (85, 95))
        #expect((byName["latency-p99"]?.warning, byName["latency-p99"]?.critical) == (100, 500))
        #expect(byName["stale-node"]?.critical == 30)
    }
}

extension AlertBook {
    /// Since when the condition of a rule's alert key has held.
    func evaluatorPendingSince(_ key: String) -> Double? { evaluator.pendingSince(key) }
}
