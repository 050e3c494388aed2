import Testing
@testable import ExESDBMonitor

/// What remote text looks like once made safe to draw.
@Suite struct TextSanitizerTests {
    // MARK: Escape sequences are removed whole

    @Test func oscClipboardWriteIsRemoved() {
        #expect(TextSanitizer.clean("before\u{1B}]52;c;cm0gLXJmIH4=\u{07}after") == "beforeafter")
        #expect(TextSanitizer.clean("\u{1B}]52;c;cm0gLXJmIH4=\u{1B}\\after") == "after")
    }

    @Test func oscWindowTitleIsRemoved() {
        #expect(TextSanitizer.clean("\u{1B}]0;you have been pwned\u{07}node1 up") == "node1 up")
        #expect(TextSanitizer.clean("\u{1B}]2;title\u{1B}\\node1 up") == "node1 up")
    }

    @Test func eraseScreenIsRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[2Jcleared") == "cleared")
    }

    @Test func cursorHomeAndPositionAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[Hhome \u{1B}[10;20Hthere") == "home there")
    }

    @Test func cursorMovesAreRemoved() {
        #expect(TextSanitizer.clean("a\u{1B}[5Ab\u{1B}[3Bc\u{1B}[2Cd\u{1B}[1De") == "abcde")
    }

    @Test func privateModesAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[?1049h\u{1B}[?25lhidden cursor") == "hidden cursor")
    }

    @Test func sgrColoursAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}[31merror\u{1B}[0m") == "error")
        #expect(TextSanitizer.clean("\u{1B}[38;5;196mred\u{1B}[38;2;255;0;0m true\u{1B}[m") == "red true")
    }

    @Test func colouredElixirLoggerLineReadsCleanly() {
        let line = "\u{1B}[22m13:45:01.123 [info] \u{1B}[36mStore reg_gh started\u{1B}[0m"
        #expect(TextSanitizer.clean(line) == "13:45:01.123 [info] Store reg_gh started")
    }

    @Test func dcsIsRemoved() {
        #expect(TextSanitizer.clean("\u{1B}Pq#0;2;0;0;0#0~~@@\u{1B}\\after") == "after")
    }

    @Test func apcIsRemoved() {
        #expect(TextSanitizer.clean("\u{1B}_Ga=T,f=100;AAAA\u{1B}\\after") == "after")
    }

    @Test func sosAndPmAreRemoved() {
        #expect(TextSanitizer.clean("a\u{1B}Xsos body\u{1B}\\b\u{1B}^pm body\u{1B}\\c") == "abc")
    }

    @Test func eightBitCsiIsRemoved() {
        #expect(TextSanitizer.clean("\u{9B}31mred\u{9B}0m") == "red")
    }

    @Test func eightBitOscAndDcsAreRemoved() {
        #expect(TextSanitizer.clean("\u{9D}0;title\u{07}a\u{9D}2;t\u{9C}b\u{90}q#0\u{9C}c") == "abc")
    }

    @Test func twoAndThreeByteEscapesAreRemoved() {
        #expect(TextSanitizer.clean("\u{1B}7saved\u{1B}8\u{1B}c") == "saved")
        #expect(TextSanitizer.clean("\u{1B}(0lqk\u{1B}(B") == "lqk")
    }

    @Test func unterminatedSequencesAreRemovedToTheEnd() {
        #expect(TextSanitizer.clean("abc\u{1B}[31") == "abc")
        #expect(TextSanitizer.clean("abc\u{1B}]0;title without end") == "abc")
    }

    @Test func escFollowedByANewSequenceEndsTheString() {
        #expect(TextSanitizer.clean("\u{1B}]0;title\u{1B}[31mred") == "red")
    }

    @Test func loneEscIsShownAsReplacement() {
        #expect(TextSanitizer.clean("a\u{1B}") == "a\u{FFFD}")
        #expect(TextSanitizer.clean("a\u{1B}\nb") == "a\u{FFFD} b")
    }

    // MARK: Controls

    @Test func tabLineFeedAndCarriageReturnBecomeSpaces() {
        #expect(TextSanitizer.clean("a\tb\nc\r\nd") == "a b c  d")
    }

    @Test func delIsShownAsReplacement() {
        #expect(TextSanitizer.clean("a\u{7F}b") == "a\u{FFFD}b")
    }

    @Test func nulIsShownAsReplacement() {
        #expect(TextSanitizer.clean("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test func bellIsShownAsReplacement() {
        #expect(TextSanitizer.clean("ding\u{07}") == "ding\u{FFFD}")
    }

    @Test func otherC0AndC1ControlsAreShownAsReplacement() {
        #expect(TextSanitizer.clean("\u{08}\u{0C}\u{1F}x\u{85}\u{9C}") == "\u{FFFD}\u{FFFD}\u{FFFD}x\u{FFFD}\u{FFFD}")
    }

    // MARK: Invisible characters are removed

    @Test(arguments: [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069])
    func bidiControlIsRemoved(_ scalar: UInt32) {
        let control = Character(Unicode.Scalar(scalar)!)
        #expect(TextSanitizer.clean("alert_\(control)12345.exe") == "alert_12345.exe")
    }

    @Test(arguments: [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
    func zeroWidthCharacterIsRemoved(_ scalar: UInt32) {
        let character = Character(Unicode.Scalar(scalar)!)
        #expect(TextSanitizer.clean("no\(character)de1") == "node1")
    }

    @Test func zeroWidthJoinerInsideEmojiIsRemoved() {
        #expect(TextSanitizer.clean("👨\u{200D}👩") == "👨👩")
    }

    @Test func variationSelectorsAfterWarningAndInformationAreRemoved() {
        #expect(TextSanitizer.clean("⚠\u{FE0F} disk") == "⚠ disk")
        #expect(TextSanitizer.clean("ℹ\u{FE0F} note") == "ℹ note")
        #expect(TextSanitizer.clean("⚠\u{FE0E}") == "⚠")
    }

    // MARK: Safe text is untouched

    @Test(arguments: ["🩺 💀 ❌ 📡 📤 📈 🏥 🚨", "┌─┐ │ └─┘ ╔═╗ ║ ╚═╝", "★ ● ▲ ✖ ▁▂▃▄▅▆▇█", "日本語のログ 集群健康", "café naïve Ωμέγα"])
    func safeTextIsUnchanged(_ text: String) {
        #expect(TextSanitizer.clean(text) == text)
    }

    @Test func plainAsciiComesBackWithoutCopying() {
        let text = String(repeating: "node1@demo healthy; ", count: 10)
        let cleaned = TextSanitizer.clean(text)
        let original = text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        let returned = cleaned.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
        #expect(cleaned == text)
        #expect(original != nil && original == returned)
    }

    // MARK: Bytes

    @Test func bytesAreDecodedAndCleaned() {
        let bytes: [UInt8] = Array("\u{1B}[1mbold\u{1B}[0m 🩺".utf8)
        #expect(bytes.withUnsafeBytes { TextSanitizer.clean(utf8: $0) } == "bold 🩺")
    }

    @Test func invalidBytesBecomeReplacement() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        #expect(bytes.withUnsafeBytes { TextSanitizer.clean(utf8: $0) } == "a\u{FFFD}b\u{FFFD}")
    }

    @Test(arguments: [
        "plain ascii that is longer than eight bytes", "🩺 💀 ┌─┐ 日本語", "", "\u{10FFFF}", "\u{1B}[31m controls are valid UTF-8",
    ])
    func validUTF8IsAccepted(_ text: String) {
        #expect(Array(text.utf8).withUnsafeBytes { TextSanitizer.isValidUTF8($0) })
    }

    @Test(arguments: [
        [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF], [0x80], [0xBF, 0x41], [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF], [0xF0, 0x9F, 0xA9], [0xE2, 0x94], [0xF4, 0x90, 0x80, 0x80], [0xFE], [0xFF], [0xC2, 0x41],
        Array("a long ascii prefix before the bad byte".utf8) + [0xC3],
    ] as [[UInt8]])
    func invalidUTF8IsRejected(_ bytes: [UInt8]) {
        #expect(!bytes.withUnsafeBytes { TextSanitizer.isValidUTF8($0) })
    }
}
