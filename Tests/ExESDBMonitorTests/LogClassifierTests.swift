import Testing
@testable import ExESDBMonitor

/// One ExESDB log message and what the console should read from it.
struct LogSample: Sendable, CustomTestStringConvertible {
    let message: String
    let eventType: String
    let family: LogFamily
    var store: String?
    var fields: [LogField] = []
    var leader: String?

    var testDescription: String { message }
}

/// How a message reaches the console: as written, behind Logger's time and level, or as ExESDB's themed
/// terminal output (pid tag in one colour, message in its family's colour).
enum LogLineShape: String, CaseIterable, Sendable {
    case bare, logger, themed

    func line(_ message: String, background: Int) -> String {
        switch self {
        case .bare: message
        case .logger: "12:00:01.123 [info] " + message
        case .themed:
            "[\u{1B}[38;5;15;48;5;1m#PID<0.511.0>\u{1B}[0m][my_app] [\u{1B}[38;5;226;48;5;0mEMITTER\u{1B}[0m] "
                + "\u{1B}[38;5;15;48;5;\(background)m\(message)\u{1B}[0m"
        }
    }
}

/// The entry of a raw line through the decoder as a source would see it, classified as when it is shown.
func rawEntry(_ line: String) -> LogEvent? {
    if case .logEvent(let entry)? = event(line)?.message { return entry.classified }
    return nil
}

@Suite struct LogClassifierTests {
    static let samples: [LogSample] = [
        LogSample(
            message: "🩺 SUBSCRIBED to health events for store: reg_gh", eventType: "subscribed", family: .success,
            store: "reg_gh", fields: [LogField("events", "health")]),
        LogSample(
            message: "📈 SUBSCRIBED to metrics events for store: reg_gh", eventType: "subscribed", family: .success,
            store: "reg_gh", fields: [LogField("events", "metrics")]),
        LogSample(
            message: "⚡ BROADCASTING Event: 4f2a(OrderPlaced) - Topic: reg_gh:orders", eventType: "broadcasting",
            family: .action,
            fields: [LogField("event_id", "4f2a"), LogField("event_type", "OrderPlaced"), LogField("topic", "reg_gh:orders")]),
        LogSample(
            message: "🔄 FORWARDING Event: 4f2a(OrderPlaced) - Local Topic: reg_gh:$all", eventType: "forwarding",
            family: .action,
            fields: [LogField("event_id", "4f2a"), LogField("event_type", "OrderPlaced"), LogField("topic", "reg_gh:$all")]),
        LogSample(
            message: "📡 HEALTH EVENT: orders_sub - registration_success", eventType: "health_event", family: .health,
            fields: [LogField("subscription", "orders_sub"), LogField("event", "registration_success")]),
        LogSample(
            message: "📡 HEALTH EVENT: orders_sub -> healthy (registration_success)", eventType: "health_event",
            family: .health,
            fields: [
                LogField("subscription", "orders_sub"), LogField("event", "healthy"),
                LogField("detail", "registration_success"),
            ]),
        LogSample(
            message: "📈 HEALTH SUMMARY: Store reg_gh - 5/7 healthy subscriptions", eventType: "health_summary",
            family: .health, store: "reg_gh", fields: [LogField("healthy", "5"), LogField("total", "7")]),
        LogSample(
            message: "🏥 HEALTH IMPACT: orders_sub is UNHEALTHY (circuit_open)", eventType: "health_impact",
            family: .health,
            fields: [LogField("subscription", "orders_sub"), LogField("status", "UNHEALTHY"), LogField("event", "circuit_open")]),
        LogSample(
            message: "📈 METRICS EVENT: reg_gh -> events_per_second=1250 @2025-07-27T11:30:00Z", eventType: "metrics_event",
            family: .action, store: "reg_gh",
            fields: [
                LogField("metric", "events_per_second"), LogField("value", "1250"), LogField("at", "2025-07-27T11:30:00Z"),
            ]),
        LogSample(
            message: "📉 METRICS SUMMARY: Store reg_gh - 1250 eps, 50000 total, 12 active subs",
            eventType: "metrics_summary", family: .action, store: "reg_gh",
            fields: [LogField("eps", "1250"), LogField("total", "50000"), LogField("active_subscriptions", "12")]),
        LogSample(
            message: "📈 METRICS COLLECTED: my_store - 1250 ops/sec", eventType: "metrics_collected", family: .action,
            store: "my_store", fields: [LogField("rate", "1250 ops/sec")]),
        LogSample(
            message: "❌ STORE FAILURE: my_store - Connection timeout", eventType: "store_failure", family: .failure,
            store: "my_store", fields: [LogField("reason", "Connection timeout")]),
        LogSample(
            message: "📡 BROADCASTING: Event emitted to store: my_store", eventType: "broadcasting", family: .action,
            store: "my_store", fields: [LogField("detail", "Event emitted to store: my_store")]),
        LogSample(
            message: "📤 FORWARDING: Message forwarded to subscriber", eventType: "forwarding", family: .action,
            fields: [LogField("detail", "Message forwarded to subscriber")]),
        LogSample(
            message: #"[NodeMonitor] 🔴 detected nodedown: :"node2@demo" (:connection_closed)"#, eventType: "nodedown",
            family: .failure, fields: [LogField("node", "node2@demo"), LogField("reason", ":connection_closed")]),
        LogSample(
            message: #"[NodeMonitor] 🟢 detected nodeup: :"node2@demo""#, eventType: "nodeup", family: .success,
            fields: [LogField("node", "node2@demo")]),
        LogSample(
            message: #"[NodeMonitor] 🟠 Health probe failed for :"node3@demo" (2/3)"#, eventType: "health_probe_failed",
            family: .health,
            fields: [
                LogField("node", "node3@demo"), LogField("failures", "2"), LogField("threshold", "3"),
                LogField("severity", "warning"),
            ]),
        LogSample(
            message: #"[NodeMonitor] ❌ Node :"node3@demo" detected as failed, initiating cleanup"#,
            eventType: "node_failed", family: .failure, fields: [LogField("node", "node3@demo")]),
        LogSample(
            message: "[StoreCluster] 🏆 LEADER DETECTED 🏆 => node1@demo", eventType: "leader_detected",
            family: .success, fields: [LogField("leader", "node1@demo")], leader: "node1@demo"),
        LogSample(
            message: "[StoreCluster:reg_gh] 🏆 LEADER DETECTED 🏆 => node1@demo", eventType: "leader_detected",
            family: .success, store: "reg_gh", fields: [LogField("leader", "node1@demo")], leader: "node1@demo"),
        LogSample(message: "[StoreCluster] 🔄 LEADERSHIP CHANGED", eventType: "leadership_changed", family: .action),
        LogSample(
            message: #"🟢 New leader:      🏆 :"node2@demo""#, eventType: "new_leader", family: .success,
            fields: [LogField("leader", "node2@demo")], leader: "node2@demo"),
        LogSample(
            message: "[LeaderWorker] ==> 🚀 ACTIVATING LEADERSHIP RESPONSIBILITIES", eventType: "leadership_activated",
            family: .success),
        LogSample(message: "🚀 EMITTER POOL STARTUP 🚀", eventType: "pool_startup", family: .success),
        LogSample(message: "🔥 EMITTER SYSTEM STARTUP 🔥", eventType: "system_startup", family: .success),
        LogSample(message: "🚨 EMITTER POOL SHUTDOWN 🚨", eventType: "shutdown", family: .failure),
        LogSample(
            message: "[EmitterWorker:reg_gh] EMITTER WORKER ACTIVATION", eventType: "activation", family: .success,
            store: "reg_gh"),
        LogSample(
            message: "[EmitterWorker:reg_gh] EMITTER WORKER TERMINATION", eventType: "termination", family: .failure,
            store: "reg_gh"),
    ]

    /// The colour ExESDB's theme gives each family.
    static func background(of family: LogFamily) -> Int {
        switch family {
        case .success: 4
        case .failure: 1
        case .action: 214
        case .health: 6
        case .plain: 0
        }
    }

    @Test(arguments: samples, LogLineShape.allCases)
    func everyKnownMessageIsClassifiedHoweverItArrives(sample: LogSample, shape: LogLineShape) throws {
        let line = shape.line(sample.message, background: Self.background(of: sample.family))
        let entry = try #require(rawEntry(line))
        #expect(entry.eventType == sample.eventType)
        #expect(entry.family == sample.family)
        #expect(entry.fields == sample.fields)
        #expect(entry.leader == sample.leader)
        #expect(entry.isRawLine)
        if let store = sample.store { #expect(entry.storeID == store) }
        #expect(!entry.message.unicodeScalars.contains("\u{1B}"))
    }

    @Test func titledMessagesKeepTheirHeadingWithBothEmoji() {
        #expect(rawEntry("🚀 EMITTER POOL STARTUP 🚀")?.title == "🚀 EMITTER POOL STARTUP 🚀")
        #expect(rawEntry("12:00:01.123 [warning] 🚨 EMITTER POOL SHUTDOWN 🚨")?.title == "🚨 EMITTER POOL SHUTDOWN 🚨")
        #expect(rawEntry("[EmitterWorker:reg_gh] EMITTER WORKER ACTIVATION")?.title == "EMITTER WORKER ACTIVATION")
    }

    @Test(arguments: [(4, LogFamily.success), (2, .success), (1, .failure), (214, .action), (6, .health), (5, .plain)])
    func theBackgroundColourGivesTheFamilyWhenTheWordsDoNot(background: Int, family: LogFamily) {
        let line = LogLineShape.themed.line("Worker 7 ready", background: background)
        let entry = rawEntry(line)
        #expect(entry?.family == family)
        #expect(entry?.eventType == nil)
        #expect(entry?.message == "[#PID<0.511.0>][my_app] [EMITTER] Worker 7 ready")
    }

    @Test func basicColourCodesCountLikeTheirPaletteEntries() {
        #expect(rawEntry("\u{1B}[97;41mstore went away\u{1B}[0m")?.family == .failure)
        #expect(rawEntry("\u{1B}[30;46mprobing\u{1B}[0m")?.family == .health)
    }

    @Test func aColouredPidTagAloneDoesNotColourThePlainMessageAfterIt() {
        let line = "[\u{1B}[30;48;5;4m#PID<0.300.0>\u{1B}[0m][StreamsWriter] appended 12 events"
        let entry = rawEntry(line)
        #expect(entry?.family == .plain)
        #expect(entry?.component == "StreamsWriter")
        #expect(entry?.pid == "#PID<0.300.0>")
    }

    @Test(arguments: [
        "12:00:01.123 [info] Application ex_esdb started at :\"node1@demo\"",
        "plain text", "[1,2,3]", "Khepri store reg_gh ready in 120ms", "⏳ waiting for cluster coordinator",
    ])
    func unknownLinesStayPlain(line: String) {
        let entry = rawEntry(line)
        #expect(entry?.family == .plain)
        #expect(entry?.eventType == nil)
        #expect(entry?.fields == [])
        #expect(entry?.message == line)
    }

    @Test func emojiAloneGiveTheFamilyOfAnUnknownMessage() {
        #expect(rawEntry("✅ LeaderWorker successfully activated")?.family == .success)
        #expect(rawEntry("🔻🔻 going down on node1@demo 🔻🔻")?.family == .failure)
        #expect(rawEntry("🩺 probing subscriptions")?.family == .health)
        #expect(rawEntry("📡 relaying")?.eventType == nil)
    }

    @Test func theGuidesMisdecodedEmojiAreReadAsTheRealOnes() {
        let subscribed = rawEntry("đŸŠē SUBSCRIBED to health events for store: my_store")
        #expect(subscribed?.message == "🩺 SUBSCRIBED to health events for store: my_store")
        #expect(subscribed?.eventType == "subscribed")
        #expect(rawEntry("đŸĨ checking impact")?.family == .health)
    }

    @Test func variationSelectorsNeverReachTheMessage() {
        let entry = rawEntry("[StoreCluster] ==> ⚠️ LEADERSHIP LOST on node1@demo: No leader found")
        #expect(entry?.eventType == "leadership_lost")
        #expect(entry?.family == .failure)
        #expect(entry?.fields == [LogField("node", "node1@demo")])
        #expect(entry?.message.unicodeScalars.contains("\u{FE0F}") == false)
    }

    @Test func theStoreComesFromTheTagButNotFromAHealthOrErrorTag() {
        let health = rawEntry("[EmitterWorker:reg_gh:Health] 📡 HEALTH EVENT: orders_sub - registration_success")
        #expect(health?.storeID == "reg_gh")
        #expect(health?.component == "EmitterWorker")
        #expect(rawEntry("[EmitterWorker:Health] 📡 HEALTH EVENT: orders_sub - registration_success")?.storeID == nil)
        #expect(rawEntry("[EmitterWorker:ERROR] something broke")?.storeID == nil)
    }

    @Test func loggerMetadataAndDatesBeforeTheLevelAreSkipped() {
        let entry = rawEntry("2026-11-26 13:45:01.123 pid=<0.511.0> [info] 🩺 SUBSCRIBED to health events for store: s1")
        #expect(entry?.eventType == "subscribed")
        #expect(entry?.storeID == "s1")
    }

    @Test func jsonLogEventsAreClassifiedFromTheirMessage() throws {
        let line = ##"{"type":"log_event","component":"emitter_worker","event_type":"activation","store_id":"reg_gh","pid":"#PID<0.511.0>","message":"★ EMITTER WORKER ACTIVATION ★ Topic: \"reg_gh:orders\"","timestamp":"2026-11-26T13:45:01.123456Z"}"##
        guard case .logEvent(let decoded)? = event(line)?.message else { Issue.record("not decoded"); return }
        let entry = decoded.classified
        #expect(entry.family == .success)
        #expect(entry.eventType == "activation")
        #expect(entry.title == "★ EMITTER WORKER ACTIVATION ★")
        #expect(entry.fields == [LogField("Topic", "reg_gh:orders")])
        #expect(entry.storeID == "reg_gh")
        #expect(!entry.isRawLine)
    }

    @Test func decodedEntriesAreClassifiedWhenShownNotWhenRead() throws {
        let json = ##"{"type":"log_event","message":"🏆 LEADER DETECTED 🏆 => node2@demo store: reg_gh","timestamp":"2026-11-26T13:45:01Z"}"##
        let raw = "\u{1B}[38;5;15;48;5;1m[EmitterWorker:orders] queue drained\u{1B}[0m"
        for line in [json, raw] {
            guard case .logEvent(let decoded)? = event(line)?.message else { Issue.record("not decoded: \(line)"); continue }
            #expect(decoded.needsClassification)
            #expect(decoded.fields.isEmpty && decoded.leader == nil && decoded.storeID == nil)
            let shown = decoded.classified
            #expect(!shown.needsClassification)
            #expect(shown.classified == shown)
            #expect(shown.message == decoded.message)
        }
        guard case .logEvent(let leader)? = event(json)?.message, case .logEvent(let drained)? = event(raw)?.message
        else { return }
        #expect(leader.family == .plain)
        #expect(leader.classified.family == .success)
        #expect(leader.classified.leader == "node2@demo")
        #expect(leader.classified.storeID == "reg_gh")
        #expect(drained.family == .failure, "the red background is noted as the line is read")
        #expect(drained.classified.family == .failure)
        #expect(drained.classified.component == "EmitterWorker")
        #expect(drained.classified.storeID == "orders")
    }

    @Test func whatTheSenderSaidWinsOverTheClassifier() {
        let classifier = LogClassifier()
        let explicit = classifier.classify(LogEvent(message: "🏆 LEADER DETECTED 🏆 => n2", storeID: "s9", family: .health))
        #expect(explicit.family == .health)
        #expect(explicit.storeID == "s9")
        #expect(explicit.leader == "n2")
        let unknown = classifier.classify(LogEvent(message: "queue drained", eventType: ":health"))
        #expect(unknown.family == .health)
        #expect(unknown.eventType == ":health")
        #expect(classifier.classify(LogEvent(message: "queue drained")).family == .plain)
    }

    @Test func everyProtocolExampleLogLineGetsAFamily() throws {
        let raw = try #require(rawEntry("[EmitterWorker:reg_gh] 🩺 SUBSCRIBED to health events for store: reg_gh"))
        #expect(raw.family == .success)
        #expect(raw.storeID == "reg_gh")
        #expect(raw.component == "EmitterWorker")
    }
}
