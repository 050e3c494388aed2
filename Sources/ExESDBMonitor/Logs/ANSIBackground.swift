/// The colour family of a raw line from its ANSI background, for lines whose words name none. ExESDB's themes
/// (BCUtils.ColorFuncs, `ESC[38;5;FG;48;5;BGm`) paint the message: white on blue (4) or green (2) for success,
/// red (1) for failure, amber (214) for action, cyan (6) for health. The pid tag in front has colours of its
/// own, so the background that counts is the one under the line's last visible character.
enum ANSIBackground {
    /// The family of the background under the last visible character, or nil when it is none of the above.
    static func family(in line: UnsafeRawBufferPointer) -> LogFamily? {
        switch backgroundOfLastVisibleCharacter(line) {
        case 4, 2: return .success
        case 1: return .failure
        case 214: return .action
        case 6: return .health
        default: return nil
        }
    }

    /// The palette index of the background in effect at the last non-blank character, following SGR sequences
    /// (`0` and `49` reset it, `40`–`47` and `100`–`107` set the basic colours, `48;5;N` a palette colour).
    static func backgroundOfLastVisibleCharacter(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var current: Int?
        var atLastVisible: Int?
        var index = 0
        while index < bytes.count {
            let runEnd = nextEscape(in: bytes, from: index)
            if hasVisibleByte(bytes, index..<runEnd) { atLastVisible = current }
            guard runEnd < bytes.count else { break }
            index = skipEscape(bytes, from: runEnd, background: &current)
        }
        return atLastVisible
    }

    /// Where the next ESC is at or after `start`, or the end; eight bytes are looked at in one step.
    private static func nextEscape(in bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        while index + 8 <= bytes.count {
            if let offset = ASCIIWord.firstOffset(of: 0x1B, in: ASCIIWord.load(bytes, at: index)) { return index + offset }
            index += 8
        }
        while index < bytes.count, bytes[index] != 0x1B { index += 1 }
        return index
    }

    /// Whether `range` (text between escapes, under one background) holds a non-blank byte; looked for from the
    /// end, where text usually is.
    private static func hasVisibleByte(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if bytes[index] > 0x20 { return true }
        }
        return false
    }

    /// Skips the escape sequence at `start`, applying it to `background` when it is an SGR (`ESC [ … m`).
    private static func skipEscape(_ bytes: UnsafeRawBufferPointer, from start: Int, background: inout Int?) -> Int {
        guard start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "[") else { return start + 2 }
        var end = start + 2
        while end < bytes.count, !(0x40...0x7E).contains(bytes[end]) { end += 1 }
        guard end < bytes.count else { return end }
        if bytes[end] == UInt8(ascii: "m") {
            applyParameters(bytes, (start + 2)..<end, to: &background)
        }
        return end + 1
    }

    /// Applies the `;`-separated numbers of one SGR sequence, read into memory on the stack (a line holds
    /// several sequences; no heap is used for them).
    private static func applyParameters(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, to background: inout Int?) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count + 1) { values in
            var count = 0
            var value = 0
            for index in range {
                let byte = bytes[index]
                if byte >= 0x30, byte <= 0x39 {
                    value = min(value * 10 + Int(byte - 0x30), 9_999)
                } else {
                    values[count] = value
                    count += 1
                    value = 0
                }
            }
            values[count] = value
            count += 1
            apply(UnsafeBufferPointer(rebasing: values[..<count]), to: &background)
        }
    }

    private static func apply(_ parameters: UnsafeBufferPointer<Int>, to background: inout Int?) {
        var index = 0
        while index < parameters.count {
            let parameter = parameters[index]
            switch parameter {
            case 0, 49: background = nil
            case 40...47: background = parameter - 40
            case 100...107: background = parameter - 100 + 8
            case 38, 48:
                let isBackground = parameter == 48
                if index + 2 < parameters.count, parameters[index + 1] == 5 {
                    if isBackground { background = parameters[index + 2] }
                    index += 2
                } else if index + 1 < parameters.count, parameters[index + 1] == 2 {
                    if isBackground { background = -1 }
                    index += 4
                }
            default: break
            }
            index += 1
        }
    }
}
