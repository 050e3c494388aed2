import Testing
@testable import ExESDBMonitor

/// Applies protocol lines to a book at `time`.
func feed(_ book: inout AlertBook, _ lines: [String], at time: Double) {
    for line in lines {
        guard case .event(let decoded) = EventDecoder().decode(line, receivedAt: time) else {
            Issue.record("line did not decode: \(line)")
            continue
        }
        book.apply(decoded, at: time)
    }
}

let nodeFailure = #"{"type":"SystemAlert","alert_id":"a1","severity":"critical","title":"Node n2 unresponsive","node":"n1","metadata":{"failed_node":"n2"},"alert_type":"node_failure","timestamp":"2026-11-26T13:45:01.000Z"}"#
let memoryAlert = #"{"type":"MetricAlert","metric_name":"memory_usage","current_value":89.5,"threshold_value":85,"threshold_type":"max","severity":"warning","node":"n2"}"#

@Suite struct AlertBookTests {
    @Test func repeatsOfOneAlertRaiseItsCountInsteadOfAddingRows() {
        var book = AlertBook()
        feed(&book, [memoryAlert], at: 100)
        feed(&book, [memoryAlert.replacingSeverity("critical")], at: 160)
        let rows = book.active(at: 160)
        #expect(rows.count == 1)
        #expect(rows[0].key == "metric:n2:memory_usage")
        #expect(rows[0].occurrences == 2)
        #expect(rows[0].severity == .critical)
        #expect((rows[0].firstSeen, rows[0].lastSeen) == (100, 160))
        #expect(rows[0].title == "memory_usage 89.5 > 85 on n2")
    }

    @Test func alertsWithoutAnIDAreKeyedByNodeAndType() {
        var book = AlertBook()
        let guide = #"{"type":"system_alert","alert_type":"store_failure","severity":"warning","message":"store s1 down","node":"n1"}"#
        feed(&book, [guide, guide, guide.replacingOccurrences("n1", "n3")], at: 10)
        let keys = book.active(at: 10).map(\.key).sorted()
        #expect(keys == ["system:n1:store_failure", "system:n3:store_failure"])
        #expect(book.alert("system:n1:store_failure")?.occurrences == 2)
    }

    @Test func anAlertGoesFromFiringToAcknowledgedToResolvedAndIntoHistory() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 1000)
        #expect(book.alert("a1")?.state == .firing)
        let ack = book.acknowledge("a1", by: "ops@n1", note: "on it", at: 1090, saved: true)
        #expect(ack?.alertID == "a1")
        #expect(ack?.acknowledgedBy == "ops@n1")
        let acknowledged = book.alert("a1")
        #expect(acknowledged?.state == .acknowledged)
        #expect(acknowledged?.acknowledgedBy == "ops@n1")
        #expect(acknowledged?.acknowledgementNote == "on it")
        #expect(acknowledged?.nextEscalationAt == nil)
        feed(&book, [#"{"type":"AlertAck","alert_id":"a1","ack_by":"lead@n3","resolution":"node restarted"}"#], at: 1300)
        #expect(book.alert("a1") == nil)
        let done = book.history.first
        #expect(done?.state == .resolved)
        #expect(done?.resolution == "node restarted")
        #expect(done?.timeToAcknowledge == 90)
        #expect(done?.timeToResolve == 300)
        #expect(done?.timeline.map(\.text) == [
            "fired (critical)", "acknowledged by ops@n1: on it", "acknowledged by lead@n3", "resolved by lead@n3: node restarted",
        ])
    }

    @Test func aResolvedAlertThatFiresAgainStartsANewRow() {
        var book = AlertBook()
        feed(&book, [memoryAlert], at: 0)
        _ = book.resolve("metric:n2:memory_usage", by: "me", resolution: "freed memory", at: 10, saved: true)
        feed(&book, [memoryAlert], at: 20)
        let row = book.alert("metric:n2:memory_usage")
        #expect(row?.occurrences == 1)
        #expect(row?.state == .firing)
        #expect(row?.firstSeen == 20)
        #expect(book.history.count == 1)
        #expect(row?.sequence != book.history.first?.sequence)
    }

    @Test func aMetricAlertBackWithinItsThresholdResolvesIt() {
        var book = AlertBook()
        feed(&book, [memoryAlert], at: 0)
        feed(&book, [memoryAlert.replacingOccurrences("89.5", "70")], at: 30)
        #expect(book.active(at: 30).isEmpty)
        #expect(book.history.first?.resolution == "cleared: memory_usage back to 70")
    }

    @Test func anotherOperatorsAcknowledgementShowsWhoAcknowledged() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        feed(&book, [#"{"type":"alert_acknowledged","alert_id":"a1","acknowledged_by":"admin@company.com","ack_message":"Investigating","auto_ack":false}"#], at: 5)
        #expect(book.alert("a1")?.acknowledgedBy == "admin@company.com")
        #expect(book.alert("a1")?.acknowledgementNote == "Investigating")
        #expect(book.counts(at: 5).unacknowledged == 0)
    }

    @Test func anAcknowledgementBeforeItsAlertIsAppliedWhenTheAlertArrives() {
        var book = AlertBook()
        book.restore(AlertAck(alertID: "a1", acknowledgedBy: "me", note: "known",
                              acknowledgedAt: Timestamp(seconds: 1_795_701_000)), at: 1)
        #expect(book.pendingAcknowledgementCount == 1)
        feed(&book, [nodeFailure], at: 2)
        #expect(book.alert("a1")?.state == .acknowledged)
        #expect(book.alert("a1")?.acknowledgedBy == "me")
        #expect(book.pendingAcknowledgementCount == 0)
    }

    @Test func anAcknowledgementOlderThanAnAlertWithoutIDIsNotApplied() {
        var book = AlertBook()
        let key = AlertKey.system(node: "n2", type: "node_failure")
        let withoutID = nodeFailure.replacingOccurrences(of: #""alert_id":"a1","#, with: "")
        book.restore(AlertAck(alertID: key, acknowledgedBy: "me", acknowledgedAt: Timestamp(seconds: 1_000)), at: 1)
        feed(&book, [withoutID], at: 2)
        #expect(book.alert(key)?.state == .firing)
    }

    @Test func aJournalledAcknowledgementAppliesToALaterRepeatOfTheSameAlertID() {
        var book = AlertBook()
        book.restore(AlertAck(alertID: "a1", acknowledgedBy: "me", acknowledgedAt: Timestamp(seconds: 1_000)), at: 1)
        feed(&book, [nodeFailure], at: 2)
        #expect(book.alert("a1")?.state == .acknowledged)
        #expect(book.alert("a1")?.acknowledgedBy == "me")
    }

    @Test func pendingAcknowledgementsAreBounded() {
        var limits = AlertBookLimits()
        limits.pendingAcknowledgements = 3
        var book = AlertBook(limits: limits)
        for index in 0..<5 { book.apply(AlertAck(alertID: "x\(index)", acknowledgedBy: "o"), at: 0) }
        #expect(book.pendingAcknowledgementCount == 3)
        #expect(book.droppedAcknowledgementCount == 2)
    }

    @Test func anUnsavedAcknowledgementShowsUntilMarkedSaved() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        _ = book.acknowledge("a1", by: "me", note: nil, at: 1, saved: false)
        #expect(book.alert("a1")?.acknowledgementSaved == false)
        #expect(book.alert("a1")?.timeline.last?.text == "acknowledged by me (not saved)")
        book.markSaved("a1")
        #expect(book.alert("a1")?.acknowledgementSaved == true)
    }

    @Test func acknowledgingAnUnknownKeyGivesNothing() {
        var book = AlertBook()
        #expect(book.acknowledge("nope", by: "me", note: nil, at: 0, saved: true) == nil)
    }

    @Test func activeAlertsAreSortedUnacknowledgedFirstThenSeverityThenRecency() {
        var book = AlertBook()
        feed(&book, [
            #"{"type":"SystemAlert","alert_id":"old-critical","severity":"critical","title":"c1"}"#,
        ], at: 0)
        feed(&book, [#"{"type":"SystemAlert","alert_id":"warning","severity":"warning","title":"w"}"#], at: 1)
        feed(&book, [#"{"type":"SystemAlert","alert_id":"new-critical","severity":"critical","title":"c2"}"#], at: 2)
        feed(&book, [#"{"type":"SystemAlert","alert_id":"acked-critical","severity":"critical","title":"c3"}"#], at: 3)
        feed(&book, [#"{"type":"SystemAlert","alert_id":"muted","severity":"critical","title":"c4"}"#], at: 4)
        _ = book.acknowledge("acked-critical", by: "me", note: nil, at: 5, saved: true)
        book.silence("muted", until: 100, by: "me", at: 5)
        #expect(book.active(at: 6).map(\.key) == ["new-critical", "old-critical", "warning", "acked-critical", "muted"])
        let counts = book.counts(at: 6)
        #expect((counts.critical, counts.warning, counts.silenced, counts.unacknowledged) == (3, 1, 1, 3))
    }

    @Test func newCriticalsAreReportedOnceBySequence() {
        var book = AlertBook()
        feed(&book, [memoryAlert], at: 0)
        #expect(book.newCriticals(after: 0, at: 0).isEmpty)
        feed(&book, [nodeFailure], at: 1)
        let first = book.newCriticals(after: 0, at: 1)
        #expect(first.map(\.key) == ["a1"])
        let seen = book.criticalSequence
        #expect(book.newCriticals(after: seen, at: 2).isEmpty)
        feed(&book, [memoryAlert.replacingOccurrences("n2", "n4").replacingSeverity("critical")], at: 3)
        #expect(book.newCriticals(after: seen, at: 3).map(\.key) == ["metric:n4:memory_usage"])
        feed(&book, [memoryAlert.replacingSeverity("critical")], at: 4)
        #expect(book.newCriticals(after: seen, at: 4).map(\.key) == ["metric:n4:memory_usage"])
    }

    @Test func activeAlertsAreCappedWithAnOverflowCount() {
        var limits = AlertBookLimits()
        limits.active = 2
        var book = AlertBook(limits: limits)
        feed(&book, [
            #"{"type":"SystemAlert","alert_id":"i1","severity":"info","title":"i1"}"#,
            #"{"type":"SystemAlert","alert_id":"i2","severity":"info","title":"i2"}"#,
            #"{"type":"SystemAlert","alert_id":"i3","severity":"info","title":"i3"}"#,
        ], at: 0)
        #expect(book.active(at: 0).map(\.key).sorted() == ["i1", "i2"])
        #expect(book.overflowCount == 1)
        feed(&book, [#"{"type":"SystemAlert","alert_id":"c","severity":"critical","title":"c"}"#], at: 1)
        #expect(book.active(at: 1).map(\.key).contains("c"))
        #expect(book.active(at: 1).count == 2)
        #expect(book.overflowCount == 2)
    }

    @Test func historyKeepsTheLatest500() {
        var book = AlertBook()
        for index in 0..<520 {
            feed(&book, [#"{"type":"SystemAlert","alert_id":"h\#(index)","severity":"warning","title":"t"}"#], at: Double(index))
            _ = book.resolve("h\(index)", by: "me", resolution: "done", at: Double(index) + 0.5, saved: true)
        }
        #expect(book.history.count == 500)
        #expect(book.history.first?.key == "h519")
        #expect(book.history.last?.key == "h20")
    }

    @Test func anUpstreamAcknowledgementLineCarriesTheCodeFields() {
        let ack = AlertAck(alertID: "a1", acknowledgedBy: "ops@n1", note: "on \"it\"",
                           acknowledgedAt: Timestamp(seconds: 1_795_700_701.5))
        let line = ack.line(at: 1_795_700_702)
        #expect(line == #"{"type":"AlertAck","alert_id":"a1","ack_by":"ops@n1","ack_note":"on \"it\"","resolution":null,"ack_timestamp":"2026-11-26T13:45:01.500Z","timestamp":"2026-11-26T13:45:02.000Z"}"#)
        guard case .event(let decoded) = EventDecoder().decode(line, receivedAt: 0),
              case .alertAck(let back) = decoded.message else {
            Issue.record("the line does not decode as an AlertAck")
            return
        }
        #expect(back == ack)
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        replacing(target, with: replacement)
    }

    func replacingSeverity(_ severity: String) -> String {
        replacingOccurrences(#""severity":"warning""#, #""severity":"\#(severity)""#)
    }
}
