import Dashboard
import Testing

@Suite struct DisplayWidthTests {
    init() { TextLocale.prepare() }

    @Test(arguments: [
        ("a", 1), ("★", 1), ("⚠", 1), ("ℹ", 1), ("▁", 1), ("─", 1),
        ("🩺", 2), ("💀", 2), ("🚨", 2), ("界", 2), ("한", 2),
    ])
    func singleCharacters(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
    }

    @Test func controlCharactersCountAsZero() {
        #expect(DisplayWidth.of("\u{7}a\u{1B}") == 1)
    }

    @Test func mixedLine() {
        #expect(DisplayWidth.of("🩺 SUBSCRIBED 界") == 2 + 1 + 10 + 1 + 2)
    }

    @Test func prefixStopsBeforeAWideGlyphThatDoesNotFit() {
        let cut = DisplayWidth.prefix(of: "ab界c", fitting: 3)
        #expect(cut.text == "ab")
        #expect(cut.width == 2)
    }

    @Test func truncationAddsTheEllipsisWithinTheWidth() {
        #expect(DisplayWidth.truncated("healthy", to: 10, ellipsis: "…") == "healthy")
        #expect(DisplayWidth.truncated("unhealthy", to: 5, ellipsis: "…") == "unhe…")
        #expect(DisplayWidth.truncated("界界界", to: 4, ellipsis: "…") == "界…")
        #expect(DisplayWidth.truncated("abc", to: 0, ellipsis: "…") == "")
        #expect(DisplayWidth.truncated("abcdef", to: 3, ellipsis: "~") == "ab~")
    }
}
