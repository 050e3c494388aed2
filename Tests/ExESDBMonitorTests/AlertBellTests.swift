import Testing
@testable import ExESDBMonitor

@Suite struct AlertBellTests {
    private func critical(_ id: String) -> String {
        #"{"type":"SystemAlert","alert_id":"\#(id)","severity":"critical","title":"\#(id)"}"#
    }

    @Test func theBellRingsOnceForNewCriticalsAndAtMostOncePerInterval() {
        var book = AlertBook()
        var bell = AlertBell(interval: 30)
        let rang1 = bell.shouldRing(for: book, at: 0)
        #expect(!rang1)
        feed(&book, [memoryAlert], at: 1)
        let rang2 = bell.shouldRing(for: book, at: 1)
        #expect(!rang2)
        feed(&book, [critical("c1")], at: 2)
        let rang3 = bell.shouldRing(for: book, at: 2)
        #expect(rang3)
        let rang4 = bell.shouldRing(for: book, at: 3)
        #expect(!rang4)
        feed(&book, [critical("c2")], at: 10)
        let rang5 = bell.shouldRing(for: book, at: 10)
        #expect(!rang5)
        #expect(bell.suppressedCount == 1)
        feed(&book, [critical("c3")], at: 32)
        let rang6 = bell.shouldRing(for: book, at: 32)
        #expect(rang6)
        #expect(bell.lastRang == 32)
    }

    @Test func aSilencedCriticalDoesNotRing() {
        var book = AlertBook()
        var bell = AlertBell()
        book.silence("c1", until: 100, by: "me", at: 0)
        feed(&book, [critical("c1")], at: 1)
        let rang7 = bell.shouldRing(for: book, at: 1)
        #expect(!rang7)
    }

    @Test func newRowsAreListedBySequenceForTheHook() {
        var book = AlertBook()
        feed(&book, [critical("c1"), memoryAlert], at: 1)
        let seen = book.latestSequence
        #expect(seen == 2)
        feed(&book, [memoryAlert, critical("c2")], at: 2)
        #expect(book.alerts(raisedAfter: seen).map(\.key) == ["c2"])
        #expect(book.alerts(raisedAfter: 0).map(\.key) == ["c1", "metric:n2:memory_usage", "c2"])
    }
}
