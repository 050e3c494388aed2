/// A moment, in seconds since the Unix epoch, and whether it came from the message or was the receive time
/// (a message without a timestamp is shown with its receive time, marked as such).
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var seconds: Double
    /// True when the message carried no timestamp and the receive time stands in for it.
    public var isReceiveTime: Bool

    public init(seconds: Double, isReceiveTime: Bool = false) {
        self.seconds = seconds
        self.isReceiveTime = isReceiveTime
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.seconds < rhs.seconds }

    /// Reads a wire timestamp: ISO-8601 (`2026-11-26T13:45:01.123Z`, µs, `+02:00` offsets, a space instead of `T`)
    /// or epoch milliseconds as a number or numeric string. Returns nil for anything else.
    public init?(wire value: JSONValue) {
        switch value {
        case .integer(let milliseconds):
            self.init(seconds: Double(milliseconds) / 1000)
        case .double(let milliseconds) where milliseconds.isFinite:
            self.init(seconds: milliseconds / 1000)
        case .string(let text):
            if let seconds = Timestamp.parseISO8601(text) {
                self.init(seconds: seconds)
            } else if let milliseconds = Double(text), milliseconds.isFinite {
                self.init(seconds: milliseconds / 1000)
            } else {
                return nil
            }
        default:
            return nil
        }
    }

    /// Parses `YYYY-MM-DD[T ]HH:MM:SS[.fraction](Z|±HH:MM|±HHMM)?`; a missing zone means UTC.
    public static func parseISO8601(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { parseISO8601(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Parses the ISO-8601 text in `bytes`, as `parseISO8601(_:)` does.
    static func parseISO8601(bytes: UnsafeRawBufferPointer) -> Double? {
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = Int(bytes[index]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
                index += 1
            }
            return value
        }
        func expect(_ character: UInt8, or alternatives: (UInt8, UInt8)? = nil) -> Bool {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            guard byte == character || byte == alternatives?.0 || byte == alternatives?.1 else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2),
              expect(84, or: (116, 32)), let hour = digits(2), expect(58), let minute = digits(2), expect(58),
              let second = digits(2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if index < bytes.count, bytes[index] == 46 || bytes[index] == 44 {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                fraction += Double(bytes[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        if index < bytes.count {
            switch bytes[index] {
            case 90, 122:
                index += 1
            case 43, 45:
                let sign = bytes[index] == 45 ? -1 : 1
                index += 1
                guard let hours = digits(2) else { return nil }
                _ = expect(58)
                guard let minutes = digits(2) else { return nil }
                offset = sign * (hours * 3600 + minutes * 60)
            default:
                return nil
            }
        }
        guard index == bytes.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let whole = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Double(whole) + fraction
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
