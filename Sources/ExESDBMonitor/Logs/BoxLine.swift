/// What one line of an ExESDB box is: its top edge (`┌`, `╔`, `┏`, `╭`), a rule across it (`├`, `╠`, `┣`, or a
/// bare `─`, `═`, `━`), its bottom edge (`└`, `╚`, `┗`, `╰`), or content, given without side borders
/// (`│`, `║`, `┃`) and blanks. ExESDB prints content lines without borders, in colour, behind its pid tag.
enum BoxLine: Equatable {
    case top
    case rule
    case bottom
    /// The byte range of the content.
    case content(Range<Int>)

    private static let tops = corners("┌╔┏╭")
    private static let rules = corners("├╠┣╟╞─═━")
    private static let bottoms = corners("└╚┗╰")
    private static let sides = corners("│║┃")

    /// The kind of the line whose body (after any prefix) starts at `start`.
    static func read(_ line: LogText, from start: Int) -> BoxLine {
        let body = line.trimmed(start..<line.count)
        let first = symbol(line, at: body.lowerBound)
        if let first {
            if tops.contains(first) { return .top }
            if rules.contains(first) { return .rule }
            if bottoms.contains(first) { return .bottom }
        }
        var content = body
        if let first, sides.contains(first) { content = (content.lowerBound + 3)..<content.upperBound }
        if content.count >= 3, let last = symbol(line, at: content.upperBound - 3), sides.contains(last) {
            content = content.lowerBound..<(content.upperBound - 3)
        }
        return .content(line.trimmed(content))
    }

    /// True when `message` holds a box-drawing character (U+2500–U+257F): the only lines worth reading closely
    /// while no box is open.
    static func mayHoldBoxDrawing(_ message: String) -> Bool {
        var message = message
        return message.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2) where bytes[index] == 0xE2 && (bytes[index + 1] & 0xFE) == 0x94 {
                return true
            }
            return false
        }
    }

    /// The three bytes of the box-drawing character at `index`, packed, or nil.
    private static func symbol(_ line: LogText, at index: Int) -> UInt32? {
        guard index + 3 <= line.count, line.bytes[index] == 0xE2 else { return nil }
        return UInt32(line.bytes[index]) << 16 | UInt32(line.bytes[index + 1]) << 8 | UInt32(line.bytes[index + 2])
    }

    private static func corners(_ characters: String) -> Set<UInt32> {
        Set(characters.unicodeScalars.map { scalar in
            let bytes = Array(String(scalar).utf8)
            return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
        })
    }
}
