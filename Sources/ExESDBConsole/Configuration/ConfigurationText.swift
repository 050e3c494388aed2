/// The lines of a configuration file, to point errors at a line where the TOML parser gives no position.
struct ConfigurationText {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of the first table header (`[…]` or `[[…]]`) holding a non-ASCII byte.
    func firstNonASCIITableHeader() -> Int? {
        for (offset, line) in lines.enumerated() {
            let trimmed = Self.trimmed(line)
            guard trimmed.hasPrefix("[") else { continue }
            let header = trimmed.prefix { $0 != "]" && $0 != "#" }
            if header.utf8.contains(where: { $0 >= 0x80 }) { return offset + 1 }
        }
        return nil
    }

    /// The 1-based line where `key` is set in table `table` (nil: the top level), also as `table.key`.
    func line(ofKey key: String, inTable table: String?) -> Int? {
        var current: String?
        for (offset, line) in lines.enumerated() {
            let trimmed = Self.trimmed(line)
            if let header = Self.header(trimmed) {
                current = header.isArray ? "[[\(header.name)]]" : header.name
                continue
            }
            if current == table, Self.defines(trimmed, key: key) { return offset + 1 }
            if current == nil, let table, Self.defines(trimmed, key: "\(table).\(key)") { return offset + 1 }
        }
        return nil
    }

    /// The 1-based line of the `index`-th (0-based) `[[name]]` header.
    func line(ofArrayTable name: String, index: Int) -> Int? {
        var seen = 0
        for (offset, line) in lines.enumerated() {
            guard let header = Self.header(Self.trimmed(line)), header.isArray, header.name == name else { continue }
            if seen == index { return offset + 1 }
            seen += 1
        }
        return nil
    }

    /// The 1-based line where `key` is set in the `index`-th `[[name]]` table; its header line when the key
    /// is not found on a line of its own (an inline table).
    func line(ofKey key: String, inArrayTable name: String, index: Int) -> Int? {
        guard let start = line(ofArrayTable: name, index: index) else { return line(ofKey: name, inTable: nil) }
        for offset in start..<lines.count {
            let trimmed = Self.trimmed(lines[offset])
            if Self.header(trimmed) != nil { break }
            if Self.defines(trimmed, key: key) { return offset + 1 }
        }
        return start
    }

    private static func trimmed(_ line: Substring) -> Substring {
        line.drop { $0 == " " || $0 == "\t" }
    }

    private static func header(_ line: Substring) -> (name: String, isArray: Bool)? {
        guard line.hasPrefix("[") else { return nil }
        let isArray = line.hasPrefix("[[")
        let name = line.dropFirst(isArray ? 2 : 1).prefix { $0 != "]" }
        return (String(name.filter { $0 != " " && $0 != "\t" }), isArray)
    }

    private static func defines(_ line: Substring, key: String) -> Bool {
        for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(form) {
            let rest = line.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("=") { return true }
        }
        return false
    }
}
