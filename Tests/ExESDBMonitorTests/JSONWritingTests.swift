import ExESDBMonitor
import Testing

/// What the console writes as JSON (the demo, the proc source, recordings, the journal) escapes exactly what
/// JSON requires and reads back as it was.
@Suite struct JSONWritingTests {
    @Test func writtenStringsEscapeWhatJSONRequiresAndReadBackExactly() throws {
        let text = "quote \" backslash \\ newline \n return \r tab \t bell \u{07} del \u{7F} é 📡 end"
        var written = ""
        JSONValue.writeQuoted(text, to: &written)
        #expect(written == #""quote \" backslash \\ newline \n return \r tab \t bell \u0007 del \u007f é 📡 end""#)
        var empty = ""
        JSONValue.writeQuoted("", to: &empty)
        #expect(empty == #""""#)
        let object = try JSONReader.parseObject(Array((#"{"t":"# + written + "}").utf8), sanitizing: false)
        #expect(object["t"] == .string(text))
    }
}
