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
    /// it, without its general scanning; nil for any other text, which `parseISO8601` then reads.
    static func parseProtocolISO8601(bytes: UnsafeRawBufferPointer) -> Double? {
        guard bytes.count == 24, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes[19] == UInt8(ascii: "."), bytes[23] == UInt8(ascii: "Z")
        else { return nil }
        var notDigits = false
        func number(at start: Int, count: Int) -> Int {
            var value = 0
            for offset in start..<start + count {
                let digit = bytes[offset] &- UInt8(ascii: "0")
                notDigits = notDigits || digit > 9
                value = value &* 10 &+ Int(digit)
            }
            return value
        }
        let year = number(at: 0, count: 4), month = number(at: 5, count: 2), day = number(at: 8, count: 2)
        let hour = number(at: 11, count: 2), minute = number(at: 14, count: 2), second = number(at: 17, count: 2)
        var fraction = 0.0
        var scale = 0.1
        for offset in 20..<23 {
            fraction += Double(number(at: offset, count: 1)) * scale
            scale /= 10
        }
        guard !notDigits, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let whole = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Double(whole) + fraction
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
