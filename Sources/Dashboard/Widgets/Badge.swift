import ExESDBMonitor

/// A glyph, a word and the theme role that colours them: how every status and severity is drawn, so
/// meaning never rests on colour alone.
struct Badge {
    var glyph: String
    var word: String
    var role: ThemeRole

    init(glyph: String, word: String, role: ThemeRole) {
        self.glyph = glyph
        self.word = word
        self.role = role
    }

    /// `glyph word`, e.g. `▲ degraded` or `[DEG] degraded`.
    var text: String { glyph + " " + word }

    /// The badge of a status mark.
    init(_ mark: StatusMark, glyphs: GlyphSet) {
        glyph = glyphs.glyph(for: mark)
        word = mark.word
        role = Self.role(of: mark)
    }

    /// The badge of a severity mark.
    init(_ mark: SeverityMark, glyphs: GlyphSet) {
        glyph = glyphs.glyph(for: mark)
        word = mark.word
        role = mark == .warning ? .warning : (mark == .info ? .info : .critical)
    }

    /// A health status; stale wins over what was reported, and unknown values show with the stale
    /// glyph and their own word, never as healthy.
    init(_ status: HealthStatus, isStale: Bool, glyphs: GlyphSet) {
        if isStale {
            self.init(StatusMark.stale, glyphs: glyphs)
            return
        }
        switch status {
        case .healthy: self.init(StatusMark.healthy, glyphs: glyphs)
        case .degraded: self.init(StatusMark.degraded, glyphs: glyphs)
        case .unhealthy: self.init(StatusMark.unhealthy, glyphs: glyphs)
        case .unknown, .other:
            self.init(glyph: glyphs.glyph(for: StatusMark.stale), word: status == .unknown ? "unknown" : status.wireText,
                      role: .stale)
        }
    }

    /// The badge of an alert or analysis severity.
    init(_ severity: Severity, glyphs: GlyphSet) {
        self.init(Self.mark(of: severity), glyphs: glyphs)
        word = severity.wireText
    }

    /// The severity mark that draws a severity: error and high as error, medium as warning, low and
    /// unknown values as info.
    static func mark(of severity: Severity) -> SeverityMark {
        switch severity {
        case .critical: return .critical
        case .error, .high: return .error
        case .warning, .medium: return .warning
        case .info, .low, .other: return .info
        }
    }

    /// The theme role of a status mark.
    static func role(of mark: StatusMark) -> ThemeRole {
        switch mark {
        case .healthy: return .healthy
        case .degraded: return .degraded
        case .unhealthy: return .unhealthy
        case .stale: return .stale
        }
    }
}
