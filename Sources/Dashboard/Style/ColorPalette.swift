/// The RGB values behind palette indices, and nearest-colour search.
///
/// The palette is xterm's default: 16 ANSI colours (`#000000 #cd0000 #00cd00 #cdcd00 #0000ee
/// #cd00cd #00cdcd #e5e5e5 #7f7f7f #ff0000 #00ff00 #ffff00 #5c5cff #ff00ff #00ffff #ffffff`),
/// the 6×6×6 cube with levels `0 95 135 175 215 255` (16–231) and the grey ramp `8 + 10·n`
/// (232–255). "Nearest" is the smallest squared Euclidean distance in RGB, ties to the lower index;
/// a grey (channels within 24 of each other) only goes to a grey, so 8 and 16 colours never turn
/// grey borders yellow.
public enum ColorPalette {
    static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a palette index.
    public static func rgb(of index: UInt8) -> (red: UInt8, green: UInt8, blue: UInt8) {
        switch index {
        case 0..<16:
            return ansi[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest index among `candidates` to an RGB value.
    public static func nearest(red: UInt8, green: UInt8, blue: UInt8, among candidates: Range<Int>) -> UInt8 {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        let isGrey = max(red, green, blue) - min(red, green, blue) <= 24
        for index in candidates where !isGrey || isGreyIndex(index) {
            let distance = squaredDistance((red, green, blue), rgb(of: UInt8(index)))
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    /// The nearest index of the cube or grey ramp (16–255) to an RGB value; the first 16 are skipped
    /// because terminals redefine them.
    public static func nearestIndex256(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
        nearest(red: red, green: green, blue: blue, among: 16..<256)
    }

    static func isGreyIndex(_ index: Int) -> Bool {
        let (red, green, blue) = rgb(of: UInt8(index))
        return red == green && green == blue
    }

    static func squaredDistance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let red = Int(a.0) - Int(b.0)
        let green = Int(a.1) - Int(b.1)
        let blue = Int(a.2) - Int(b.2)
        return red * red + green * green + blue * blue
    }
}
