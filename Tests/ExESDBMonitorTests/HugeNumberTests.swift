import Testing
@testable import ExESDBMonitor

/// Numbers too large for an integer (1e300 is valid JSON and TOML) reach alert texts as readable text, never as
/// an overflow that stops the console. Found by the fuzz targets' review of the config check and alert paths.
@Suite struct HugeNumberTests {
    @Test func aMetricAlertWithAHugeValueGetsATitle() throws {
        var book = AlertBook()
        let line = #"{"type":"MetricAlert","metric_name":"memory_usage","current_value":1e300,"#
            + #""threshold_value":-1.5e20,"threshold_type":"max","severity":"critical","node":"n2"}"#
        feed(&book, [line], at: 100)
        let alert = try #require(book.active(at: 100).first)
        #expect(alert.title == "memory_usage 1e+300 > -1.5e+20 on n2")
    }

    @Test func numbersBeyondTenthsAreWrittenWithAnExponent() {
        #expect(AlertText.number(999_999_999_999_999) == "999999999999999")
        #expect(AlertText.number(1e300) == "1e+300")
        #expect(AlertText.number(-.greatestFiniteMagnitude) == "-1.7976931348623157e+308")
    }

    @Test func hugeDurationsStopAtTheLargestCountedNumberOfSeconds() {
        #expect(AlertText.duration(1e300) == AlertText.duration(1e15))
        #expect(AlertText.duration(1e15) == "11574074074d1h")
    }
}
