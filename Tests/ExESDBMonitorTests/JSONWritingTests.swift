import ExESDBMonitor
import Testing

/// What the console writes as JSON (the demo, the proc source, recordings, the journal) escapes exactly what
/// JSON requires and reads back as it was.
@Suite struct JSONWritingTests {
    @Test func writtenStringsEscapeWhatJSONRequiresAndReadBackExactly() throws {
        let text = "quote \" backslash \\ newline \n return \r tab \t bell \u{07} del \u{7F} é 📡 end"
        var bytes: [UInt8] = []
        JSONValue.appendQuoted(text, to: &bytes)
        let written = String(decoding: bytes, as: UTF8.self)
        #expect(written == #""quote \" backslash \\ newline \n return \r tab \t bell \u0007 del \u007f é 📡 end""#)
        #expect(JSONValue.string(text).compactText == written)
        var empty: [UInt8] = []
        JSONValue.appendQuoted("", to: &empty)
        #expect(empty == Array(#""""#.utf8))
        let object = try JSONReader.parseObject(Array((#"{"t":"# + written + "}").utf8), sanitizing: false)
        #expect(object["t"] == .string(text))
    }
}
