import ExESDBMonitor
import Foundation
import Testing
@testable import ExESDBConsole

@Suite struct AlertHookTests {
    private let directory = TemporaryDirectory()
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    private static let basicEnvironment = ["PATH": "/usr/local/bin:/usr/bin:/bin"]

    @Test func theHookGetsTheAlertAsJSONOnStandardInputAndInItsEnvironment() throws {
        let hook = AlertHook(command: "cat > \"$OUT/alert.json\"; printf '%s|%s|%s' \"$EXESDB_ALERT_KEY\" \"$EXESDB_ALERT_SEVERITY\" \"$EXESDB_ALERT_NODE\" > \"$OUT/env\"",
                             environment: ["OUT": directory.path])
        #expect(hook.run(nodeFailureAlert()))
        #expect(hook.waitUntilIdle(timeout: 10))
        #expect(hook.counters.succeeded == 1)
        let alert = try JSONReader.parseObject(String(contentsOfFile: directory.path + "/alert.json", encoding: .utf8))
        #expect(alert["title"] == .string(#"Node n2 "unresponsive""#))
        #expect(alert["state"] == .string("firing"))
        #expect(try String(contentsOfFile: directory.path + "/env", encoding: .utf8) == "alert_12345|critical|n2")
    }

    @Test func aHookThatRunsTooLongIsKilledWithoutBlockingTheCaller() {
        let hook = AlertHook(command: "sleep 30 & sleep 30", timeout: 0.3)
        let start = Date()
        hook.run(nodeFailureAlert())
        #expect(Date().timeIntervalSince(start) < 0.2)
        #expect(hook.waitUntilIdle(timeout: 5))
        #expect(Date().timeIntervalSince(start) < 3)
        #expect(hook.counters.timedOut == 1)
        #expect(hook.counters.lastFailure == "timed out after 0.3s")
    }

    @Test func runsBeyondTheLimitAreDroppedAndCounted() {
        let hook = AlertHook(command: "sleep 0.5", maximumRunning: 2)
        let accepted = (0..<4).map { _ in hook.run(nodeFailureAlert()) }
        #expect(accepted == [true, true, false, false])
        #expect(hook.counters.dropped == 2)
        #expect(hook.waitUntilIdle(timeout: 10))
        #expect(hook.counters.succeeded == 2)
        #expect(hook.run(nodeFailureAlert()))
        #expect(hook.waitUntilIdle(timeout: 10))
    }

    @Test func aFailingHookIsCountedWithItsLastWords() {
        let hook = AlertHook(command: "echo starting; echo boom >&2; exit 3")
        hook.run(nodeFailureAlert())
        #expect(hook.waitUntilIdle(timeout: 10))
        #expect(hook.counters.failed == 1)
        #expect(hook.counters.lastFailure == "exit status 3: boom")
    }

    @Test func aHookThatIgnoresItsInputDoesNotHurtTheConsole() {
        var alert = nodeFailureAlert()
        alert.metadata = .string(String(repeating: "x", count: 1 << 20))
        let hook = AlertHook(command: "exit 0")
        hook.run(alert)
        #expect(hook.waitUntilIdle(timeout: 10))
        #expect(hook.counters.succeeded == 1)
    }

    @Test func theSlackHookPostsTheAlertToTheWebhook() throws {
        let listener = try HTTPListener(logDirectory: directory.path)
        let environment = Self.basicEnvironment.merging(
            ["SLACK_WEBHOOK_URL": "http://127.0.0.1:\(listener.port)/services/T0/B0/secret"]) { $1 }
        let hook = AlertHook(command: Self.repository + "/contrib/slack-hook", environment: environment)
        hook.run(nodeFailureAlert())
        #expect(hook.waitUntilIdle(timeout: 15))
        #expect(hook.counters.succeeded == 1, "\(hook.counters)")
        let request = try #require(listener.requests().first)
        #expect(request.path == "/services/T0/B0/secret")
        #expect(request.contentType == "application/json")
        let body = try #require(JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: Any])
        #expect(body["text"] as? String ==
            ":rotating_light: *ExESDB alert* (firing): Node n2 \"unresponsive\"\n*Severity:* critical   *Node:* n2   *Key:* `alert_12345`")
    }

    @Test func thePagerDutyHookSendsAnEventsV2Trigger() throws {
        let listener = try HTTPListener(logDirectory: directory.path)
        let environment = Self.basicEnvironment.merging([
            "PAGERDUTY_ROUTING_KEY": "R0UTING",
            "PAGERDUTY_EVENTS_URL": "http://127.0.0.1:\(listener.port)/v2/enqueue",
        ]) { $1 }
        let hook = AlertHook(command: Self.repository + "/contrib/pagerduty-hook", environment: environment)
        hook.run(nodeFailureAlert())
        var resolved = nodeFailureAlert()
        resolved.state = .resolved
        #expect(hook.waitUntilIdle(timeout: 15))
        hook.run(resolved)
        #expect(hook.waitUntilIdle(timeout: 15))
        #expect(hook.counters.succeeded == 2, "\(hook.counters)")
        let requests = listener.requests()
        #expect(requests.map(\.path) == ["/v2/enqueue", "/v2/enqueue"])
        let trigger = try JSONReader.parseObject(try #require(requests.first).body)
        #expect(trigger["routing_key"] == .string("R0UTING"))
        #expect(trigger["event_action"] == .string("trigger"))
        #expect(trigger["dedup_key"] == .string("alert_12345"))
        let payload = trigger["payload"]?.objectValue
        #expect(payload?["summary"] == .string(#"Node n2 "unresponsive""#))
        #expect(payload?["severity"] == .string("critical"))
        #expect(payload?["source"] == .string("n2"))
        #expect(payload?["custom_details"]?.objectValue?["key"] == .string("alert_12345"))
        let resolve = try JSONReader.parseObject(try #require(requests.last).body)
        #expect(resolve["event_action"] == .string("resolve"))
    }

    @Test func aHookWithoutItsSettingFailsWithAMessage() {
        let hook = AlertHook(command: Self.repository + "/contrib/slack-hook", environment: Self.basicEnvironment)
        hook.run(nodeFailureAlert())
        #expect(hook.waitUntilIdle(timeout: 10))
        #expect(hook.counters.failed == 1)
        #expect(hook.counters.lastFailure?.contains("SLACK_WEBHOOK_URL") == true)
    }
}
