extension Timestamp {
    /// ISO-8601 in UTC with milliseconds, e.g. `2026-11-26T13:45:01.123Z`, as the protocol writes timestamps.
    public var iso8601Text: String {
        let milliseconds = seconds.isFinite ? min(max((seconds * 1000).rounded(.down), -Self.textRange), Self.textRange) : 0
        return Self.iso8601Text(epochMilliseconds: Int64(milliseconds))
    }

    /// The widest epoch milliseconds written as text (about 275,000 years either side); further times are clamped.
    static let textRange = 8.64e15

    /// ISO-8601 in UTC with milliseconds of a time given in whole epoch milliseconds (no rounding on the way).
    public static func iso8601Text(epochMilliseconds milliseconds: Int64) -> String {
        let days = Int(milliseconds.quotientRoundingDown(86_400_000))
        let inDay = Int(milliseconds - Int64(days) * 86_400_000)
        let (year, month, day) = civil(fromDays: days)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(inDay / 3_600_000, 2)):"
            + "\(pad(inDay / 60_000 % 60, 2)):\(pad(inDay / 1000 % 60, 2)).\(pad(inDay % 1000, 3))Z"
    }

    /// Reads the form the protocol writes, `YYYY-MM-DDTHH:MM:SS.mmmZ` exactly, to the very value `parseISO8601` gives
    /// it, without its general scanning: the 24 bytes are checked and taken apart as three 64-bit words. Nil for any
    /// other text, which `parseISO8601` then reads.
    static func parseProtocolISO8601(bytes: UnsafeRawBufferPointer) -> Double? {
        guard bytes.count == 24 else { return nil }
        let words = (ASCIIWord.load(bytes, at: 0), ASCIIWord.load(bytes, at: 8), ASCIIWord.load(bytes, at: 16))
        // The separators of "YYYY-MM-", "DDTHH:MM" and ":SS.mmmZ" (first byte lowest), and the bytes they take.
        guard matches(words.0, separators: 0x2D00_002D_0000_0000, at: 0xFF00_00FF_0000_0000),
              matches(words.1, separators: 0x0000_3A00_0054_0000, at: 0x0000_FF00_00FF_0000),
              matches(words.2, separators: 0x5A00_0000_2E00_003A, at: 0xFF00_0000_FF00_00FF)
        else { return nil }
        let digits = (words.0 ^ zeros, words.1 ^ zeros, words.2 ^ zeros)
        func digit(_ word: UInt64, _ position: Int) -> Int { Int(truncatingIfNeeded: word >> (8 * position) & 0xFF) }
        let year = digit(digits.0, 0) * 1000 + digit(digits.0, 1) * 100 + digit(digits.0, 2) * 10 + digit(digits.0, 3)
        let month = digit(digits.0, 5) * 10 + digit(digits.0, 6)
        let day = digit(digits.1, 0) * 10 + digit(digits.1, 1)
        let hour = digit(digits.1, 3) * 10 + digit(digits.1, 4)
        let minute = digit(digits.1, 6) * 10 + digit(digits.1, 7)
        let second = digit(digits.2, 1) * 10 + digit(digits.2, 2)
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var fraction = 0.0
        var scale = 0.1
        for position in 4...6 {
            fraction += Double(digit(digits.2, position)) * scale
            scale /= 10
        }
        let whole = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Double(whole) + fraction
    }

    /// Eight ASCII zeros.
    private static let zeros: UInt64 = 0x3030_3030_3030_3030

    /// Whether `word` holds `separators` in the bytes `separatorBytes` marks, and a decimal digit in every other byte.
    @inline(__always)
    private static func matches(_ word: UInt64, separators: UInt64, at separatorBytes: UInt64) -> Bool {
        let digitBytes = ~separatorBytes
        let highNibbleIsThree = (word & 0xF0F0_F0F0_F0F0_F0F0 ^ zeros) & digitBytes == 0
        let lowNibbleBelowTen = (word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0 & digitBytes == zeros & digitBytes
        return highNibbleIsThree && lowNibbleBelowTen && word & separatorBytes == separators
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

private extension Int64 {
    func quotientRoundingDown(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
