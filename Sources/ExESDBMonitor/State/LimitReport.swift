/// Every limit with its cap, what happens at it, and how often it bit: the Limits table of the Diagnostics
/// view and of `exesdb-top validate`. Rows with a zero count are listed too, so the operator knows the limit
/// exists.
public struct LimitReport: Sendable, Equatable {
    /// One limit.
    public struct Row: Sendable, Equatable {
        /// Which limit; its raw value is the name shown.
        public var limit: Limit
        /// The cap, e.g. `1 MiB` or `128`.
        public var cap: String
        /// What happens at the cap, e.g. `line rejected` or `+N more`.
        public var action: String
        /// How often the limit bit: lines, fields or numbers affected, or distinct keys refused.
        public var count: Int
    }

    /// One row per limit, in `Limit.allCases` order.
    public private(set) var rows: [Row]

    /// The limits of `store` (and of `alerts`, when given) under `decodeLimits`.
    public init(store: Store, alerts: AlertBook? = nil, decodeLimits: DecodeLimits = DecodeLimits()) {
        let rejected = store.counters.rejectedByReason
        let hits = store.limitHits
        var components = 0
        var checks = 0
        var metrics = 0
        var resourceTypes = 0
        for node in store.nodes.values {
            components += node.components.overflowCount
            checks += node.checks.overflowCount
            metrics += node.performanceMetrics.overflowCount
            resourceTypes += node.resources.overflowCount
        }
        let limits = store.limits
        rows = Limit.allCases.map { limit in
            switch limit {
            case .lineLength:
                Row(limit: limit, cap: Self.size(decodeLimits.lineLength), action: "line rejected",
                    count: rejected[.lineTooLong] ?? 0)
            case .nestingDepth:
                Row(limit: limit, cap: "\(decodeLimits.nestingDepth) levels", action: "line rejected",
                    count: rejected[.tooDeep] ?? 0)
            case .nonFiniteNumber:
                Row(limit: limit, cap: "not JSON", action: "line rejected", count: rejected[.nonFiniteNumber] ?? 0)
            case .fieldLength:
                Row(limit: limit,
                    cap: "names \(Self.size(decodeLimits.nameLength)), text \(Self.size(decodeLimits.textLength)), "
                        + "log lines \(Self.size(decodeLimits.logLineLength))",
                    action: "truncated with …", count: hits.truncatedFields)
            case .numberRange:
                Row(limit: limit, cap: "±1.8e308", action: "clamped", count: hits.clampedNumbers)
            case .hugeInteger:
                Row(limit: limit, cap: "64 bits", action: "kept approximate", count: hits.hugeIntegers)
            case .nodes:
                Row(limit: limit, cap: "\(limits.nodes)", action: "+N more", count: store.nodes.overflowCount)
            case .stores:
                Row(limit: limit, cap: "\(limits.stores)", action: "+N more", count: store.topology.overflowCount)
            case .series:
                Row(limit: limit, cap: "\(limits.series) each", action: "+N more",
                    count: store.throughput.overflowCount + store.latency.overflowCount)
            case .components:
                Row(limit: limit, cap: "\(limits.componentsPerNode)", action: "+N more", count: components)
            case .healthChecks:
                Row(limit: limit, cap: "\(limits.checksPerNode)", action: "+N more", count: checks)
            case .performanceMetrics:
                Row(limit: limit, cap: "\(limits.performanceMetricsPerNode)", action: "+N more", count: metrics)
            case .resourceTypes:
                Row(limit: limit, cap: "\(limits.resourcesPerNode)", action: "not kept", count: resourceTypes)
            case .activeAlerts:
                Row(limit: limit, cap: "\(alerts?.limits.active ?? AlertBookLimits().active)", action: "+N more",
                    count: alerts?.overflowCount ?? 0)
            case .ruleSubjects:
                Row(limit: limit, cap: "\(alerts?.evaluator.capacity ?? RuleEvaluator().capacity)", action: "not tracked",
                    count: alerts?.refusedRuleSubjectCount ?? 0)
            }
        }
    }

    /// How often `limit` bit.
    public func count(of limit: Limit) -> Int {
        rows.first { $0.limit == limit }?.count ?? 0
    }

    /// How many limits bit at least once (the header's `limits N`).
    public var bittenCount: Int { rows.filter { $0.count > 0 }.count }

    /// The table as aligned text lines, a heading first: `limit  cap  at the cap  count`.
    public var tableLines: [String] {
        let heading = Row(limit: .lineLength, cap: "cap", action: "at the cap", count: 0)
        let nameWidth = rows.map(\.limit.rawValue.count).max() ?? 0
        let capWidth = rows.map(\.cap.count).max() ?? 0
        let actionWidth = rows.map(\.action.count).max() ?? 0
        func line(_ name: String, _ row: Row, _ count: String) -> String {
            Self.padded(name, nameWidth) + "  " + Self.padded(row.cap, capWidth) + "  "
                + Self.padded(row.action, actionWidth) + "  " + String(repeating: " ", count: max(0, 7 - count.count)) + count
        }
        return [line("limit", heading, "count")] + rows.map { line($0.limit.rawValue, $0, String($0.count)) }
    }

    /// `1 MiB`, `8 KiB`, `256 B`.
    static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) B"
    }

    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
