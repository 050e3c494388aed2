import Foundation
@testable import ExESDBCollectors

/// Collects what a collector delivers, thread-safely, and lets a test wait for a condition on it.
final class OutputLog: @unchecked Sendable {
    private let condition = NSCondition()
    private var outputs: [(at: Double, output: CollectorOutput)] = []

    /// The function to pass as a collector's `deliver`.
    var deliver: @Sendable (CollectorOutput) -> Void {
        { [self] output in
            condition.lock()
            outputs.append((ProcessInfo.processInfo.systemUptime, output))
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Every line received, as text, in order.
    var lines: [String] {
        snapshot.flatMap { entry -> [String] in
            if case .lines(let lines) = entry.output { return lines.map(\.text) }
            return []
        }
    }

    /// Every line received, whole.
    var receivedLines: [ReceivedLine] {
        snapshot.flatMap { entry -> [ReceivedLine] in
            if case .lines(let lines) = entry.output { return lines }
            return []
        }
    }

    /// Every state change, in order, with the uptime it arrived at.
    var states: [(at: Double, state: SourceState)] {
        snapshot.compactMap { entry in
            if case .state(_, let state) = entry.output { return (entry.at, state) }
            return nil
        }
    }

    /// Oversize notices received.
    var oversizeNotices: [OversizeLineNotice] {
        snapshot.compactMap { entry in
            if case .oversizeLine(let notice) = entry.output { return notice }
            return nil
        }
    }

    /// The first disconnected state delivered, as (reason, retryAt).
    var firstDisconnection: (reason: String, retryAt: Double)? {
        for entry in states {
            if case .disconnected(let reason, let retryAt) = entry.state { return (reason, retryAt) }
        }
        return nil
    }

    /// The last state delivered.
    var lastState: SourceState? { states.last?.state }

    private var snapshot: [(at: Double, output: CollectorOutput)] {
        condition.lock()
        defer { condition.unlock() }
        return outputs
    }

    /// Waits up to `timeout` seconds until `predicate` holds; returns whether it did. Suspends
    /// instead of blocking, so waiting tests leave Swift's cooperative threads to the code under test.
    func wait(timeout: Double, until predicate: (OutputLog) -> Bool) async -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if predicate(self) { return true }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return predicate(self)
    }
}
