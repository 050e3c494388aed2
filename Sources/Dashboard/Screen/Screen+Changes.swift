extension Screen {
    /// Calls `body` with the column and row of every cell that looks different from `previous`
    /// (glyph, kind or style), row by row; every cell when there is no previous frame or its size differs.
    ///
    /// Styles are matched once per call through a small table; when both frames share their style
    /// table (the usual case: one `Screen` redrawn each frame) a cell costs one 8-byte comparison.
    public func forEachChangedCell(since previous: Screen?, _ body: (_ x: Int, _ y: Int) -> Void) {
        guard let previous, previous.width == width, previous.height == height else {
            for y in 0..<height { for x in 0..<width { body(x, y) } }
            return
        }
        let sameStyle: [UInt16] = styles.map { previous.styleIndices[$0] ?? UInt16.max }
        let compareWords = MemoryLayout<Cell>.size == 8 && MemoryLayout<Cell>.stride == 8
            && sameStyle.indices.allSatisfy { sameStyle[$0] == UInt16($0) }
        cells.withUnsafeBufferPointer { current in
            previous.cells.withUnsafeBufferPointer { earlier in
                let currentBytes = UnsafeRawBufferPointer(current)
                let earlierBytes = UnsafeRawBufferPointer(earlier)
                for position in 0..<current.count {
                    let mine = current[position]
                    if compareWords, !mine.hasMarks,
                       currentBytes.load(fromByteOffset: position * 8, as: UInt64.self)
                        == earlierBytes.load(fromByteOffset: position * 8, as: UInt64.self) {
                        continue
                    }
                    let theirs = earlier[position]
                    if mine.scalar == theirs.scalar, mine.kind == theirs.kind, mine.hasMarks == theirs.hasMarks,
                       sameStyle[Int(mine.styleIndex)] == theirs.styleIndex,
                       !mine.hasMarks || marks[position] == previous.marks[position] {
                        continue
                    }
                    body(position % width, position / width)
                }
            }
        }
    }
}
