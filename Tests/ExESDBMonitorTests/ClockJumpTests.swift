import Testing
@testable import ExESDBMonitor

/// The wall clock set back an hour while the console runs: nothing escalates backwards or fires again, silences
/// keep their end, staleness still follows the lines received, and the bell is not muted until the clock
/// catches up.
@Suite struct ClockJumpTests {
    private let start = 1_795_700_000.0
    private var jumpedBack: Double { start - 3600 }

    @Test func anEscalatedAlertKeepsItsLevelAndIsNotRaisedAgain() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: start)
        #expect(book.tick(at: start + 900) == ["a1"])
        let timeline = book.alert("a1")?.timeline
        let sequence = book.latestSequence

        #expect(book.tick(at: jumpedBack).isEmpty)
        feed(&book, [nodeFailure], at: jumpedBack + 1)
        let alert = book.alert("a1")
        #expect(alert?.escalationLevel == 2, "a clock set back does not lower a level")
        #expect(alert?.state == .firing)
        #expect(alert?.occurrences == 2, "the repeat counts on the same row")
        #expect(book.latestSequence == sequence, "nothing is raised as new")
        #expect(alert?.timeline.count == (timeline?.count ?? 0) + 1, "only the repeat is noted: \(alert?.timeline.map(\.text) ?? [])")
        #expect(book.alerts(raisedAfter: sequence).isEmpty)
    }

    @Test func anAcknowledgementStaysWhenTheClockGoesBack() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: start)
        _ = book.acknowledge("a1", by: "alice", note: nil, at: start + 60, saved: true)
        book.tick(at: jumpedBack)
        feed(&book, [nodeFailure], at: jumpedBack + 5)
        book.tick(at: jumpedBack + 10)
        #expect(book.alert("a1")?.acknowledgedBy == "alice")
        #expect(book.alert("a1")?.escalationLevel == 1)
    }

    @Test func aSilenceKeepsItsEndAndEndsThereOnceTheClockReachesIt() {
        var book = AlertBook()
        feed(&book, [nodeFailure], at: start)
        let silenced = book.silence("a1", until: start + 600, by: "alice", at: start)
        #expect(silenced)
        book.tick(at: jumpedBack)
        #expect(book.alert("a1")?.isSilenced(at: jumpedBack) == true)
        #expect(book.silences.map(\.until) == [start + 600])
        book.tick(at: start + 600)
        #expect(book.alert("a1")?.isSilenced(at: start + 600) == false)
        #expect(book.silences.isEmpty)
    }

    @Test func staleHeartbeatsFollowTheLinesReceivedAfterTheJump() {
        var store = Store()
        let heartbeat = #"{"type":"Heartbeat","node":"n1","interval_ms":1000}"#
        store.apply(EventDecoder().decode(heartbeat, receivedAt: start), at: start)
        let node = { store.nodes["n1"]! }
        #expect(!store.isStale(node(), at: jumpedBack), "a line from the future is not taken as silence")
        store.apply(EventDecoder().decode(heartbeat, receivedAt: jumpedBack), at: jumpedBack)
        #expect(!store.isStale(node(), at: jumpedBack + 1.5))
        #expect(store.isStale(node(), at: jumpedBack + 2.5), "silent for two intervals after the jump: stale")
        #expect(store.clusterView(at: jumpedBack + 2.5).staleNodes == ["n1"])
    }

    @Test func theBellRingsForANewCriticalAfterTheClockWentBack() {
        var book = AlertBook()
        var bell = AlertBell(interval: 30)
        feed(&book, [nodeFailure], at: start)
        let firstRing = bell.shouldRing(for: book, at: start)
        #expect(firstRing)
        let second = nodeFailure.replacingOccurrences("\"a1\"", "\"a2\"").replacingOccurrences("n2", "n5")
        feed(&book, [second], at: jumpedBack)
        let afterJump = bell.shouldRing(for: book, at: jumpedBack)
        #expect(afterJump, "not muted for the hour the clock went back")
        let third = nodeFailure.replacingOccurrences("\"a1\"", "\"a3\"").replacingOccurrences("n2", "n6")
        feed(&book, [third], at: jumpedBack + 10)
        let soonAfter = bell.shouldRing(for: book, at: jumpedBack + 10)
        #expect(!soonAfter, "still rate-limited after the jump")
        #expect(bell.suppressedCount == 1)
    }
}
