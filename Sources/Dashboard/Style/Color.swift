/// A foreground or background colour: the terminal's default, a palette index, or 24-bit RGB.
///
/// Indices 0–15 are the 16 named ANSI colours (`black` … `brightWhite`), 16–255 the xterm
/// 6×6×6 cube and grey ramp.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// An entry of the 256-colour palette.
    case palette(UInt8)
    /// A 24-bit colour.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    public static let black = Color.palette(0)
    public static let red = Color.palette(1)
    public static let green = Color.palette(2)
    public static let yellow = Color.palette(3)
    public static let blue = Color.palette(4)
    public static let magenta = Color.palette(5)
    public static let cyan = Color.palette(6)
    public static let white = Color.palette(7)
    public static let brightBlack = Color.palette(8)
    public static let brightRed = Color.palette(9)
    public static let brightGreen = Color.palette(10)
    public static let brightYellow = Color.palette(11)
    public static let brightBlue = Color.palette(12)
    public static let brightMagenta = Color.palette(13)
    public static let brightCyan = Color.palette(14)
    public static let brightWhite = Color.palette(15)

    /// The names accepted for the 16 ANSI colours, in palette order.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses `default`, a name (`red`, `bright-blue`, also `bright_blue`, `grey` for `bright-black`),
    /// a palette index `0`–`255`, or `#rrggbb`; nil for anything else.
    public init?(parsing text: String) {
        let name = String(text.lowercased().map { $0 == "_" ? "-" : $0 })
        if name == "default" {
            self = .default
        } else if let index = Color.names.firstIndex(of: name) {
            self = .palette(UInt8(index))
        } else if name == "grey" || name == "gray" {
            self = .brightBlack
        } else if let index = UInt8(name) {
            self = .palette(index)
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(red: UInt8(value >> 16), green: UInt8((value >> 8) & 0xFF), blue: UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// The nearest colour a terminal of `depth` can show (see `ColorPalette` for the RGB values used).
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _):
            return .default
        case (_, .monochrome):
            return .default
        case (_, .truecolor):
            return self
        case (.palette, .indexed256):
            return self
        case (.rgb(let red, let green, let blue), .indexed256):
            return .palette(ColorPalette.nearestIndex256(red: red, green: green, blue: blue))
        case (.palette(let index), .sixteen) where index < 16:
            return self
        case (.palette(let index), .eight) where index < 16:
            return .palette(index % 8)
        case (_, .sixteen):
            let (red, green, blue) = rgbValue
            return .palette(ColorPalette.nearest(red: red, green: green, blue: blue, among: 0..<16))
        case (_, .eight):
            let (red, green, blue) = rgbValue
            return .palette(ColorPalette.nearest(red: red, green: green, blue: blue, among: 0..<8))
        }
    }

    /// The RGB value this colour stands for (the xterm palette for indices; white for `default`).
    public var rgbValue: (red: UInt8, green: UInt8, blue: UInt8) {
        switch self {
        case .default: return (0xE5, 0xE5, 0xE5)
        case .palette(let index): return ColorPalette.rgb(of: index)
        case .rgb(let red, let green, let blue): return (red, green, blue)
        }
    }
}
