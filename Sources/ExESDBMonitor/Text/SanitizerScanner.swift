/// Splits UTF-8 text into runs, each with the action the sanitizer takes on it. Runs to keep are as
/// long as possible; every other run is one character or one whole escape sequence.
struct SanitizerScanner {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The next run, or nil at the end of the text.
    mutating func next() -> (length: Int, action: SanitizerAction)? {
        guard index < bytes.count else { return nil }
        let start = index
        skipKeptText()
        if index > start { return (index - start, .keep) }
        let action = consumeSpecial()
        return (index - start, action)
    }

    /// True when `scalar` (not ASCII) is one the sanitizer removes or replaces: C1 controls, bidi
    /// controls, zero-width characters, variation selectors 15 and 16, the byte order mark.
    @inline(__always)
    static func isSpecial(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x80...0x9F, 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069,
             0xFE0E, 0xFE0F, 0xFEFF:
            true
        default:
            false
        }
    }

    /// Steps over text to keep: printable ASCII eight bytes at a time, other characters one by one.
    private mutating func skipKeptText() {
        while index < bytes.count {
            if index + 8 <= bytes.count, ASCIIWord.isPrintable(ASCIIWord.load(bytes, at: index)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            if byte < 0x80 { return }
            let (scalar, length) = UTF8Sequence.decode(bytes, at: index)
            if length == 0 || Self.isSpecial(scalar) { return }
            index += length
        }
    }

    private mutating func consumeSpecial() -> SanitizerAction {
        let byte = bytes[index]
        switch byte {
        case 0x1B:
            return consumeEscapeSequence()
        case 0x09, 0x0A, 0x0D:
            index += 1
            return .space
        case 0..<0x80:
            index += 1
            return .replace
        default:
            break
        }
        let (scalar, length) = UTF8Sequence.decode(bytes, at: index)
        guard length > 0 else {
            index += 1
            return .replace
        }
        index += length
        switch scalar {
        case 0x9B:
            skipControlSequenceBody()
        case 0x9D:
            skipStringBody(endedByBell: true)
        case 0x90, 0x98, 0x9E, 0x9F:
            skipStringBody(endedByBell: false)
        case 0x80...0x9F:
            return .replace
        default:
            break
        }
        return .remove
    }

    /// At an ESC: removes the whole sequence it introduces, or replaces a lone ESC.
    private mutating func consumeEscapeSequence() -> SanitizerAction {
        let next = index + 1
        guard next < bytes.count else {
            index += 1
            return .replace
        }
        switch bytes[next] {
        case UInt8(ascii: "["):
            index = next + 1
            skipControlSequenceBody()
        case UInt8(ascii: "]"):
            index = next + 1
            skipStringBody(endedByBell: true)
        case UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            index = next + 1
            skipStringBody(endedByBell: false)
        case 0x20...0x2F:
            index = next
            while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
            if index < bytes.count, (0x30...0x7E).contains(bytes[index]) { index += 1 }
        case 0x30...0x7E:
            index = next + 1
        default:
            index += 1
            return .replace
        }
        return .remove
    }

    /// Parameter and intermediate bytes, then the final byte when there is one.
    private mutating func skipControlSequenceBody() {
        while index < bytes.count, (0x20...0x3F).contains(bytes[index]) { index += 1 }
        if index < bytes.count, (0x40...0x7E).contains(bytes[index]) { index += 1 }
    }

    /// The body of an OSC, DCS, SOS, PM or APC string, through its terminator: ST (`ESC \` or
    /// U+009C) or, for OSC, BEL. An ESC that does not start ST ends the body and is scanned anew;
    /// an unterminated string runs to the end of the text.
    private mutating func skipStringBody(endedByBell: Bool) {
        while index < bytes.count {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte == 0x07 && endedByBell {
                index += 1
                return
            }
            if byte == 0x1B {
                if next == UInt8(ascii: "\\") { index += 2 }
                return
            }
            if byte == 0xC2 && next == 0x9C {
                index += 2
                return
            }
            index += 1
        }
    }
}
