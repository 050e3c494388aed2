/// Decoding of one UTF-8 sequence under the strict rules of RFC 3629: no overlong forms, no
/// encoded surrogates, nothing above U+10FFFF, no truncated sequences.
enum UTF8Sequence {
    /// The scalar encoded at `index` and the number of bytes it takes; a length of 0 means
    /// the bytes there are not valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafeRawBufferPointer, at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let remaining = bytes.count - index
        switch lead {
        case 0xC2...0xDF:
            guard remaining >= 2, isContinuation(bytes[index + 1]) else { return (0, 0) }
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        case 0xE0...0xEF:
            guard remaining >= 3 else { return (0, 0) }
            let second = bytes[index + 1], third = bytes[index + 2]
            let secondRange: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            guard secondRange.contains(second), isContinuation(third) else { return (0, 0) }
            return (UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F), 3)
        case 0xF0...0xF4:
            guard remaining >= 4 else { return (0, 0) }
            let second = bytes[index + 1], third = bytes[index + 2], fourth = bytes[index + 3]
            let secondRange: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            guard secondRange.contains(second), isContinuation(third), isContinuation(fourth) else { return (0, 0) }
            let value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12
                | UInt32(third & 0x3F) << 6 | UInt32(fourth & 0x3F)
            return (value, 4)
        default:
            return (0, 0)
        }
    }

    /// Appends `scalar` (a valid Unicode scalar value) to `destination` as UTF-8.
    @inline(__always)
    static func encode(_ scalar: UInt32, into destination: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            destination.append(UInt8(scalar))
        case 0x80..<0x800:
            destination.append(UInt8(0xC0 | scalar >> 6))
            destination.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            destination.append(UInt8(0xE0 | scalar >> 12))
            destination.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            destination.append(UInt8(0x80 | scalar & 0x3F))
        default:
            destination.append(UInt8(0xF0 | scalar >> 18))
            destination.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            destination.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            destination.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
