/// The chapters of the demo cluster's storyline, which repeats every `DemoStoryline.cycleLength` seconds.
public enum DemoPhase: String, Sendable, Hashable, CaseIterable {
    /// All four nodes healthy, normal load.
    case steady
    /// The `orders` store's p99 write latency spikes on its leader, node1.
    case latencySpike = "latency_spike"
    /// node2's memory climbs to a warning, then a critical alert.
    case memoryClimb = "memory_climb"
    /// node4 fails health probes and is degraded.
    case nodeDegraded = "node_degraded"
    /// node4 stops answering: no heartbeats, leadership of `audit` moves, emitter workers restart.
    case nodeUnresponsive = "node_unresponsive"
    /// node4 returns; everything turns healthy again.
    case recovery
}
