import Dashboard
import Testing

@Suite struct ColorTests {
    @Test func parsesNamesIndicesAndHex() {
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "red") == .red)
        #expect(Color(parsing: "bright_blue") == .brightBlue)
        #expect(Color(parsing: "Bright-White") == .brightWhite)
        #expect(Color(parsing: "214") == .palette(214))
        #expect(Color(parsing: "#0000aa") == .rgb(red: 0, green: 0, blue: 0xAA))
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "reddish") == nil)
    }

    @Test func truecolorKeepsEverything() {
        let orange = Color.rgb(red: 255, green: 135, blue: 0)
        #expect(orange.downgraded(to: .truecolor) == orange)
    }

    @Test func rgbGoesToTheNearestCubeEntry() {
        #expect(Color.rgb(red: 255, green: 135, blue: 0).downgraded(to: .indexed256) == .palette(208))
        #expect(Color.rgb(red: 0x12, green: 0x12, blue: 0x12).downgraded(to: .indexed256) == .palette(233))
    }

    @Test func indexedGoesToTheNearestOfSixteen() {
        #expect(Color.palette(214).downgraded(to: .sixteen) == .yellow)
        #expect(Color.rgb(red: 0, green: 0, blue: 0xAA).downgraded(to: .sixteen) == .blue)
        #expect(Color.brightRed.downgraded(to: .sixteen) == .brightRed)
    }

    @Test func eightFoldsBrightColoursOntoBase() {
        #expect(Color.brightRed.downgraded(to: .eight) == .red)
        #expect(Color.palette(214).downgraded(to: .eight) == .yellow)
        #expect(Color.palette(21).downgraded(to: .eight) == .blue)
    }

    @Test func greysStayGrey() {
        #expect(Color.palette(244).downgraded(to: .eight) == .white)
        #expect(Color.palette(240).downgraded(to: .sixteen) == .brightBlack)
        #expect(Color.palette(236).downgraded(to: .eight) == .black)
        #expect(Color.rgb(red: 0x80, green: 0x80, blue: 0x84).downgraded(to: .indexed256) == .palette(244))
    }

    @Test func monochromeDropsColour() {
        let style = Style(foreground: .red, background: .palette(214), attributes: .bold)
        #expect(style.downgraded(to: .monochrome) == Style(attributes: .bold))
    }

    @Test func defaultStaysDefaultAtEveryDepth() {
        for depth in ColorDepth.allCases {
            #expect(Color.default.downgraded(to: depth) == .default)
        }
    }
}

@Suite struct ColorDepthTests {
    @Test func depthFromTheEnvironment() {
        #expect(ColorDepth(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == .truecolor)
        #expect(ColorDepth(environment: ["TERM": "xterm-256color"]) == .indexed256)
        #expect(ColorDepth(environment: ["TERM": "screen"]) == .sixteen)
        #expect(ColorDepth(environment: ["TERM": "vt100"]) == .monochrome)
        #expect(ColorDepth(environment: [:]) == .monochrome)
    }
}
