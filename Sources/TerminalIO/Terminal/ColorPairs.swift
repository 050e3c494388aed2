import CNCursesW
import Dashboard

/// Curses colour pairs allocated on demand, one per (foreground, background) in use.
///
/// Pair 0 is the terminal's default colours. When the terminal runs out of pairs (64 under
/// `screen`), a style gets an existing pair with the same foreground, else pair 0: the text stays
/// readable and its glyph and word still carry the meaning.
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [PairKey(foreground: -1, background: -1): 0]
    private let limit: Int
    private let defaultColors: Bool

    struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// Pairs for a terminal with `colorPairs` pairs; `defaultColors` tells whether -1 (default) works.
    init(colorPairs: Int, defaultColors: Bool) {
        limit = min(colorPairs, Int(Int16.max))
        self.defaultColors = defaultColors
    }

    /// The pair for a foreground and background already downgraded to the terminal's depth.
    mutating func pair(foreground: Color, background: Color) -> Int16 {
        let key = PairKey(foreground: number(foreground, fallback: 7), background: number(background, fallback: 0))
        if let known = pairs[key] { return known }
        guard pairs.count < limit else {
            return pairs.first { $0.key.foreground == key.foreground }?.value ?? 0
        }
        let next = Int16(pairs.count)
        guard init_pair(next, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = next
        return next
    }

    private func number(_ color: Color, fallback: Int16) -> Int16 {
        switch color {
        case .default: return defaultColors ? -1 : fallback
        case .palette(let index): return Int16(index)
        case .rgb(let red, let green, let blue): return Int16(ColorPalette.nearestIndex256(red: red, green: green, blue: blue))
        }
    }
}
