/// One kind of ExESDB log message: the words that identify it (the emoji may be missing or mis-decoded, the
/// words are not), its event type and colour family, and how its parts are read.
struct LogRule: Sendable {
    /// The words that identify the message, as UTF-8.
    let keyword: [UInt8]
    /// The bytes of the keyword: a line lacking one of them is not searched.
    let required: ByteSet
    let eventType: String
    let family: LogFamily
    /// Reads the parts of a matching message: the line, its body (after any prefix) and where the keyword ends.
    let parse: @Sendable (_ line: LogText, _ body: Range<Int>, _ keywordEnd: Int, _ match: inout LogMatch) -> Void

    init(
        _ keyword: String, _ eventType: String, _ family: LogFamily,
        parse: @escaping @Sendable (LogText, Range<Int>, Int, inout LogMatch) -> Void = { _, _, _, _ in }
    ) {
        self.keyword = Array(keyword.utf8)
        required = ByteSet(keyword.utf8)
        self.eventType = eventType
        self.family = family
        self.parse = parse
    }

    /// The match when the keyword is in `body`.
    func match(_ line: LogText, body: Range<Int>) -> LogMatch? {
        guard line.present.isSuperset(of: required), let start = line.find(keyword, in: body) else { return nil }
        var match = LogMatch(eventType: eventType, family: family)
        parse(line, body, start + keyword.count, &match)
        return match
    }
}
