import ArgumentParser
import Dashboard

/// The glyph sets `--glyphs` can name.
enum GlyphChoice: String, ExpressibleByArgument, CaseIterable {
    case emoji, unicode, ascii

    var glyphSet: GlyphSet {
        switch self {
        case .emoji: return .emoji
        case .unicode: return .unicode
        case .ascii: return .ascii
        }
    }
}
