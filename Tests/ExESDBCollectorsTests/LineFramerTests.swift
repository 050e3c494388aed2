import Testing
@testable import ExESDBCollectors

@Suite struct LineFramerTests {
    private func text(_ chunk: FramedChunk) -> [String] {
        chunk.lines.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func cutsLinesAndStripsCarriageReturns() {
        var framer = LineFramer()
        let chunk = framer.append(Array("one\ntwo\r\n\nthree".utf8))
        #expect(text(chunk) == ["one", "two", ""])
        #expect(framer.bufferedByteCount == 5)
    }

    @Test func holdsPartialLineUntilItsNewline() {
        var framer = LineFramer()
        #expect(framer.append(Array("{\"type\":".utf8)).lines.isEmpty)
        #expect(framer.append(Array("\"Heartbeat\"}\r".utf8)).lines.isEmpty)
        #expect(text(framer.append(Array("\nnext".utf8))) == ["{\"type\":\"Heartbeat\"}"])
        #expect(text(framer.finish()) == ["next"])
        #expect(framer.finish().lines.isEmpty)
    }

    @Test func splitsAtEveryByteBoundaryTheSameWay() {
        let input = Array("alpha\r\nbeta\n\ngamma\r\n".utf8)
        for split in 0...input.count {
            var framer = LineFramer()
            var lines = framer.append(Array(input[..<split])).lines
            lines += framer.append(Array(input[split...])).lines
            #expect(lines.map { String(decoding: $0, as: UTF8.self) } == ["alpha", "beta", "", "gamma"])
        }
    }

    @Test func discardsOversizeLineWithoutBufferingItAndKeepsTheNext() {
        var framer = LineFramer(maximumLineLength: 1 << 20)
        var oversize = framer.append(Array("before\n".utf8)).oversizeLines
        let block = [UInt8](repeating: UInt8(ascii: "x"), count: 256 * 1024)
        var maximumBuffered = 0
        for _ in 0..<12 {
            oversize += framer.append(block).oversizeLines
            maximumBuffered = max(maximumBuffered, framer.bufferedByteCount)
        }
        let tail = framer.append(Array("xxx\nafter\n".utf8))
        #expect(text(tail) == ["after"])
        #expect(oversize == 1)
        #expect(framer.oversizeLineCount == 1)
        #expect(maximumBuffered <= (1 << 20) + 1)
    }

    @Test func lineOfExactlyTheLimitIsKeptAndOneMoreIsNot() {
        var framer = LineFramer(maximumLineLength: 8)
        let chunk = framer.append(Array("12345678\r\n123456789\nok\n".utf8))
        #expect(text(chunk) == ["12345678", "ok"])
        #expect(chunk.oversizeLines == 1)
    }
}
