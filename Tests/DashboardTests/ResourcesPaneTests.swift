import Dashboard
import ExESDBMonitor
import Testing

@Suite struct ResourcesPaneTests {
    init() { TextLocale.prepare() }

    @Test func gaugesShowPercentagesColouredByLevel() {
        let theme = ThemeCatalog.defaultTheme
        let screen = Fixture.render(Fixture.model(), width: 200, height: 60)
        let text = screen.plainLines().joined(separator: "\n")
        #expect(text.contains(" cpu █████████░░░░░░░░░░  49%"))
        #expect(text.contains("rx 1.50MiB/s  tx 2.00KiB/s"))
        let full = Fixture.find(" 95%", in: screen)
        #expect(full != nil)
        if let full { #expect(screen.style(x: full.x + 1, y: full.y) == theme.style(.critical)) }
        let calm = Fixture.find(" 49%", in: screen)
        if let calm { #expect(screen.style(x: calm.x + 1, y: calm.y) == theme.style(.sparkLow)) }
    }

    @Test func asciiGaugesUseAsciiFill() {
        let text = Fixture.render(Fixture.model(), width: 200, height: 60, glyphs: .ascii).plainLines().joined(separator: "\n")
        #expect(text.contains(" cpu #########..........  49%"))
    }

    @Test func cpuHistoryDrawsASparkline() {
        let line = Fixture.render(Fixture.model(), width: 200, height: 60).plainLines().first { $0.contains(" cpu █") } ?? ""
        let sparkGlyphs = line.unicodeScalars.filter { "▁▂▃▄▅▆▇".unicodeScalars.contains($0) }
        #expect(sparkGlyphs.count >= 20)
    }

    @Test func narrowPaneShowsCompactPercentages() {
        let text = Fixture.render(Fixture.model(), width: 80, height: 24).plainLines().joined(separator: "\n")
        #expect(text.contains("c 49% m 68% d 95%"))
        #expect(text.contains("c 55% m   - d   -"))
    }
}
