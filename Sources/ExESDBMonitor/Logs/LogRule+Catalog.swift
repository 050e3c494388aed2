/// Every message kind ExESDB is known to log (spec/exesdb-reality.md "Logs", the monitoring guide, NodeMonitor,
/// StoreCluster, LeaderWorker, the emitter pool and system), most specific first.
extension LogRule {
    static let catalog: [LogRule] = [
        LogRule("EMITTER WORKER ACTIVATION", "activation", .success, parse: titled),
        LogRule("EMITTER WORKER TERMINATION", "termination", .failure, parse: titled),
        LogRule("EMITTER POOL STARTUP", "pool_startup", .success, parse: titled),
        LogRule("EMITTER SYSTEM STARTUP", "system_startup", .success, parse: titled),
        LogRule("SHUTDOWN", "shutdown", .failure, parse: titled),
        LogRule("SUBSCRIBED to ", "subscribed", .success, parse: subscribed),
        LogRule("HEALTH EVENT:", "health_event", .health, parse: healthEvent),
        LogRule("HEALTH SUMMARY:", "health_summary", .health, parse: healthSummary),
        LogRule("HEALTH IMPACT:", "health_impact", .health, parse: healthImpact),
        LogRule("METRICS EVENT:", "metrics_event", .action, parse: metricsEvent),
        LogRule("METRICS SUMMARY:", "metrics_summary", .action, parse: metricsSummary),
        LogRule("METRICS COLLECTED:", "metrics_collected", .action, parse: metricsCollected),
        LogRule("STORE FAILURE:", "store_failure", .failure, parse: storeFailure),
        LogRule("BROADCASTING", "broadcasting", .action, parse: relayedEvent),
        LogRule("FORWARDING", "forwarding", .action, parse: relayedEvent),
        LogRule("nodedown", "nodedown", .failure, parse: nodeAndReason),
        LogRule("node down", "nodedown", .failure, parse: nodeAndReason),
        LogRule("nodeup", "nodeup", .success, parse: nodeAndReason),
        LogRule("Detected new node", "nodeup", .success, parse: nodeAndReason),
        LogRule("Health probe failed for", "health_probe_failed", .health, parse: probeFailed),
        LogRule("detected as failed", "node_failed", .failure, parse: nodeFailed),
        LogRule("LEADER DETECTED", "leader_detected", .success, parse: leaderDetected),
        LogRule("New leader:", "new_leader", .success, parse: newLeader),
        LogRule("Previous leader:", "previous_leader", .action, parse: previousLeader),
        LogRule("LEADERSHIP CHANGED", "leadership_changed", .action),
        LogRule("LEADERSHIP LOST", "leadership_lost", .failure, parse: onNode),
        LogRule("MEMBERSHIP CHANGED", "membership_changed", .action, parse: onNode),
        LogRule("ACTIVATING LEADERSHIP", "leadership_activated", .success),
    ]

    private static let arrow = Array(" -> ".utf8)
    private static let dash = Array(" - ".utf8)
    private static let colon = Array(":".utf8)
    private static let colonSpace = Array(": ".utf8)
    private static let storeColon = Array("store:".utf8)
    private static let storeWord = Array("Store ".utf8)
    private static let isWord = Array(" is ".utf8)
    private static let equals = Array("=".utf8)
    private static let atSign = Array(" @".utf8)
    private static let slash = Array("/".utf8)
    private static let fatArrow = Array("=>".utf8)
    private static let onWord = Array(" on ".utf8)
    private static let nodeWord = Array("Node ".utf8)
    private static let eventWord = Array("Event:".utf8)
    private static let topicWord = Array("Topic:".utf8)
    private static let openParenthesis = Array("(".utf8)
    private static let totalWord = Array(" total".utf8)
    private static let activeWord = Array(" active".utf8)

    /// `★ EMITTER WORKER ACTIVATION ★ Topic: "s:t" Store: s`: the heading (with its closing emoji) and any
    /// `Key: value` pairs after it.
    private static func titled(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let start = line.trimmed(body).lowerBound
        var end = keywordEnd
        if let symbol = line.firstWord(start..<keywordEnd), line.bytes[symbol.lowerBound] >= 0x80 {
            let next = line.trimmed(keywordEnd..<body.upperBound).lowerBound
            let closing = Array(line.bytes[symbol])
            if line.hasPrefix(closing, at: next) { end = next + closing.count }
        }
        match.title = line.text(start..<end)
        for field in inlineFields(line, end..<body.upperBound) {
            match.fields.append(field)
            if field.key == "Store" { match.store = field.value }
        }
    }

    /// `Key: value Key: value`: each key one capitalised word right before `: `.
    static func inlineFields(_ line: LogText, _ range: Range<Int>) -> [LogField] {
        var keys: [(start: Int, colon: Int)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = line.bytes[index]
            let startsWord = index == range.lowerBound || line.bytes[index - 1] == 0x20
            if startsWord, byte >= 0x41, byte <= 0x5A {
                var end = index + 1
                while end < range.upperBound, line.isAlphanumeric(at: end) || line.bytes[end] == 0x5F { end += 1 }
                if end < range.upperBound, line.bytes[end] == 0x3A,
                   end + 1 == range.upperBound || line.bytes[end + 1] == 0x20 {
                    keys.append((index, end))
                }
                index = end
            } else {
                index += 1
            }
        }
        return keys.indices.map { position in
            let key = keys[position]
            let valueEnd = position + 1 < keys.count ? keys[position + 1].start : range.upperBound
            let value = line.text((key.colon + 1)..<valueEnd).map(unquoted) ?? ""
            return LogField(line.text(key.start..<key.colon) ?? "", value)
        }
    }

    /// `🩺 SUBSCRIBED to health events for store: S`.
    private static func subscribed(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        match.add("events", line.firstWordText(rest))
        match.store = line.after(storeColon, in: rest).flatMap(line.firstWordText)
    }

    /// `📡 HEALTH EVENT: sub - event_type`, or the guide's `sub -> healthy (registration_success)`.
    private static func healthEvent(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let (left, right) = split(line, rest, at: arrow) ?? split(line, rest, at: dash) else {
            match.add("subscription", line.text(rest))
            return
        }
        match.add("subscription", line.text(left))
        match.add("event", line.text(line.before(openParenthesis, in: right)))
        match.add("detail", line.parenthesised(right).flatMap(line.text))
    }

    /// `📈 HEALTH SUMMARY: Store s - h/t healthy subscriptions`.
    private static func healthSummary(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        match.store = storeName(line, rest)
        guard let counts = line.after(dash, in: rest).flatMap(line.firstWord),
              let (healthy, total) = split(line, counts, at: slash) else { return }
        match.add("healthy", line.text(healthy))
        match.add("total", line.text(total))
    }

    /// `🏥 HEALTH IMPACT: sub is HEALTHY (event_type)`.
    private static func healthImpact(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let (subscription, verdict) = split(line, rest, at: isWord) else { return }
        match.add("subscription", line.text(subscription))
        match.add("status", line.firstWordText(verdict))
        match.add("event", line.parenthesised(verdict).flatMap(line.text))
    }

    /// `📈 METRICS EVENT: store -> name=value @ts`.
    private static func metricsEvent(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let (store, measurement) = split(line, rest, at: arrow) else { return }
        match.store = line.text(store)
        if let pair = line.firstWord(measurement), let (name, value) = split(line, pair, at: equals) {
            match.add("metric", line.text(name))
            match.add("value", line.text(value))
        }
        match.add("at", line.after(atSign, in: measurement).flatMap(line.firstWordText))
    }

    /// `📉 METRICS SUMMARY: Store s - eps eps, n total, k active subs`.
    private static func metricsSummary(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        match.store = storeName(line, rest)
        guard let figures = line.after(dash, in: rest) else { return }
        match.add("eps", line.firstWordText(figures))
        match.add("total", wordBefore(totalWord, line, figures))
        match.add("active_subscriptions", wordBefore(activeWord, line, figures))
    }

    /// The guide's `📈 METRICS COLLECTED: my_store - 1250 ops/sec`.
    private static func metricsCollected(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let (store, rate) = split(line, rest, at: dash) else { return }
        match.store = line.text(store)
        match.add("rate", line.text(rate))
    }

    /// The guide's `❌ STORE FAILURE: my_store - Connection timeout`.
    private static func storeFailure(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let (store, reason) = split(line, rest, at: dash) else {
            match.store = line.firstWordText(rest)
            return
        }
        match.store = line.text(store)
        match.add("reason", line.text(reason))
    }

    /// `⚡ BROADCASTING Event: id(type) - Topic: t`, `🔄 FORWARDING Event: id(type) - Local Topic: t`, or the
    /// guide's `📡 BROADCASTING: Event emitted to store: my_store`.
    private static func relayedEvent(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        if let event = line.after(eventWord, in: rest) {
            let identity = line.before(dash, in: event)
            match.add("event_id", line.text(line.before(openParenthesis, in: identity)))
            match.add("event_type", line.parenthesised(identity).flatMap(line.text))
            match.add("topic", line.after(topicWord, in: event).flatMap(line.text).map(unquoted))
        } else {
            let detail = line.trimmed(rest)
            let text = line.hasPrefix(colon, at: detail.lowerBound) ? (detail.lowerBound + 1)..<detail.upperBound : detail
            match.add("detail", line.text(text))
            match.store = line.after(storeColon, in: rest).flatMap(line.firstWordText)
        }
    }

    /// `🔴 detected nodedown: :"n@h" (:reason)`, `🟢 detected nodeup: :"n@h"`, StoreCluster's
    /// `🔴 Detected node down from a@h: :"n@h"`: the node after the last `: `, the reason in brackets.
    private static func nodeAndReason(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        let subject = line.findLast(colonSpace, in: rest).map { ($0 + 2)..<rest.upperBound } ?? rest
        match.add("node", nodeName(line.firstWordText(subject)))
        match.add("reason", line.parenthesised(subject).flatMap(line.text))
    }

    /// `🟠 Health probe failed for :"n@h" (2/3)`.
    private static func probeFailed(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        match.add("node", nodeName(line.firstWordText(rest)))
        if let counts = line.parenthesised(rest), let (failures, threshold) = split(line, counts, at: slash) {
            match.add("failures", line.text(failures))
            match.add("threshold", line.text(threshold))
        }
        match.add("severity", "warning")
    }

    /// `❌ Node :"n@h" detected as failed, initiating cleanup`.
    private static func nodeFailed(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let before = body.lowerBound..<(keywordEnd - "detected as failed".utf8.count)
        match.add("node", nodeName(line.after(nodeWord, in: before).flatMap(line.text)))
    }

    /// `🏆 LEADER DETECTED 🏆 => node1@host`.
    private static func leaderDetected(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        match.leader = nodeName(line.after(fatArrow, in: rest).flatMap(line.firstWordText))
        match.add("leader", match.leader)
        match.store = line.after(storeColon, in: rest).flatMap(line.firstWordText)
    }

    /// StoreCluster's `🟢 New leader:      🏆 :"n@h"` after a LEADERSHIP CHANGED line.
    private static func newLeader(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        match.leader = nodeName(lastWord(line, keywordEnd..<body.upperBound))
        match.add("leader", match.leader)
    }

    /// StoreCluster's `🔴 Previous leader: :"n@h"`.
    private static func previousLeader(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        match.add("previous_leader", nodeName(lastWord(line, keywordEnd..<body.upperBound)))
    }

    /// `… on node1@host: …`: the node after ` on `.
    private static func onNode(_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) {
        let rest = keywordEnd..<body.upperBound
        guard let node = line.after(onWord, in: rest).flatMap(line.firstWord) else { return }
        match.add("node", nodeName(line.text(line.before(colon, in: node))))
    }

    /// The word after `Store ` (`Store s - …`).
    private static func storeName(_ line: LogText, _ range: Range<Int>) -> String? {
        line.after(storeWord, in: range).flatMap(line.firstWordText)
    }

    /// `range` split around the first `separator`.
    private static func split(_ line: LogText, _ range: Range<Int>, at separator: [UInt8]) -> (Range<Int>, Range<Int>)? {
        guard let at = line.find(separator, in: range) else { return nil }
        return (range.lowerBound..<at, (at + separator.count)..<range.upperBound)
    }

    /// The word just before `needle` (`50000` in `50000 total`).
    private static func wordBefore(_ needle: [UInt8], _ line: LogText, _ range: Range<Int>) -> String? {
        guard let end = line.find(needle, in: range) else { return nil }
        var start = end
        while start > range.lowerBound, line.bytes[start - 1] != 0x20, line.bytes[start - 1] != 0x2C { start -= 1 }
        return line.text(start..<end)
    }

    /// The last space-separated word of `range`.
    private static func lastWord(_ line: LogText, _ range: Range<Int>) -> String? {
        let range = line.trimmed(range)
        var start = range.upperBound
        while start > range.lowerBound, line.bytes[start - 1] != 0x20 { start -= 1 }
        return line.text(start..<range.upperBound)
    }

    /// An Erlang node as `inspect` writes it (`:"node1@host"`, `:node1@host`) or plainly, without the atom's
    /// colon, the quotation marks and a trailing comma.
    static func nodeName(_ text: String?) -> String? {
        guard var name = text?[...] else { return nil }
        if name.hasPrefix(":") { name = name.dropFirst() }
        while name.hasSuffix(",") || name.hasSuffix(":") { name = name.dropLast() }
        let bare = unquoted(String(name))
        return bare.isEmpty ? nil : bare
    }

    /// `text` without one pair of surrounding double quotation marks.
    static func unquoted(_ text: String) -> String {
        guard text.utf8.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return text }
        return String(text.dropFirst().dropLast())
    }
}
