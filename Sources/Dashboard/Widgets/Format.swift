/// Number and time formatting for the screen: short, fixed-style, no locale and no Foundation.
enum Format {
    /// Below this magnitude numbers and times are counted in whole integers; a remote value beyond it (1e300
    /// is valid JSON) is clamped or shown in exponent form instead of overflowing and stopping the console.
    private static let largestCountable = 1e15

    /// `HH:MM:SS` of an epoch time in UTC.
    static func clock(_ epoch: Double) -> String {
        guard epoch.isFinite, abs(epoch) < largestCountable else { return "--:--:--" }
        let seconds = Int(epoch.rounded(.down))
        let day = ((seconds % 86_400) + 86_400) % 86_400
        return twoDigits(day / 3600) + ":" + twoDigits(day / 60 % 60) + ":" + twoDigits(day % 60)
    }

    /// A short duration: `0s`, `42s`, `4m`, `3h`, `2d`; negative durations count as zero.
    static func age(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0s" }
        let whole = Int(min(seconds, largestCountable))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" }
        if whole < 86_400 { return "\(whole / 3600)h" }
        return "\(whole / 86_400)d"
    }

    /// A duration with two units: `42s`, `4m05s`, `3h20m`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0s" }
        let whole = Int(min(seconds, largestCountable))
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m" + twoDigits(whole % 60) + "s" }
        if whole < 86_400 { return "\(whole / 3600)h" + twoDigits(whole / 60 % 60) + "m" }
        return "\(whole / 86_400)d" + "\(whole / 3600 % 24)h"
    }

    /// A percentage without decimals, `45%`; `-` when unknown.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        guard abs(value) < largestCountable else { return "\(value)%" }
        return "\(Int(value.rounded()))%"
    }

    /// `value` with `places` decimals.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        guard abs(value) * scale < largestCountable else { return value.description }
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        let whole = scaled / Int(scale)
        guard places > 0 else { return sign + "\(whole)" }
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return sign + "\(whole)." + fraction
    }

    /// A count or rate in at most four characters plus a suffix: `7.5`, `950`, `1.25k`, `12.5k`, `3.2M`.
    static func compact(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let magnitude = abs(value)
        let units: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "k")]
        for (size, suffix) in units where magnitude >= size * 0.9995 {
            return significant(value / size) + suffix
        }
        if magnitude < 10, value.rounded() != value { return decimal(value, places: 1) }
        return decimal(value, places: 0)
    }

    /// Milliseconds: `0.4ms`, `45ms`, `1.2s`.
    static func milliseconds(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        if value >= 1000 { return significant(value / 1000) + "s" }
        if value < 10 { return decimal(value, places: 1) + "ms" }
        return decimal(value, places: 0) + "ms"
    }

    /// Bytes in binary units: `512B`, `1.5KiB`, `5.4GiB`.
    static func bytes(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
        var scaled = value
        var unit = 0
        while abs(scaled) >= 1024, unit < units.count - 1 {
            scaled /= 1024
            unit += 1
        }
        return (unit == 0 ? decimal(scaled, places: 0) : significant(scaled)) + units[unit]
    }

    /// Bytes per second: `1.5KiB/s`.
    static func byteRate(_ value: Double?) -> String {
        guard let value else { return "-" }
        return bytes(value) + "/s"
    }

    /// Three significant digits for values from 1 to 999: `1.25`, `12.5`, `125`.
    private static func significant(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude < 9.995 { return decimal(value, places: 2) }
        if magnitude < 99.95 { return decimal(value, places: 1) }
        return decimal(value, places: 0)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
