extension String {
    /// The text cut to at most `byteLimit` UTF-8 bytes, ending with `…` when anything was cut. Cuts fall
    /// between characters (grapheme clusters), never inside a scalar or a combined character.
    public func truncated(toUTF8Count byteLimit: Int) -> String {
        guard utf8.count > byteLimit else { return self }
        let ellipsis = "…"
        let budget = byteLimit - ellipsis.utf8.count
        var kept = 0
        var end = startIndex
        for character in self {
            let size = character.utf8.count
            guard kept + size <= budget else { break }
            kept += size
            end = index(after: end)
        }
        return String(self[..<end]) + ellipsis
    }
}
