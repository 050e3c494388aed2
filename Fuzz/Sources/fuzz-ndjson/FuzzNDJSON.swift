import ExESDBMonitor
import FuzzChecks

/// Small capacities, so that a short input already reaches every cap.
private let limits: StoreLimits = {
    var limits = StoreLimits()
    limits.nodes = 4
    limits.stores = 4
    limits.series = 6
    limits.componentsPerNode = 3
    limits.checksPerNode = 3
    limits.performanceMetricsPerNode = 3
    limits.historyLength = 4
    limits.logs = 8
    limits.diagnosticsPerNode = 2
    limits.alertInputs = 8
    limits.recentRejections = 4
    return limits
}()

/// Small alert capacities, for the same reason.
private let alertLimits: AlertBookLimits = {
    var limits = AlertBookLimits()
    limits.active = 4
    limits.history = 4
    limits.pendingAcknowledgements = 4
    limits.silences = 4
    limits.timelineEntries = 4
    return limits
}()

/// The input as one line, then as a stream of lines: each line decoded, its text checked drawable, raw log
/// lines folded, every result applied to a Store whose collections must stay within their caps, and every
/// event to an AlertBook running the default rules, whose alerts must stay drawable and within their caps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNDJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = FuzzInput(data, size)
    let decoder = EventDecoder()
    requireDrawable(decoder.decode(input.bytes, receivedAt: 1_000))

    var store = Store(limits: limits)
    var book = AlertBook(limits: alertLimits)
    var folder = LogBlockFolder(classifier: decoder.logClassifier)
    for (index, line) in input.lines.enumerated() {
        let now = 1_000 + Double(index)
        let result = line.withUnsafeBytes { decoder.decode($0, receivedAt: now) }
        requireDrawable(result)
        guard case .event(let event) = result else {
            store.apply(result, at: now)
            continue
        }
        for folded in folder.feed(event) {
            requireDrawable(DecodeResult.event(folded))
            store.apply(folded, at: now)
            book.apply(folded, at: now)
        }
        book.evaluate(store: store, rules: AlertRule.defaults, at: now)
        _ = book.tick(at: now + 3_600)
        requireWithinCaps(store)
        requireWithinCaps(book, at: now)
    }
    for folded in folder.flush() {
        store.apply(folded, at: 2_000)
    }
    requireWithinCaps(store)
    _ = store.clusterView(at: 2_000)
    return 0
}

private func requireDrawable(_ result: DecodeResult) {
    switch result {
    case .event(let event): DrawableText.require(event, from: "event")
    case .rejected(let rejection): DrawableText.require(rejection, from: "rejection")
    case .blank: break
    }
}

private func requireWithinCaps(_ book: AlertBook, at now: Double) {
    let active = book.active(at: now)
    DrawableText.require(active, from: "alerts")
    Invariant.require(active.count <= alertLimits.active, "\(active.count) active alerts")
    Invariant.require(book.history.count <= alertLimits.history, "\(book.history.count) resolved alerts")
    Invariant.require(
        book.pendingAcknowledgementCount <= alertLimits.pendingAcknowledgements,
        "\(book.pendingAcknowledgementCount) pending acknowledgements")
    for alert in active {
        Invariant.require(alert.timeline.count <= alertLimits.timelineEntries, "\(alert.timeline.count) timeline entries")
    }
}

private func requireWithinCaps(_ store: Store) {
    let limits = store.limits
    Invariant.require(store.nodes.count <= limits.nodes, "\(store.nodes.count) nodes")
    Invariant.require(store.topology.count <= limits.stores, "\(store.topology.count) stores")
    Invariant.require(store.throughput.count <= limits.series, "\(store.throughput.count) throughput series")
    Invariant.require(store.latency.count <= limits.series, "\(store.latency.count) latency series")
    Invariant.require(store.logs.count <= limits.logs, "\(store.logs.count) log records")
    Invariant.require(store.alertInputs.count <= limits.alertInputs, "\(store.alertInputs.count) alert inputs")
    Invariant.require(store.recentRejections.count <= limits.recentRejections, "\(store.recentRejections.count) rejections")
    Invariant.require(store.recentOddities.count <= limits.recentRejections, "\(store.recentOddities.count) oddities")
    for series in store.throughput.values.map(\.count) + store.latency.values.map(\.count) {
        Invariant.require(series <= limits.historyLength, "\(series) samples in a series")
    }
    for node in store.nodes.values {
        Invariant.require(node.components.count <= limits.componentsPerNode, "\(node.components.count) components")
        Invariant.require(node.checks.count <= limits.checksPerNode, "\(node.checks.count) checks")
        Invariant.require(
            node.performanceMetrics.count <= limits.performanceMetricsPerNode,
            "\(node.performanceMetrics.count) performance metrics")
        for diagnostics in [node.traces.count, node.analyses.count, node.snapshots.count] {
            Invariant.require(diagnostics <= limits.diagnosticsPerNode, "\(diagnostics) diagnostics")
        }
        for record in node.resources.values {
            Invariant.require(record.history.count <= limits.historyLength, "\(record.history.count) resource samples")
        }
    }
}
