import Foundation
import Testing

/// `exesdb-top --demo` started in a real terminal (tmux): every pane fills with data, on a colour
/// terminal with UTF-8, on a VT100 and under the C locale.
@Suite struct ConsoleStartupTests {
    @Test func everyPaneShowsDataWithinTwoSecondsOfTheFirstFrame() throws {
        guard let console = try TmuxSession.console() else { return }
        let (started, first) = try console.waitForText { $0.header.contains("quorum") }
        #expect(started, "no frame drawn:\n\(first.lines.joined(separator: "\n"))")
        let firstFrame = Date()
        let screen = try console.waitForDemoData()
        let elapsed = Date().timeIntervalSince(firstFrame)
        #expect(screen.missingDemoData() == [], "\(screen.lines.joined(separator: "\n"))")
        #expect(elapsed <= 2, "data took \(elapsed) s after the first frame")
        #expect(screen.header.contains(/^● healthy|^▲ degraded|^✖ unhealthy/))
    }

    @Test func aVT100ShowsTheDashboardAndQuitsCleanly() throws {
        guard let console = try TmuxSession.console(term: "vt100") else { return }
        let screen = try console.waitForDemoData()
        #expect(screen.missingDemoData() == [], "\(screen.lines.joined(separator: "\n"))")
        try console.send("q")
        #expect(try console.waitForExit(timeout: 15) == 0)
    }

    @Test func theCLocaleGetsASCIIGlyphsAndNothingElse() throws {
        guard let console = try TmuxSession.console(locale: "C") else { return }
        let screen = try console.waitForDemoData(ascii: true)
        #expect(screen.missingDemoData() == [], "\(screen.lines.joined(separator: "\n"))")
        #expect(screen.header.contains(/^\[OK\] healthy|^\[DEG\] degraded|^\[DOWN\] unhealthy/), "\(screen.header)")
        #expect(screen.lines[2].hasPrefix("+ >1 Cluster -"), "\(screen.lines[2])")
        let foreign = screen.lines.joined().unicodeScalars.filter { !$0.isASCII }
        #expect(foreign.isEmpty, "non-ASCII on screen: \(String(String.UnicodeScalarView(foreign)))")
        try console.send("q")
        #expect(try console.waitForExit(timeout: 15) == 0)
    }
}
