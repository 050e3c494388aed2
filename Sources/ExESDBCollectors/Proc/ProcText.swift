/// The lines and fields of a /proc file, read in place from its bytes: the sampler parses a handful of these
/// every second, where splitting `String`s into arrays of substrings cost more than reading the files.
struct ProcText {
    /// The file's bytes.
    let bytes: UnsafeBufferPointer<UInt8>

    /// A slice of the bytes: a line or a field.
    typealias Part = Slice<UnsafeBufferPointer<UInt8>>

    /// Calls `body` with each line, without its newline, until `body` returns false.
    func forEachLine(_ body: (Part) -> Bool) {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if !body(bytes[start..<end]) { return }
            start = end + 1
        }
    }

    /// The fields of `line`, split at runs of spaces.
    static func fields(of line: Part) -> Fields { Fields(rest: line) }

    /// The decimal number spelled by `field`; nil when it holds anything else or overflows.
    static func number(_ field: Part) -> UInt64? {
        guard !field.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    /// The decimal number spelled by `field`, with an optional leading `-`; nil when it holds anything else or
    /// overflows.
    static func signedNumber(_ field: Part) -> Int64? {
        let isNegative = field.first == UInt8(ascii: "-")
        guard let magnitude = number(isNegative ? field.dropFirst() : field), magnitude <= UInt64(Int64.max) else {
            return nil
        }
        return isNegative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// Whether `part` begins with `prefix`.
    static func part(_ part: Part, startsWith prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { prefix in
            part.count >= prefix.count && zip(part, prefix).allSatisfy { $0 == $1 }
        }
    }

    /// Whether `part` is exactly `text`.
    static func part(_ part: Part, is text: StaticString) -> Bool {
        text.withUTF8Buffer { text in part.elementsEqual(text) }
    }

    /// The space-separated fields of a line, in order.
    struct Fields: Sequence, IteratorProtocol {
        var rest: Part

        mutating func next() -> Part? {
            guard let start = rest.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
            let end = rest[start...].firstIndex(of: UInt8(ascii: " ")) ?? rest.endIndex
            defer { rest = rest[end...] }
            return rest[start..<end]
        }
    }
}
