import Dashboard
import Testing

@Suite struct ScreenRenderingTests {
    init() { TextLocale.prepare() }

    @Test func plainLinesHaveNoEscapes() {
        var screen = Screen(width: 8, height: 2)
        screen.put("ok", x: 0, y: 0, style: Style(foreground: .green, attributes: .bold))
        screen.put("🩺 x", x: 2, y: 1, style: Style(background: .blue))
        #expect(screen.plainLines() == ["ok", "  🩺 x"])
    }

    @Test func ansiTextEmitsSGRForStyleChanges() {
        var screen = Screen(width: 8, height: 2)
        screen.put("ok", x: 0, y: 0, style: Style(foreground: .green, attributes: .bold))
        screen.put(" x", x: 2, y: 0, style: .plain)
        screen.put("ab", x: 1, y: 1, style: Style(foreground: .palette(214), background: .brightBlue, attributes: [.reverse, .underline]))
        let expected = "\u{1B}[0;1;32mok\u{1B}[0m x\n"
            + " \u{1B}[0;4;7;38;5;214;104mab\u{1B}[0m\n"
        #expect(screen.ansiText(depth: .indexed256) == expected)
    }

    @Test func ansiTextDowngradesToTheDepth() {
        var screen = Screen(width: 3, height: 1)
        screen.put("w", x: 0, y: 0, style: Style(foreground: .rgb(red: 255, green: 135, blue: 0)))
        #expect(screen.ansiText(depth: .truecolor) == "\u{1B}[0;38;2;255;135;0mw\u{1B}[0m\n")
        #expect(screen.ansiText(depth: .indexed256) == "\u{1B}[0;38;5;208mw\u{1B}[0m\n")
        #expect(screen.ansiText(depth: .eight) == "\u{1B}[0;33mw\u{1B}[0m\n")
        #expect(screen.ansiText(depth: .monochrome) == "w\n")
    }

    @Test func ansiTextKeepsStyledTrailingBlanks() {
        var screen = Screen(width: 4, height: 1)
        screen.fill(x: 2, y: 0, width: 2, height: 1, style: Style(attributes: .reverse))
        #expect(screen.ansiText(depth: .sixteen) == "  \u{1B}[0;7m  \u{1B}[0m\n")
    }

    @Test func wideGlyphIsWrittenOnce() {
        var screen = Screen(width: 4, height: 1)
        screen.put("界a", x: 0, y: 0, style: Style(foreground: .red))
        #expect(screen.ansiText(depth: .sixteen) == "\u{1B}[0;31m界a\u{1B}[0m\n")
    }

    @Test func fullFrameRendersQuickly() {
        var screen = Screen(width: 200, height: 60)
        let styles = [Style(foreground: .green), Style(foreground: .red, attributes: .bold), .plain]
        let row = String(repeating: "node-1 ● healthy 12.5 ms ▁▂▃▅▇ ", count: 7)
        let clock = ContinuousClock()
        var frames = 0
        let elapsed = clock.measure {
            for frame in 0..<50 {
                screen.clear()
                for y in 0..<60 {
                    screen.put(row, x: 0, y: y, style: styles[(y + frame) % 3])
                }
                frames += 1
            }
        }
        #expect(screen.plainLines()[59].hasPrefix("node-1 ● healthy"))
        #expect(elapsed / frames < .milliseconds(20), "debug builds are slow; release is measured separately")
    }
}
