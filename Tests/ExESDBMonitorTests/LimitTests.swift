import Testing
@testable import ExESDBMonitor

/// Each limit: a hostile line decodes (or is rejected) as documented, the hit is counted, and the Limits
/// report shows the count.
@Suite struct LimitTests {
    private func store(of lines: [String]) -> Store {
        var store = Store()
        for line in lines { store.apply(decode(line), at: 1_000) }
        return store
    }

    @Test func aLineOverOneMebibyteIsRejectedAndCounted() {
        let line = #"{"type":"Heartbeat","node":"n1","pad":""# + String(repeating: "x", count: 1 << 20) + #""}"#
        #expect(rejection(line)?.reason == .lineTooLong)
        let report = LimitReport(store: store(of: [line]))
        #expect(report.count(of: .lineLength) == 1)
        #expect(report.rows.first { $0.limit == .lineLength }?.cap == "1 MiB")
    }

    @Test func nestingDeeperThanSixtyFourLevelsIsRejectedWithItsOwnReason() {
        let deep = String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
        let line = #"{"type":"Heartbeat","node":"n1","deep":"# + deep + "}"
        #expect(rejection(line)?.reason == .tooDeep)
        let shallow = #"{"type":"Heartbeat","node":"n1","deep":"# + String(repeating: "[", count: 10)
            + String(repeating: "]", count: 10) + "}"
        #expect(event(shallow) != nil)
        #expect(LimitReport(store: store(of: [line, shallow])).count(of: .nestingDepth) == 1)
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity"])
    func nanAndInfinityLiteralsAreRejectedWithAClearReason(literal: String) {
        let line = #"{"type":"ResourceUsage","resource_type":"cpu","usage_percent":"# + literal + #","node":"n1"}"#
        let found = rejection(line)
        #expect(found?.reason == .nonFiniteNumber)
        #expect(found?.description.contains("NaN and Infinity are not JSON numbers") == true)
        #expect(LimitReport(store: store(of: [line])).count(of: .nonFiniteNumber) == 1)
    }

    @Test func aLongTitleIsCutAtEightKibibytesWithAnEllipsis() throws {
        let title = String(repeating: "x", count: 20_000)
        let line = #"{"type":"SystemAlert","alert_id":"a1","title":""# + title + #"","node":"n1"}"#
        let decoded = try #require(event(line))
        guard case .systemAlert(let alert) = decoded.message else { Issue.record("not an alert"); return }
        #expect(alert.title.utf8.count <= 8 * 1024)
        #expect(alert.title.hasSuffix("…"))
        #expect(alert.title.hasPrefix("xxxxxxxx"))
        #expect(decoded.limitHits.truncatedFields == 1)
    }

    @Test func aLongNameIsCutAtTwoHundredFiftySixBytes() throws {
        let node = String(repeating: "n", count: 1_000)
        let operation = String(repeating: "o", count: 5_000)
        let line = #"{"type":"ThroughputMetric","operation":""# + operation + #"","rate_per_sec":1,"node":""# + node + #""}"#
        let decoded = try #require(event(line))
        #expect(decoded.node?.utf8.count ?? 0 <= 256)
        #expect(decoded.node?.hasSuffix("…") == true)
        guard case .throughputMetric(let metric) = decoded.message else { Issue.record("not throughput"); return }
        #expect(metric.operation.utf8.count <= 256)
        #expect(decoded.limitHits.truncatedFields == 2)
        #expect(LimitReport(store: store(of: [line])).count(of: .fieldLength) == 2)
    }

    @Test func truncationNeverSplitsACharacter() throws {
        let thumb = "👍🏽"
        let title = String(repeating: thumb, count: 3_000)
        let line = #"{"type":"SystemAlert","alert_id":"a1","title":""# + title + #""}"#
        let decoded = try #require(event(line))
        guard case .systemAlert(let alert) = decoded.message else { Issue.record("not an alert"); return }
        #expect(alert.title.hasSuffix("…"))
        #expect(alert.title.dropLast().allSatisfy { String($0) == thumb })
        #expect(!alert.title.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func aLongRawLogLineIsCutAtSixteenKibibytes() throws {
        let line = "[EmitterWorker:reg_gh] " + String(repeating: "é", count: 40_000)
        let decoded = try #require(event(line))
        guard case .logEvent(let entry) = decoded.message else { Issue.record("not a log line"); return }
        #expect(entry.message.utf8.count <= 16 * 1024)
        #expect(entry.message.hasSuffix("é…"))
        #expect(decoded.limitHits.truncatedFields == 1)
    }

    @Test func shortTextIsLeftAlone() throws {
        let decoded = try #require(event(#"{"type":"SystemAlert","alert_id":"a1","title":"Disk full","node":"n1"}"#))
        #expect(decoded.limitHits.isEmpty)
        #expect(LimitReport(store: store(of: [#"{"type":"Heartbeat","node":"n1"}"#])).bittenCount == 0)
    }

    @Test func theLargestDoubleIsKeptAndBeyondItIsClampedAndCounted() throws {
        let kept = try #require(event(#"{"type":"PerformanceMetric","metric_name":"m","value":1e308,"node":"n1"}"#))
        guard case .performanceMetric(let metric) = kept.message else { Issue.record("not a metric"); return }
        #expect(metric.value == 1e308)
        #expect(kept.limitHits.isEmpty)
        for (text, expected) in [("1e309", Double.greatestFiniteMagnitude), ("-1e309", -Double.greatestFiniteMagnitude)] {
            let clamped = try #require(event(#"{"type":"PerformanceMetric","metric_name":"m","value":"# + text + #","node":"n1"}"#))
            guard case .performanceMetric(let metric) = clamped.message else { Issue.record("not a metric"); return }
            #expect(metric.value == expected)
            #expect(metric.value?.isFinite == true)
            #expect(clamped.limitHits.clampedNumbers == 1)
        }
        let report = LimitReport(store: store(of: [#"{"type":"PerformanceMetric","metric_name":"m","value":1e309,"node":"n1"}"#]))
        #expect(report.count(of: .numberRange) == 1)
    }

    @Test func hugeIntegersAreKeptApproximatelyAndCounted() throws {
        let line = #"{"type":"SystemState","snapshot_id":"s","state_data":{"big":123456789012345678901234567890},"node":"n1"}"#
        let decoded = try #require(event(line))
        guard case .systemState(let state) = decoded.message else { Issue.record("not a state"); return }
        #expect(state.stateData?.objectValue?["big"]?.compactText == "1.2345678901234568e+29")
        #expect(decoded.limitHits.hugeIntegers == 1)
        #expect(LimitReport(store: store(of: [line])).count(of: .hugeInteger) == 1)
    }

    @Test func negativeZeroIsShownAsZero() throws {
        let decoded = try #require(event(#"{"type":"SystemState","snapshot_id":"s","state_data":{"a":-0,"b":-0.0},"node":"n1"}"#))
        guard case .systemState(let state) = decoded.message else { Issue.record("not a state"); return }
        #expect(state.stateData?.compactText == #"{"a":0,"b":0}"#)
        #expect(decoded.limitHits.isEmpty)
    }

    @Test func aTimestampFarBeyondAnyCalendarIsWrittenClampedInsteadOfTrapping() throws {
        let decoded = try #require(event(#"{"type":"Heartbeat","node":"n1","timestamp":1e308}"#))
        #expect(decoded.time.seconds.isFinite)
        #expect(decoded.time.iso8601Text.hasSuffix("Z"))
        #expect(Timestamp(seconds: -1e300).iso8601Text.hasPrefix("-"))
    }

    @Test func aMillionDistinctAlertIDsStayAtTheAlertCap() {
        var limits = AlertBookLimits()
        limits.active = 50
        var book = AlertBook(limits: limits)
        let decoder = EventDecoder()
        for index in 0..<1_000_000 {
            let line = #"{"type":"SystemAlert","alert_id":"a-\#(index)","severity":"warning","title":"t","node":"n1"}"#
            if case .event(let event) = decoder.decode(line, receivedAt: 0) { book.apply(event, at: 0) }
        }
        #expect(book.active(at: 0).count == 50)
        let report = LimitReport(store: Store(), alerts: book)
        #expect(report.count(of: .activeAlerts) == 1_000_000 - 50)
        #expect(report.rows.first { $0.limit == .activeAlerts }?.cap == "50")
    }

    @Test func resourceTypesANodeNamesAreCappedPerNode() {
        let lines = (0..<1_000).map { #"{"type":"ResourceUsage","resource_type":"gauge_\#($0)","usage_percent":1,"node":"n1"}"# }
        let store = store(of: lines + [#"{"type":"ResourceUsage","resource_type":"gauge_0","usage_percent":2,"node":"n1"}"#])
        let node = store.nodes["n1"]
        #expect(node?.resources.count == store.limits.resourcesPerNode)
        #expect(node?.resources[.other("gauge_0")]?.history.count == 2, "a kept type still takes its readings")
        #expect(LimitReport(store: store).count(of: .resourceTypes) == 1_000 - store.limits.resourcesPerNode)
    }

    @Test func theTableListsEveryLimitWithItsCapEvenWhenNoneBit() {
        let lines = LimitReport(store: Store()).tableLines
        #expect(lines.count == Limit.allCases.count + 1)
        #expect(lines[0].hasPrefix("limit"))
        #expect(lines.contains { $0.hasPrefix("nodes") && $0.contains("128") && $0.hasSuffix(" 0") })
        #expect(lines.contains { $0.contains("names 256 B, text 8 KiB, log lines 16 KiB") && $0.contains("truncated with …") })
    }
}
