import Dashboard
import Testing

@Suite struct ScreenTests {
    init() { TextLocale.prepare() }

    @Test func putWritesAndReportsColumns() {
        var screen = Screen(width: 10, height: 2)
        let used = screen.put("abc", x: 1, y: 0, style: .plain)
        #expect(used == 3)
        #expect(screen.plainLines() == [" abc", ""])
    }

    @Test func putClipsAtTheRightEdge() {
        var screen = Screen(width: 5, height: 1)
        #expect(screen.put("abcdefgh", x: 2, y: 0, style: .plain) == 3)
        #expect(screen.plainLines() == ["  abc"])
    }

    @Test func putClipsAtMaxWidth() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("abcdef", x: 0, y: 0, style: .plain, maxWidth: 4) == 4)
        #expect(screen.plainLines() == ["abcd"])
    }

    @Test func wideGlyphTakesTwoCells() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("🩺x", x: 0, y: 0, style: .plain) == 3)
        #expect(screen.cell(x: 0, y: 0).kind == .wide)
        #expect(screen.cell(x: 1, y: 0).kind == .continuation)
        #expect(screen.glyph(x: 0, y: 0) == "🩺")
        #expect(screen.glyph(x: 1, y: 0) == "")
        #expect(screen.glyph(x: 2, y: 0) == "x")
        #expect(screen.plainLines() == ["🩺x"])
    }

    @Test func wideGlyphInTheLastColumnBecomesASpace() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("abc界", x: 0, y: 0, style: .plain) == 4)
        #expect(screen.cell(x: 3, y: 0).kind == .narrow)
        #expect(screen.glyph(x: 3, y: 0) == " ")
        #expect(screen.plainLines() == ["abc"])
    }

    @Test func wideGlyphCutByMaxWidthBecomesASpace() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("a界b", x: 0, y: 0, style: .plain, maxWidth: 2) == 2)
        #expect(screen.put("|", x: 2, y: 0, style: .plain) == 1)
        #expect(screen.plainLines() == ["a |"])
    }

    @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put("界界", x: 0, y: 0, style: .plain)
        screen.put("x", x: 1, y: 0, style: .plain)
        #expect(screen.plainLines() == [" x界"])
        screen.put("y", x: 2, y: 0, style: .plain)
        #expect(screen.plainLines() == [" xy"])
        #expect(screen.cell(x: 3, y: 0).kind == .narrow)
    }

    @Test func combiningMarksStayWithTheirGlyph() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("e\u{301}x", x: 0, y: 0, style: .plain) == 2)
        #expect(screen.glyph(x: 0, y: 0) == "e\u{301}")
        #expect(screen.plainLines() == ["e\u{301}x"])
    }

    @Test func variationSelectorsAndControlsAreDropped() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("⚠\u{FE0F}\u{7}!", x: 0, y: 0, style: .plain) == 2)
        #expect(screen.plainLines() == ["⚠!"])
        #expect(!screen.plainLines()[0].unicodeScalars.contains("\u{FE0F}"))
    }

    @Test func putOutsideTheScreenWritesNothing() {
        var screen = Screen(width: 3, height: 1)
        #expect(screen.put("abc", x: 0, y: 1, style: .plain) == 0)
        #expect(screen.put("abc", x: 3, y: 0, style: .plain) == 0)
        #expect(screen.put("abc", x: -1, y: 0, style: .plain) == 2)
        #expect(screen.plainLines() == ["bc"])
    }

    @Test func fillIsClippedToTheScreen() {
        var screen = Screen(width: 4, height: 2)
        screen.fill(x: 2, y: 1, width: 10, height: 10, with: "#", style: .plain)
        #expect(screen.plainLines() == ["", "  ##"])
    }

    @Test func unicodeBox() {
        var screen = Screen(width: 5, height: 3)
        screen.box(x: 0, y: 0, width: 5, height: 3, style: .plain, glyphs: .unicode)
        #expect(screen.plainLines() == ["┌───┐", "│   │", "└───┘"])
    }

    @Test func asciiBox() {
        var screen = Screen(width: 4, height: 3)
        screen.box(x: 0, y: 0, width: 4, height: 3, style: .plain, glyphs: .ascii)
        #expect(screen.plainLines() == ["+--+", "|  |", "+--+"])
    }

    @Test func stylesAreKeptPerCell() {
        var screen = Screen(width: 4, height: 1)
        let red = Style(foreground: .red)
        screen.put("ab", x: 0, y: 0, style: red)
        #expect(screen.style(x: 1, y: 0) == red)
        #expect(screen.style(x: 2, y: 0) == .plain)
    }

    @Test func clearBlanksInAStyle() {
        var screen = Screen(width: 3, height: 1)
        screen.put("abc", x: 0, y: 0, style: .plain)
        let blue = Style(background: .blue)
        screen.clear(style: blue)
        #expect(screen.plainLines() == [""])
        #expect(screen.style(x: 2, y: 0) == blue)
    }

    @Test func sameCellComparesGlyphAndStyleAcrossScreens() {
        var first = Screen(width: 3, height: 1)
        var second = Screen(width: 3, height: 1)
        first.put("ab", x: 0, y: 0, style: Style(foreground: .green))
        second.put("x", x: 0, y: 0, style: Style(foreground: .red))
        second.put("ab", x: 0, y: 0, style: Style(foreground: .green))
        #expect(first.isSame(x: 0, y: 0, as: second))
        #expect(first.isSame(x: 1, y: 0, as: second))
        second.put("b", x: 1, y: 0, style: Style(foreground: .red))
        #expect(!first.isSame(x: 1, y: 0, as: second))
    }
}

@Suite struct ScreenChangeTests {
    init() { TextLocale.prepare() }

    static func changes(_ screen: Screen, since previous: Screen?) -> [String] {
        var found: [String] = []
        screen.forEachChangedCell(since: previous) { x, y in found.append("\(x),\(y)") }
        return found
    }

    @Test func everyCellChangesWithoutAPreviousFrame() {
        let screen = Screen(width: 2, height: 2)
        #expect(Self.changes(screen, since: nil) == ["0,0", "1,0", "0,1", "1,1"])
        #expect(Self.changes(screen, since: Screen(width: 3, height: 2)).count == 4)
    }

    @Test func onlyDifferingCellsAreReported() {
        var previous = Screen(width: 6, height: 2)
        previous.put("abc", x: 0, y: 0, style: Style(foreground: .red))
        var screen = previous
        #expect(Self.changes(screen, since: previous).isEmpty)
        screen.put("b", x: 1, y: 0, style: Style(foreground: .blue))
        screen.put("界", x: 2, y: 1, style: .plain)
        #expect(Self.changes(screen, since: previous) == ["1,0", "2,1", "3,1"])
    }

    @Test func stylesAreComparedByValueAcrossTables() {
        var previous = Screen(width: 3, height: 1)
        previous.put("x", x: 2, y: 0, style: Style(foreground: .green))
        previous.put("ab", x: 0, y: 0, style: Style(attributes: .bold))
        var screen = Screen(width: 3, height: 1)
        screen.put("ab", x: 0, y: 0, style: Style(attributes: .bold))
        screen.put("x", x: 2, y: 0, style: Style(foreground: .green, attributes: .underline))
        #expect(Self.changes(screen, since: previous) == ["2,0"])
    }

    @Test func combiningMarksCount() {
        var previous = Screen(width: 2, height: 1)
        previous.put("e\u{301}", x: 0, y: 0, style: .plain)
        var screen = Screen(width: 2, height: 1)
        screen.put("e\u{300}", x: 0, y: 0, style: .plain)
        #expect(Self.changes(screen, since: previous) == ["0,0"])
        #expect(screen.isSame(x: 1, y: 0, as: previous))
    }
}
