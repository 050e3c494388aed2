import Dashboard
import Testing

@Suite struct GlyphSetTests {
    init() { TextLocale.prepare() }

    static func everyGlyph(_ set: GlyphSet) -> [String] {
        StatusMark.allCases.map { set.label(for: $0) }
            + SeverityMark.allCases.map { set.label(for: $0) }
            + TrendDirection.allCases.map { set.glyph(for: $0) }
            + set.sparkLevels.map { String($0) }
            + [set.gaugeFill, set.gaugeEmpty, set.box.topLeft, set.box.topRight, set.box.bottomLeft,
               set.box.bottomRight, set.box.horizontal, set.box.vertical, set.box.teeLeft, set.box.teeRight]
                .map { String($0) }
            + [set.ellipsis]
    }

    @Test(arguments: GlyphSet.all.map(\.name))
    func noVariationSelectors(name: String) {
        let set = GlyphSet.all.first { $0.name == name }!
        for glyph in Self.everyGlyph(set) {
            #expect(!glyph.unicodeScalars.contains { $0.value == 0xFE0F || $0.value == 0xFE0E }, "\(glyph)")
        }
    }

    @Test(arguments: GlyphSet.all.map(\.name))
    func everyStatusAndSeverityHasAGlyphAndAWord(name: String) {
        let set = GlyphSet.all.first { $0.name == name }!
        for status in StatusMark.allCases {
            #expect(set.label(for: status) == set.glyph(for: status) + " " + status.rawValue)
            #expect(!set.glyph(for: status).isEmpty)
        }
        for severity in SeverityMark.allCases {
            #expect(set.label(for: severity).hasSuffix(" " + severity.rawValue))
        }
        #expect(Set(StatusMark.allCases.map { set.glyph(for: $0) }).count == StatusMark.allCases.count)
    }

    @Test func asciiIsPlainASCII() {
        for glyph in Self.everyGlyph(.ascii) {
            #expect(glyph.unicodeScalars.allSatisfy { $0.isASCII }, "\(glyph)")
        }
        #expect(GlyphSet.ascii.label(for: .unhealthy) == "[DOWN] unhealthy")
    }

    @Test func unicodeSetIsAllSingleColumn() {
        for glyph in Self.everyGlyph(.unicode) {
            #expect(DisplayWidth.of(glyph) == glyph.count, "\(glyph)")
        }
        #expect(GlyphSet.unicode.label(for: .healthy) == "● healthy")
    }

    @Test func sparkLevelsCoverTheRange() {
        let set = GlyphSet.emoji
        #expect(set.sparkGlyph(for: 0) == "▁")
        #expect(set.sparkGlyph(for: 1) == "█")
        #expect(set.sparkGlyph(for: 0.5) == "▅")
        #expect(set.sparkGlyph(for: -3) == "▁")
        #expect(set.sparkGlyph(for: .nan) == "▁")
    }

    @Test func setFollowsTheLocale() {
        #expect(GlyphSet.forTerminal(isUTF8: false).name == "ascii")
        #expect(GlyphSet.forTerminal(isUTF8: true).name == "emoji")
        #expect(GlyphSet.forTerminal(isUTF8: true, allowEmoji: false).name == "unicode")
    }
}
