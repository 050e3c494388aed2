import Testing
@testable import ExESDBMonitor

/// ExESDB's boxes as its terminal output prints them, one line per feed.
@Suite struct LogBlockFolderTests {
    static let rule = String(repeating: "─", count: 70)
    static let doubleRule = String(repeating: "═", count: 70)

    /// The activation box as EmitterWorker prints it: content themed behind the pid tag; in colour, the edges
    /// are dimmed too.
    static func activationBox(colour: Bool) -> [String] {
        func themed(_ text: String) -> String {
            colour
                ? "[\u{1B}[38;5;15;48;5;4m#PID<0.511.0>\u{1B}[0m] [EMITTER] \u{1B}[38;5;15;48;5;4m\(text)\u{1B}[0m"
                : "[#PID<0.511.0>] [EMITTER] \(text)"
        }
        func edge(_ text: String) -> String {
            colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text
        }
        return [
            edge("┌\(rule)┐"),
            themed("  ★ EMITTER WORKER ACTIVATION ★               "),
            edge("├\(rule)┤"),
            themed(#"  Topic:      "my_store:stream_name""#),
            themed("  Store:      my_store"),
            themed("  Scheduler:  2"),
            themed("  PID:        #PID<0.511.0>"),
            themed("  Subscriber: #PID<0.312.0>"),
            edge("└\(rule)┘"),
        ]
    }

    static let activationFields = [
        LogField("Topic", "my_store:stream_name"), LogField("Store", "my_store"), LogField("Scheduler", "2"),
        LogField("PID", "#PID<0.511.0>"), LogField("Subscriber", "#PID<0.312.0>"),
    ]

    /// The termination box with Logger's time and level before every line.
    static let terminationBox = [
        "╔\(doubleRule)╗",
        "  💀 EMITTER WORKER TERMINATION 💀              ",
        "╠\(doubleRule)╣",
        "  Reason:     :shutdown",
        "  Store:      my_store",
        "  Selector:   stream_name",
        "  Subscriber: #PID<0.312.0>",
        "  PID:        #PID<0.511.0>",
        "╚\(doubleRule)╝",
    ].map { "12:00:01.123 [warning] " + $0 }

    /// Feeds `lines` one per call at increasing times and returns every event given back, in order.
    static func fold(_ lines: [String], into folder: inout LogBlockFolder, from time: Double = 100) -> [LogEvent] {
        var entries: [LogEvent] = []
        for (offset, line) in lines.enumerated() {
            entries += folder.feed(line, receivedAt: time + Double(offset)).compactMap(Self.entry)
        }
        return entries
    }

    static func entry(_ event: MonitorEvent) -> LogEvent? {
        if case .logEvent(let entry) = event.message { return entry.classified }
        return nil
    }

    @Test(arguments: [false, true])
    func anActivationBoxBecomesOneSuccessEvent(colour: Bool) throws {
        var folder = LogBlockFolder()
        let entries = Self.fold(Self.activationBox(colour: colour), into: &folder)
        let box = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(box.title == "★ EMITTER WORKER ACTIVATION ★")
        #expect(box.eventType == "activation")
        #expect(box.family == .success)
        #expect(box.storeID == "my_store")
        #expect(box.pid == "#PID<0.511.0>")
        #expect(box.fields == Self.activationFields)
        #expect(box.message.hasPrefix("★ EMITTER WORKER ACTIVATION ★ Topic: my_store:stream_name Store: my_store"))
        #expect(!folder.isHoldingBlock)
    }

    @Test func aTerminationBoxBehindLoggerPrefixesBecomesOneFailureEvent() throws {
        var folder = LogBlockFolder()
        let entries = Self.fold(Self.terminationBox, into: &folder)
        #expect(entries.count == 1)
        let box = try #require(entries.first)
        #expect(box.title == "💀 EMITTER WORKER TERMINATION 💀")
        #expect(box.eventType == "termination")
        #expect(box.family == .failure)
        #expect(box.fields.map(\.key) == ["Reason", "Store", "Selector", "Subscriber", "PID"])
        #expect(box.fields.first?.value == ":shutdown")
        #expect(box.storeID == "my_store")
    }

    @Test func contentBetweenSideBordersIsReadWithoutThem() throws {
        var folder = LogBlockFolder()
        let lines = [
            "┌────────────────┐", "│ ★ EMITTER WORKER ACTIVATION ★ │", "│ Topic:  \"s1:orders\" │", "│ Store:  s1 │",
            "└────────────────┘",
        ]
        let box = try #require(Self.fold(lines, into: &folder).first)
        #expect(box.title == "★ EMITTER WORKER ACTIVATION ★")
        #expect(box.fields == [LogField("Topic", "s1:orders"), LogField("Store", "s1")])
    }

    @Test func theFoldedEventTakesTheTimeOfTheTopEdge() throws {
        var folder = LogBlockFolder()
        var events: [MonitorEvent] = []
        for (offset, line) in Self.terminationBox.enumerated() {
            events += folder.feed(line, receivedAt: 500 + Double(offset))
        }
        #expect(events.count == 1)
        #expect(events.first?.time == Timestamp(seconds: 500, isReceiveTime: true))
    }

    @Test func aBoxSplitAcrossFeedsIsHeldUntilItsBottomEdgeWhileOtherEventsPassThrough() throws {
        var folder = LogBlockFolder()
        let box = Self.activationBox(colour: true)
        #expect(Self.fold(Array(box[0..<4]), into: &folder).isEmpty)
        #expect(folder.isHoldingBlock)
        let json = try #require(event(#"{"type":"Heartbeat","node":"n1","sequence":1}"#))
        #expect(folder.feed(json) == [json])
        let interleaved = Self.fold(["⚡ BROADCASTING Event: e1(Placed) - Topic: my_store:orders"], into: &folder)
        #expect(interleaved.map(\.eventType) == ["broadcasting"])
        #expect(Self.fold(Array(box[4..<8]), into: &folder).isEmpty)
        let rest = Self.fold([box[8]], into: &folder)
        #expect(rest.count == 1)
        #expect(rest.first?.fields == Self.activationFields)
    }

    @Test func decodedEventsFoldLikeRawLines() throws {
        var folder = LogBlockFolder()
        var entries: [LogEvent] = []
        for line in Self.terminationBox {
            let decoded = try #require(event(line))
            entries += folder.feed(decoded).compactMap(Self.entry)
        }
        var direct = LogBlockFolder()
        #expect(entries == Self.fold(Self.terminationBox, into: &direct))
        #expect(entries.count == 1)
    }

    @Test func anUnclosedBoxIsFoldedByFlush() throws {
        var folder = LogBlockFolder()
        #expect(Self.fold(Array(Self.terminationBox.dropLast()), into: &folder).isEmpty)
        let flushed = folder.flush().compactMap(Self.entry)
        #expect(flushed.count == 1)
        #expect(flushed.first?.eventType == "termination")
        #expect(flushed.first?.fields.count == 5)
        #expect(folder.flush().isEmpty)
        #expect(!folder.isHoldingBlock)
    }

    @Test func aNewTopEdgeEndsTheBoxBeforeIt() {
        var folder = LogBlockFolder()
        let unclosed = Array(Self.activationBox(colour: false).dropLast())
        let entries = Self.fold(unclosed + Self.terminationBox, into: &folder)
        #expect(entries.map(\.eventType) == ["activation", "termination"])
    }

    @Test func aBoxLongerThanTheLineBoundIsGivenBackLineByLine() {
        var folder = LogBlockFolder()
        let lines = ["┌\(Self.rule)┐", "★ EMITTER WORKER ACTIVATION ★"]
            + (1...40).map { "Key\($0): value \($0)" } + ["└\(Self.rule)┘"]
        let entries = Self.fold(lines, into: &folder)
        #expect(entries.count == lines.count)
        #expect(entries.map(\.message) == lines)
        #expect(entries.allSatisfy { $0.fields.isEmpty || $0.eventType == "activation" })
        #expect(!folder.isHoldingBlock)
    }

    @Test func aBoxLongerThanTheByteBoundIsGivenBackLineByLine() {
        var folder = LogBlockFolder()
        let long = String(repeating: "x", count: 1_500)
        let lines = ["┌\(Self.rule)┐", "Topic: \(long)", "Store: \(long)", "Reason: \(long)", "└\(Self.rule)┘"]
        let entries = Self.fold(lines, into: &folder)
        #expect(entries.map(\.message) == lines)
    }

    @Test func aBoxWithNothingInsideIsGivenBackAsItCame() {
        var folder = LogBlockFolder()
        let lines = ["┌\(Self.rule)┐", "└\(Self.rule)┘"]
        let entries = Self.fold(lines, into: &folder)
        #expect(entries.map(\.message) == lines)
        #expect(entries.allSatisfy { $0.family == .plain })
    }

    @Test func aBottomEdgeWithoutATopPassesThrough() {
        var folder = LogBlockFolder()
        let entries = Self.fold(["└\(Self.rule)┘"], into: &folder)
        #expect(entries.count == 1)
        #expect(!folder.isHoldingBlock)
    }

    @Test func thePoolStartupBoxReadsItsTwoWordKeys() throws {
        var folder = LogBlockFolder()
        let heavy = String(repeating: "━", count: 72)
        let lines = [
            "┏\(heavy)┓", "  🚀 EMITTER POOL STARTUP 🚀                      ", "┣\(heavy)┫",
            "  Pool Name: reg_gh_orders_pool", "  Store ID:  reg_gh", "  Topic:     orders", "  Workers:   5",
            "┗\(heavy)┛",
        ]
        let box = try #require(Self.fold(lines, into: &folder).first)
        #expect(box.eventType == "pool_startup")
        #expect(box.family == .success)
        #expect(box.storeID == "reg_gh")
        #expect(box.fields.map(\.key) == ["Pool Name", "Store ID", "Topic", "Workers"])
    }

    @Test func anUnknownTitleTakesItsFamilyFromTheColour() throws {
        var folder = LogBlockFolder()
        let lines = [
            "┌\(Self.rule)┐", "\u{1B}[38;5;15;48;5;6m  Subscription check  \u{1B}[0m", "  Count: 3", "└\(Self.rule)┘",
        ]
        let box = try #require(Self.fold(lines, into: &folder).first)
        #expect(box.title == "Subscription check")
        #expect(box.family == .health)
        #expect(box.eventType == nil)
    }

    @Test func plainLinesPassStraightThroughWhenNoBoxIsOpen() {
        var folder = LogBlockFolder()
        let lines = ["Topic: not in a box", "📉 METRICS SUMMARY: Store s - 1 eps, 2 total, 3 active subs"]
        let entries = Self.fold(lines, into: &folder)
        #expect(entries.map(\.message) == lines)
        #expect(entries.map(\.eventType) == [nil, "metrics_summary"])
    }
}
