import Testing
@testable import ExESDBMonitor

@Suite struct AlertBookTimingTests {
    @Test func anUnacknowledgedAlertEscalatesToLevel2After15MinutesAndLevel3After30More() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        #expect(book.alert("a1")?.escalationLevel == 1)
        #expect(book.alert("a1")?.nextEscalationAt == 900)
        let early = book.tick(at: 899)
        #expect(early.isEmpty)
        #expect(book.alert("a1")?.escalationLevel == 1)
        let due = book.tick(at: 900)
        #expect(due == ["a1"])
        #expect(book.alert("a1")?.escalationLevel == 2)
        #expect(book.alert("a1")?.nextEscalationAt == 2700)
        book.tick(at: 2699)
        #expect(book.alert("a1")?.escalationLevel == 2)
        book.tick(at: 2700)
        #expect(book.alert("a1")?.escalationLevel == 3)
        #expect(book.alert("a1")?.nextEscalationAt == nil)
        #expect(book.alert("a1")?.timeline.map(\.text).suffix(2) == [
            "escalated to level 2 (not acknowledged after 15m)", "escalated to level 3 (not acknowledged after 45m)",
        ])
        book.tick(at: 99_999)
        #expect(book.alert("a1")?.escalationLevel == 3)
    }

    @Test func aLateTickCatchesUpEveryMissedLevelAtItsDueTime() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        book.tick(at: 5000)
        let alert = book.alert("a1")
        #expect(alert?.escalationLevel == 3)
        #expect(alert?.timeline.suffix(2).map(\.time) == [900, 2700])
    }

    @Test func theEscalationPolicyIsConfigurable() {
        var book = AlertBook(escalationPolicy: EscalationPolicy(firstAfter: 60, thenAfter: 120, maximumLevel: 4))
        feed(&book, [nodeFailure], at: 0)
        book.tick(at: 60)
        book.tick(at: 180)
        book.tick(at: 300)
        #expect(book.alert("a1")?.escalationLevel == 4)
    }

    @Test func anAcknowledgedAlertDoesNotEscalate() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        _ = book.acknowledge("a1", by: "me", note: nil, at: 10, saved: true)
        book.tick(at: 10_000)
        #expect(book.alert("a1")?.escalationLevel == 1)
    }

    @Test func anEscalationFromTheStreamSetsTheLevelAndRestartsTheCountdown() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: 0)
        feed(&book, [#"{"type":"AlertEscalation","alert_id":"a1","from_level":"level1","to_level":"level2","escalation_reason":"No acknowledgment","escalated_by":"policy","notify_contacts":["oncall@company.com"]}"#], at: 100)
        let alert = book.alert("a1")
        #expect(alert?.escalationLevel == 2)
        #expect(alert?.nextEscalationAt == 1900)
        #expect(alert?.timeline.last?.text == "escalated to level 2 by policy: No acknowledgment (notify oncall@company.com)")
        feed(&book, [#"{"type":"alert_escalation","original_alert_id":"zz","escalation_level":3}"#], at: 101)
        #expect(book.unmatchedEscalationCount == 1)
    }

    @Test func aSilencedAlertComesBackWhenItsSilenceEnds() {
        var book = AlertBook()
        feed(&book, [nodeFailure, memoryAlert.replacingOccurrences("n2", "n4")], at: 0)
        let accepted = book.silence("metric:n4:memory_usage", until: 600, by: "me", at: 0)
        #expect(accepted)
        #expect(book.active(at: 10).last?.key == "metric:n4:memory_usage")
        #expect(book.active(at: 10).last?.isSilenced(at: 10) == true)
        #expect(book.counts(at: 10).silenced == 1)
        book.tick(at: 600)
        #expect(book.silences.isEmpty)
        let back = book.alert("metric:n4:memory_usage")
        #expect(back?.silencedUntil == nil)
        #expect(back?.timeline.last?.text == "silence ended")
        #expect(book.counts(at: 600).silenced == 0)
    }

    @Test func aSilenceCoversAnAlertRaisedWhileItLastsAndCanBeLifted() {
        var book = AlertBook()
        book.silence("a1", until: 2000, by: "me", at: 0)
        feed(&book, [nodeFailure], at: 10)
        #expect(book.alert("a1")?.isSilenced(at: 10) == true)
        #expect(book.newCriticals(after: 0, at: 10).isEmpty)
        book.tick(at: 1500)
        #expect(book.alert("a1")?.escalationLevel == 1)
        book.liftSilence("a1", by: "me", at: 1600)
        #expect(book.alert("a1")?.isSilenced(at: 1600) == false)
        #expect(book.alert("a1")?.timeline.last?.text == "silence lifted by me")
        #expect(book.newCriticals(after: 0, at: 1600).map(\.key) == ["a1"])
        book.tick(at: 1600)
        #expect(book.alert("a1")?.escalationLevel == 2)
    }

    @Test func aNodeFailureFoldsThatNodesOtherAlertsUnderIt() {
        var book = AlertBook()
        feed(&book, [memoryAlert, #"{"type":"MetricAlert","metric_name":"cpu","current_value":99,"threshold_value":90,"threshold_type":"max","severity":"warning","node":"n3"}"#], at: 0)
        feed(&book, [nodeFailure], at: 1)
        #expect(book.alert("metric:n2:memory_usage")?.inhibitedBy == "a1")
        #expect(book.alert("metric:n3:cpu")?.inhibitedBy == nil)
        #expect(book.alert("a1")?.inhibitedBy == nil)
        #expect(book.active(at: 2).map(\.key) == ["a1", "metric:n3:cpu", "metric:n2:memory_usage"])
        #expect(book.counts(at: 2).inhibited == 1)
        _ = book.resolve("a1", by: "me", resolution: "back", at: 3, saved: true)
        #expect(book.alert("metric:n2:memory_usage")?.inhibitedBy == nil)
        #expect(book.alert("metric:n2:memory_usage")?.timeline.last?.text == "no longer folded")
    }
}
