/// ANSI SGR sequences (`ESC[…m`) for styles that have already been downgraded to a terminal's depth.
public enum SelectGraphicRendition {
    /// `ESC[0m`: back to the terminal's defaults.
    public static let reset = "\u{1B}[0m"

    /// `ESC[0;…m` setting exactly the style's attributes and colours.
    public static func sequence(for style: Style) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if let code = colorCode(style.foreground, base: 30, brightBase: 90, extended: 38) { codes.append(code) }
        if let code = colorCode(style.background, base: 40, brightBase: 100, extended: 48) { codes.append(code) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func colorCode(_ color: Color, base: Int, brightBase: Int, extended: Int) -> String? {
        switch color {
        case .default:
            return nil
        case .palette(let index) where index < 8:
            return String(base + Int(index))
        case .palette(let index) where index < 16:
            return String(brightBase + Int(index) - 8)
        case .palette(let index):
            return "\(extended);5;\(index)"
        case .rgb(let red, let green, let blue):
            return "\(extended);2;\(red);\(green);\(blue)"
        }
    }
}
