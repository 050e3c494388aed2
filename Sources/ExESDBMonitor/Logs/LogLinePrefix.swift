/// What comes before the message of a sanitised log line: Logger's time and `[level]`, `key=value` metadata,
/// and ExESDB's bracketed tags (`[#PID<0.511.0>][my_app] [EMITTER]`, `[EmitterWorker:reg_gh:Health]`,
/// `[NodeMonitor]`), plus the `==>` arrow some lines start with. The tags name the store, component and pid.
struct LogLinePrefix {
    /// Where the message itself starts.
    private(set) var bodyStart = 0
    /// The store of a `[Component:store]` or `[Component:store:Detail]` tag.
    private(set) var store: String?
    /// The last component tag (`EmitterWorker`, `NodeMonitor`, `EMITTER POOL`).
    private(set) var component: String?
    /// An Erlang pid tag (`#PID<0.511.0>`).
    private(set) var pid: String?

    private static let levels: Set<String> = [
        "debug", "info", "notice", "warning", "warn", "error", "critical", "alert", "emergency",
    ]
    /// Second parts of a `[Component:X]` tag that are not a store (terminal output's `[EmitterWorker:Health]`).
    private static let notStores: Set<String> = [
        "Health", "ERROR", "health", "error", "action", "startup", "shutdown", "debug", "info",
    ]
    private static let longestTag = 96
    private static let arrow = Array("==>".utf8)
    private static let colon = Array(":".utf8)

    init(_ line: LogText) {
        let bytes = line.bytes
        var index = 0
        var sawTime = false
        var componentRange: Range<Int>?
        while true {
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count else { break }
            if bytes[index] == UInt8(ascii: "[") {
                let limit = min(bytes.count, index + Self.longestTag)
                guard let close = line.find([UInt8(ascii: "]")], in: (index + 1)..<limit) else { break }
                read(tag: line, (index + 1)..<close, component: &componentRange)
                index = close + 1
                continue
            }
            let wordEnd = line.firstWord(index..<bytes.count)?.upperBound ?? bytes.count
            if Self.isTime(bytes[index..<wordEnd]) {
                sawTime = true
            } else if line.hasPrefix(Self.arrow, at: index) {
                index += 3
                continue
            } else if !(sawTime && Self.isMetadata(bytes[index..<wordEnd])) {
                break
            }
            index = wordEnd
        }
        bodyStart = index
        component = componentRange.flatMap(line.text)
    }

    /// Notes what one `[tag]` names. Text is made only for the tags that count.
    private mutating func read(tag line: LogText, _ range: Range<Int>, component componentRange: inout Range<Int>?) {
        let range = line.trimmed(range)
        guard let first = range.first.map({ line.bytes[$0] }) else { return }
        if first == UInt8(ascii: "#") || first == UInt8(ascii: "<") {
            pid = line.text(range)
            return
        }
        guard first | 0x20 >= 0x61, first | 0x20 <= 0x7A, !Self.isLevel(line, range) else { return }
        let nameEnd = line.find(Self.colon, in: range) ?? range.upperBound
        componentRange = range.lowerBound..<nameEnd
        guard nameEnd < range.upperBound else { return }
        let rest = (nameEnd + 1)..<range.upperBound
        if let candidate = line.text(line.before(Self.colon, in: rest)), !Self.notStores.contains(candidate) {
            store = candidate
        }
    }

    /// True for Logger's `[info]`, `[warning]` and the like.
    private static func isLevel(_ line: LogText, _ range: Range<Int>) -> Bool {
        guard range.count <= 9, line.bytes[range].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return levels.contains(String(decoding: line.bytes[range], as: UTF8.self))
    }

    /// `12:00:01.123`, `2026-11-26`, `2026-11-26T13:45:01.123Z`: digits with `:`, `-`, `.`, `T`, `Z`, `+`.
    private static func isTime(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first, first >= 0x30, first <= 0x39, word.count >= 5 else { return false }
        var separators = 0
        for byte in word {
            switch byte {
            case 0x30...0x39: continue
            case UInt8(ascii: ":"), UInt8(ascii: "-"): separators += 1
            case UInt8(ascii: "."), UInt8(ascii: "T"), UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: ","): continue
            default: return false
            }
        }
        return separators >= 2
    }

    /// Logger metadata after the time: `pid=<0.1.0>`, `application=ex_esdb`.
    private static func isMetadata(_ word: ArraySlice<UInt8>) -> Bool {
        guard let equals = word.firstIndex(of: UInt8(ascii: "=")), equals > word.startIndex else { return false }
        return word[word.startIndex..<equals].allSatisfy { byte in
            (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39)
        }
    }
}
