@testable import Dashboard
import ExESDBMonitor
import Testing

@Suite struct ThroughputPaneTests {
    init() { TextLocale.prepare() }

    func ring(_ samples: [(Double, Double)]) -> BoundedRing<Sample> {
        var ring = BoundedRing<Sample>(capacity: 300)
        for (time, value) in samples { ring.append(Sample(time: time, value: value)) }
        return ring
    }

    @Test func secondsSumOverNodesAndHoldTheLatestSample() {
        let first = ring([(100.2, 10), (102.5, 20)])
        let second = ring([(101.0, 5)])
        let window = SeriesWindow(rings: [first, second], endingAt: 103.9, seconds: 5, hold: 10, combining: .sum)
        #expect(window.values == [nil, 10, 15, 25, 25])
        #expect(window.current == 25)
        #expect(window.minimum == 10 && window.maximum == 25)
        let maximum = SeriesWindow(rings: [first, second], endingAt: 103.9, seconds: 5, hold: 10, combining: .maximum)
        #expect(maximum.values == [nil, 10, 10, 20, 20])
    }

    @Test func aSilentNodeDropsOutAfterTheHold() {
        let window = SeriesWindow(rings: [ring([(100, 7)])], endingAt: 120, seconds: 21, hold: 5, combining: .sum)
        #expect(window.values.prefix(6).allSatisfy { $0 == 7 })
        #expect(window.values.dropFirst(6).allSatisfy { $0 == nil })
        #expect(window.current == nil)
    }

    @Test func trendComparesTheNewestQuarterWithTheRest() {
        #expect(SeriesWindow.trend(of: [10, 10, 10, 10, 10, 10, 20, 20]) == .up)
        #expect(SeriesWindow.trend(of: [10, 10, 10, 10, 10, 10, 5, 5]) == .down)
        #expect(SeriesWindow.trend(of: [10, 10, 10, 10, 10, 10, 10.2, 10]) == .flat)
        #expect(SeriesWindow.trend(of: [nil, nil, 10]) == .flat)
    }

    @Test func throughputRowShowsRateTrendAndRange() {
        let line = Fixture.render(Fixture.model(), width: 200, height: 60).plainLines()
            .first { $0.contains("event_emission") }
        #expect(line?.contains("1.84k/s ↑") == true)
        var view = ViewState()
        view.zoomed = .throughput
        let zoomed = Fixture.render(Fixture.model(), view, width: 120, height: 30).plainLines()
            .first { $0.contains("event_emission") }
        #expect(zoomed?.contains("min 1.25k max 1.84k") == true)
    }

    @Test func sparklinesGetLongerOnLargerScreens() {
        func sparkWidth(_ width: Int, _ height: Int) -> Int {
            let line = Fixture.render(Fixture.model(), width: width, height: height).plainLines()
                .first { $0.contains("event_e") } ?? ""
            return line.unicodeScalars.filter { GlyphSet.unicode.sparkLevels.contains($0) }.count
        }
        #expect(sparkWidth(80, 24) >= 4)
        #expect(sparkWidth(200, 60) > sparkWidth(80, 24) + 20)
    }

    @Test func formatsAreShortAndLocaleFree() {
        #expect(Format.compact(1250) == "1.25k")
        #expect(Format.compact(12_500) == "12.5k")
        #expect(Format.compact(999.6) == "1.00k")
        #expect(Format.compact(7.5) == "7.5")
        #expect(Format.compact(3_200_000) == "3.20M")
        #expect(Format.milliseconds(0.42) == "0.4ms")
        #expect(Format.milliseconds(650) == "650ms")
        #expect(Format.milliseconds(1500) == "1.50s")
        #expect(Format.bytes(5_838_471_372) == "5.44GiB")
        #expect(Format.clock(Fixture.now) == "13:46:40")
        #expect(Format.age(42) == "42s")
        #expect(Format.age(301) == "5m")
        #expect(Format.duration(245) == "4m05s")
        #expect(Format.duration(7_260) == "2h01m")
        #expect(Format.percent(67.8) == "68%")
        #expect(Format.percent(nil) == "-")
    }
}
