/// The lines of a theme file, to point errors at a line when the TOML parser gives no position.
struct SourceLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of the first table header (`[…]`) holding a non-ASCII byte.
    func firstNonASCIITableHeader() -> Int? {
        for (offset, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("[") else { continue }
            let header = trimmed.prefix { $0 != "]" && $0 != "#" }
            if header.utf8.contains(where: { $0 >= 0x80 }) { return offset + 1 }
        }
        return nil
    }

    /// The 1-based line where `key` is defined inside table `table` (nil: the top level), also
    /// matching the dotted form `table.key` and quoted keys.
    func line(ofKey key: String, in table: String?) -> Int? {
        var current: String? = nil
        for (offset, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("[") {
                let header = trimmed.dropFirst().prefix { $0 != "]" }
                current = header.trimmingSpaces()
                continue
            }
            if current == table, defines(trimmed, key: key) { return offset + 1 }
            if current == nil, let table, defines(trimmed, key: "\(table).\(key)") { return offset + 1 }
        }
        return nil
    }

    private func defines(_ line: Substring, key: String) -> Bool {
        for form in [key, "\"\(key)\"", "'\(key)'"] where line.hasPrefix(form) {
            let rest = line.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("=") || (rest.hasPrefix(".") && !key.contains("." as Character)) { return true }
        }
        return false
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
