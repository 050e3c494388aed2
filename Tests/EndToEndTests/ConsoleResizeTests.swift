import Foundation
import Testing

/// The console follows its terminal's size: too small says so, larger and smaller again redraw the panes.
@Suite struct ConsoleResizeTests {
    @Test func tooSmallSaysWhatItNeedsAndGrowingBackRedrawsThePanes() throws {
        guard let console = try TmuxSession.console() else { return }
        let ready = try console.waitForDemoData()
        #expect(ready.missingDemoData() == [], "\(ready.lines.joined(separator: "\n"))")

        try console.resize(width: 40, height: 12)
        let (refused, small) = try console.waitForText {
            $0.lines.contains { $0.contains("terminal too small: need 60×16") } && $0.lines.contains { $0.contains("now 40×12") }
        }
        #expect(refused, "at 40×12:\n\(small.lines.joined(separator: "\n"))")
        #expect(small.titleRow(1, "Cluster") == nil)

        for (width, height) in [(300, 80), (160, 48)] {
            try console.resize(width: width, height: height)
            let (redrawn, screen) = try console.waitForText { fillsTheScreen($0, width: width, height: height) }
            #expect(redrawn, "at \(width)×\(height):\n\(screen.lines.joined(separator: "\n"))")
            #expect(screen.missingDemoData() == [], "at \(width)×\(height): \(screen.missingDemoData())")
            #expect(!screen.lines.contains { $0.contains("terminal too small") })
        }
    }

    /// Every pane on screen, the Logs box as wide as the terminal with its bottom edge right above the
    /// key hints on the last row.
    private func fillsTheScreen(_ screen: ScreenText, width: Int, height: Int) -> Bool {
        guard screen.missingDemoData().isEmpty, screen.lines.count >= height, let logs = screen.pane(6, "Logs"),
              let top = screen.titleRow(6, "Logs")?.row else { return false }
        let bottom = screen.lines[top + logs.count + 1]
        return screen.lines[top].count == width && bottom.hasPrefix("└") && bottom.hasSuffix("┘") && bottom.count == width
            && top + logs.count + 2 == height - 1 && screen.lines[height - 1].hasPrefix("? help")
    }
}
