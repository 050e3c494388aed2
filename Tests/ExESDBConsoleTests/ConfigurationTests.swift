import Foundation
import ExESDBMonitor
import Testing
@testable import ExESDBConsole

@Suite struct ConfigurationTests {
    private let directory = TemporaryDirectory()

    private func failure(_ text: String) -> ConfigurationError? {
        let path = directory.write("config.toml", text)
        do {
            _ = try ConsoleConfiguration.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func aGoodFileSetsEveryKey() throws {
        let path = directory.write("config.toml", """
            sources = ["tcp://10.0.0.5:7755", "ssh://node2"]
            node = "node1@prod"
            operator = "ops@node1"
            theme = "solarized-dark"
            glyphs = "ascii"
            refresh = "500ms"

            [alerts]
            bell = false
            bell_interval = 60
            escalate_after = 10
            escalate_again_after = 20
            on_alert = "contrib/slack-hook"
            on_alert_timeout = "15s"
            on_alert_severity = "warning"

            [[rules]]
            kind = "resource"
            resource = "memory"
            warning = 80
            critical = 90
            for = "1m"
            hysteresis = 3

            [[rules]]
            kind = "latency"
            operation = "append_events"
            percentile = "p95"
            warning = 50
            critical = 200.5

            [[rules]]
            name = "append floor"
            kind = "throughput"
            operation = "append_events"
            node = "node2@prod"
            warning = 100
            critical = 10
            """)
        let configuration = try ConsoleConfiguration.load(path: path)
        #expect(configuration.sources == ["tcp://10.0.0.5:7755", "ssh://node2"])
        #expect(configuration.node == "node1@prod")
        #expect(configuration.operatorName == "ops@node1")
        #expect(configuration.theme == "solarized-dark")
        #expect(configuration.glyphs == "ascii")
        #expect(configuration.refreshInterval == 0.5)
        #expect(configuration.path == path)
        let alerts = configuration.alerts
        #expect(alerts.bell == false)
        #expect(alerts.bellInterval == 60)
        #expect(alerts.escalation == EscalationPolicy(firstAfter: 600, thenAfter: 1200, maximumLevel: 3))
        #expect(alerts.onAlert == "contrib/slack-hook")
        #expect(alerts.onAlertTimeout == 15)
        #expect(alerts.onAlertSeverity == .warning)
        let memory = configuration.rules.first { $0.name == "memory" }
        #expect(memory == AlertRule(name: "memory", kind: .resource(.memory), warning: 80, critical: 90, duration: 60, hysteresis: 3))
        #expect(configuration.rules.filter { $0.name == "memory" }.count == 1)
        #expect(configuration.rules.first { $0.name == "latency-p95-append_events" }?.critical == 200.5)
        let floor = configuration.rules.first { $0.name == "append floor" }
        #expect(floor?.kind == .throughputFloor(operation: "append_events"))
        #expect(floor?.node == "node2@prod")
        #expect(configuration.rules.count == AlertRule.defaults.count + 2)
    }

    @Test func anEmptyFileGivesTheDefaultsAndNoFileToo() throws {
        let empty = try ConsoleConfiguration.load(path: directory.write("config.toml", ""))
        #expect(empty.rules == AlertRule.defaults)
        #expect(empty.alerts == AlertSettings())
        let absent = try ConsoleConfiguration.loadIfPresent(path: directory.path + "/none.toml")
        #expect(absent == ConsoleConfiguration())
    }

    @Test func healthRulesTakeStatusWordsAndDefaultRulesCanBeTurnedOff() throws {
        let configuration = try ConsoleConfiguration(parsing: """
            [alerts]
            default_rules = false
            [[rules]]
            kind = "cluster_health"
            warning = "degraded"
            critical = "unhealthy"
            [[rules]]
            kind = "quorum"
            critical = "lost"
            """, origin: "inline")
        #expect(configuration.rules == [
            AlertRule(name: "cluster-health", kind: .clusterHealth, warning: 1, critical: 2),
            AlertRule(name: "quorum", kind: .quorum, warning: nil, critical: 1),
        ])
    }

    @Test func aSyntaxErrorNamesTheFileAndLine() {
        let error = failure("node = \"n1\"\nsources = [\"a\",\n\n[alerts\n")
        #expect(error?.file.hasSuffix("config.toml") == true)
        #expect(error?.line != nil)
        #expect(error?.description.hasPrefix(directory.path + "/config.toml:") == true)
    }

    @Test func aNonASCIITableHeaderIsAnErrorNotACrash() {
        #expect(failure("node = \"n1\"\n[é]\nx = 1\n")?.line == 2)
        #expect(failure("[[rules]]\nkind = \"quorum\"\ncritical = 1\n[[règles]]\n")?.line == 4)
        #expect(failure("[alerts]\n[\"é\"]\n")?.line == 2)
    }

    @Test func anUnknownRuleKindIsReportedAtItsLine() {
        let error = failure("""
            node = "n1"

            [[rules]]
            kind = "resource"
            resource = "cpu"
            warning = 1

            [[rules]]
            kind = "temperature"
            warning = 50
            """)
        #expect(error?.line == 9)
        #expect(error?.message.contains("unknown rule kind 'temperature'") == true)
        #expect(error?.description == "\(directory.path)/config.toml:9: " + (error?.message ?? ""))
    }

    @Test func eachKindOfBadValueIsReportedAtItsLine() {
        let cases: [(String, Int, String)] = [
            ("theme = 3\n", 1, "theme must be a string"),
            ("\n\nglyphs = \"fancy\"\n", 3, "glyphs must be one of"),
            ("colour = \"red\"\n", 1, "unknown key 'colour'"),
            ("[alerts]\nbell = \"yes\"\n", 2, "bell must be true or false"),
            ("[alerts]\n\nescalate_after = -5\n", 3, "escalate_after must be a number of minutes"),
            ("[alerts]\nvolume = 11\n", 2, "unknown key 'volume' in [alerts]"),
            ("sources = \"tcp://x\"\n", 1, "sources must be a list"),
            ("refresh = \"soon\"\n", 1, "refresh must be seconds or a duration"),
            ("[[rules]]\nkind = \"resource\"\nwarning = 80\n", 1, "a resource rule needs resource"),
            ("[[rules]]\nkind = \"resource\"\nresource = \"gpu\"\nwarning = 80\n", 3, "unknown resource 'gpu'"),
            ("[[rules]]\nkind = \"latency\"\npercentile = \"p42\"\nwarning = 1\n", 3, "unknown percentile 'p42'"),
            ("[[rules]]\nkind = \"staleness\"\n", 1, "needs a warning or a critical level"),
            ("[[rules]]\nkind = \"staleness\"\ncritical = \"long\"\n", 3, "critical must be seconds or a duration"),
            ("[[rules]]\nkind = \"resource\"\nresource = \"cpu\"\nwarning = \"high\"\n", 4, "warning must be a number"),
            ("[[rules]]\nkind = \"resource\"\nresource = \"cpu\"\nwarning = 99\ncritical = 90\n", 4, "warning must be below critical"),
            ("[[rules]]\nkind = \"quorum\"\ncritical = 1\nfor = \"a while\"\n", 4, "for must be seconds"),
            ("[[rules]]\nkind = \"quorum\"\ncritical = 1\ncolour = 1\n", 4, "unknown key 'colour' in [[rules]]"),
            ("[[rules]]\nkind = \"quorum\"\ncritical = 1\n[[rules]]\nkind = \"quorum\"\ncritical = 1\n", 4, "a second rule named 'quorum'"),
            ("[[rules]]\nwarning = 1\n", 1, "a rule needs a kind"),
            ("[[rules]]\nkind = \"quorum\"\nnode = \"n1\"\ncritical = 1\n", 3, "node applies to per-node rules"),
            ("[[rules]]\nkind = \"staleness\"\ncritical = 30\npercentile = \"p99\"\n", 4, "percentile applies to latency rules only"),
            ("[[rules]]\nkind = \"resource\"\nresource = \"cpu\"\noperation = \"x\"\nwarning = 1\n", 4, "operation applies to latency and throughput rules only"),
        ]
        for (text, line, message) in cases {
            let error = failure(text)
            #expect(error?.line == line, "\(text)")
            #expect(error?.message.contains(message) == true, "\(text) gave \(String(describing: error))")
        }
    }

    @Test func aMissingFileIsAnErrorWhenNamed() {
        let check = ConfigurationCheck(path: directory.path + "/absent.toml")
        #expect(!check.isOK)
        #expect(check.report == "\(directory.path)/absent.toml: no such file")
    }

    @Test func theCheckSummarisesAGoodFileAndNamesTheLineOfABadOne() {
        let good = directory.write("good.toml", "operator = \"me\"\n[alerts]\non_alert = \"true\"\n")
        let check = ConfigurationCheck(path: good)
        #expect(check.isOK)
        #expect(check.report.hasPrefix("\(good): OK\n"))
        #expect(check.report.contains("operator: me"))
        #expect(check.report.contains("rule memory: warning ≥ 85%, critical ≥ 95% (for 30s, hysteresis 5)"))
        #expect(check.report.contains("on_alert: true (critical and above, timeout 10s)"))
        let bad = directory.write("bad.toml", "[alerts]\nbell = 1\n")
        let failed = ConfigurationCheck(path: bad)
        #expect(!failed.isOK)
        #expect(failed.report == "\(bad):2: bell must be true or false")
    }

    @Test func textIsCheckedLikeAFileOfTheGivenName() {
        let check = ConfigurationCheck(text: "operator = \"me\"\n", origin: "inline.toml")
        #expect(check.isOK)
        #expect(check.report.hasPrefix("inline.toml: OK\n"))
        #expect(check.report.contains("operator: me"))
        let failed = ConfigurationCheck(text: "[alerts]\nbell = 1\n", origin: "inline.toml")
        #expect(!failed.isOK)
        #expect(failed.report == "inline.toml:2: bell must be true or false")
    }

    @Test func hugeNumbersAreCheckedNotFatal() {
        let check = ConfigurationCheck(
            text: "[alerts]\nbell_interval = 1e300\n[[rules]]\nkind = \"resource\"\nresource = \"memory\"\n"
                + "warning = 1e300\ncritical = 2e300\n",
            origin: "huge.toml")
        #expect(check.isOK)
        #expect(check.report.contains("bell: on, at most every 11574074074d1h"))
        #expect(check.report.contains("warning ≥ 1e+300%, critical ≥ 2e+300%"))
    }

    @Test func theDefaultPathsFollowXDG() {
        let xdg = ["XDG_CONFIG_HOME": "/x/config", "XDG_STATE_HOME": "/x/state", "HOME": "/h"]
        #expect(ConsolePaths.configurationFile(environment: xdg) == "/x/config/exesdb-top/config.toml")
        #expect(ConsolePaths.stateDirectory(environment: xdg) == "/x/state/exesdb-top")
        #expect(ConsolePaths.incidentsDirectory(environment: xdg) == "/x/state/exesdb-top/incidents")
        let home = ["HOME": "/h", "XDG_STATE_HOME": "relative/is/ignored"]
        #expect(ConsolePaths.configurationFile(environment: home) == "/h/.config/exesdb-top/config.toml")
        #expect(ConsolePaths.stateDirectory(environment: home) == "/h/.local/state/exesdb-top")
    }
}

@Suite struct ConfigurationDocumentTests {
    @Test func theExampleInTheDocumentationIsAValidFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        let example = try #require(document.components(separatedBy: "```toml\n").last?.components(separatedBy: "```").first)
        let configuration = try ConsoleConfiguration(parsing: example, origin: "docs/configuration.md")
        #expect(configuration.sources == ["tcp://10.0.0.5:7755", "ssh://node2.prod"])
        #expect(configuration.alerts.onAlert == "/opt/exesdb-top/contrib/pagerduty-hook")
        #expect(configuration.rules.first { $0.name == "stale-node" }?.critical == 45)
        #expect(configuration.rules.first { $0.name == "memory" }?.warning == 80)
        #expect(configuration.rules.contains { $0.name == "append-floor" && $0.kind == .throughputFloor(operation: "append_events") })
    }
}

@Suite struct ConfigurationRobustnessTests {
    @Test(arguments: [
        "[é]", "[[é]]", "[a.é]", "[\"é\"]\nx = 1", "é = 1", "a.\"é\" = 1", "x = \"\u{0}\"", "x = \"unterminated",
        "x = \"\\uD800\"", "x = 99999999999999999999999", "refresh = 1979-05-27T07:32:00Z", "refresh = nan",
        "[alerts]\n[alerts]", "[[rules]]\n[rules]",
        "rules = 3", "rules = [1, 2]", "alerts = \"loud\"", "[ alerts ]\nbell = \"x\"",
        "x = '''\n[é]\n'''",
    ])
    func badInputGivesAnErrorNotACrash(_ text: String) {
        expectRefusal(text)
    }

    /// Kept out of the parameterised list so the test log does not print them whole.
    @Test func hugeInputsGiveAnErrorNotACrash() {
        expectRefusal("sources = [" + String(repeating: "[", count: 5000))
        expectRefusal(String(repeating: "a", count: 100_000) + " = 1")
    }

    private func expectRefusal(_ text: String) {
        do {
            _ = try ConsoleConfiguration(parsing: text, origin: "fuzz.toml")
            Issue.record("accepted: \(text.prefix(60))")
        } catch {
            #expect(error.description.hasPrefix("fuzz.toml"))
            #expect(!error.message.isEmpty)
        }
    }
}
