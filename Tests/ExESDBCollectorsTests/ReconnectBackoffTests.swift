import Testing
@testable import ExESDBCollectors

@Suite struct ReconnectBackoffTests {
    @Test func doublesFromHalfASecondToTheCap() {
        var backoff = ReconnectBackoff(policy: .standard)
        let delays = (0..<10).map { _ in backoff.delay(afterConnectedFor: 0, unitRandom: 0.5) }
        #expect(delays == [0.5, 1, 2, 4, 8, 16, 30, 30, 30, 30])
    }

    @Test func jitterStaysWithinTwentyPercent() {
        var low = ReconnectBackoff(policy: .standard)
        var high = ReconnectBackoff(policy: .standard)
        #expect(low.delay(afterConnectedFor: 0, unitRandom: 0) == 0.4)
        #expect(high.delay(afterConnectedFor: 0, unitRandom: 1) == 0.6)
    }

    @Test func healthyConnectionStartsOver() {
        var backoff = ReconnectBackoff(policy: .standard)
        for _ in 0..<5 { _ = backoff.delay(afterConnectedFor: 0, unitRandom: 0.5) }
        #expect(backoff.delay(afterConnectedFor: 3, unitRandom: 0.5) == 16)
        #expect(backoff.delay(afterConnectedFor: 10, unitRandom: 0.5) == 0.5)
    }

    @Test func stateDescriptionCountsDownToTheRetry() {
        let state = SourceState.disconnected(reason: "connection refused", retryAt: 1003)
        #expect(state.description(at: 1000.2) == "disconnected: connection refused, retrying in 3 s")
        #expect(state.description(at: 1003.5) == "disconnected: connection refused, retrying now")
        #expect(SourceState.waiting(for: "/var/log/x").description(at: 0) == "waiting for /var/log/x")
    }
}
