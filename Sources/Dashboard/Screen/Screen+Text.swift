extension Screen {
    /// The screen as text, one string per row, without any escape sequence; trailing spaces are trimmed.
    public func plainLines() -> [String] {
        (0..<height).map { row in
            var line = rowText(row, upTo: width)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The screen as text with SGR colour sequences for a terminal of `depth` (no cursor movement).
    ///
    /// Each row starts unstyled; a style change emits `ESC[0;…m` with every attribute and colour
    /// of the new style, a row that ends styled gets `ESC[0m`, and each row ends with a newline.
    /// Trailing unstyled spaces are trimmed.
    public func ansiText(depth: ColorDepth) -> String {
        var output = ""
        for row in 0..<height {
            let rowStart = row * width
            var end = width
            while end > 0, cells[rowStart + end - 1].scalar == " ",
                  styles[Int(cells[rowStart + end - 1].styleIndex)].downgraded(to: depth) == .plain {
                end -= 1
            }
            var current = Style.plain
            for column in 0..<end {
                let cell = cells[rowStart + column]
                if cell.kind == .continuation { continue }
                let style = styles[Int(cell.styleIndex)].downgraded(to: depth)
                if style != current {
                    output += SelectGraphicRendition.sequence(for: style)
                    current = style
                }
                output.unicodeScalars.append(cell.scalar)
                if cell.hasMarks, let extra = marks[rowStart + column] { output += extra }
            }
            if current != .plain { output += SelectGraphicRendition.reset }
            output += "\n"
        }
        return output
    }

    private func rowText(_ row: Int, upTo end: Int) -> String {
        var line = ""
        line.reserveCapacity(end)
        let rowStart = row * width
        for column in 0..<end {
            let cell = cells[rowStart + column]
            if cell.kind == .continuation { continue }
            line.unicodeScalars.append(cell.scalar)
            if cell.hasMarks, let extra = marks[rowStart + column] { line += extra }
        }
        return line
    }
}
