/// Writes pieces of text left to right along one row, up to a right edge; the piece that crosses the edge
/// is cut with the glyph set's ellipsis and everything after it is dropped.
struct RowWriter {
    /// The next column to write.
    private(set) var x: Int
    let y: Int
    /// The column after the last one this writer may use.
    let right: Int
    let ellipsis: String

    /// A writer over columns `x..<right` of row `y`.
    init(x: Int, y: Int, right: Int, ellipsis: String) {
        self.x = x
        self.y = y
        self.right = right
        self.ellipsis = ellipsis
    }

    /// Columns left.
    var remaining: Int { max(0, right - x) }

    /// Writes a piece, cut with the ellipsis when it does not fit.
    mutating func write(_ text: String, _ style: Style, on screen: inout Screen) {
        guard remaining > 0 else { return }
        x += screen.putTruncated(text, x: x, y: y, width: remaining, style: style, ellipsis: ellipsis)
    }

    /// Writes a piece padded (or cut) to exactly `width` columns.
    mutating func write(_ text: String, _ style: Style, width: Int, alignRight: Bool = false, on screen: inout Screen) {
        let columns = min(width, remaining)
        guard columns > 0 else { return }
        let textWidth = DisplayWidth.of(text)
        if alignRight, textWidth < columns {
            screen.put(text, x: x + columns - textWidth, y: y, style: style)
        } else {
            screen.putTruncated(text, x: x, y: y, width: columns, style: style, ellipsis: ellipsis)
        }
        x += columns
    }

    /// Moves right by `columns` without writing.
    mutating func skip(_ columns: Int) {
        x = min(right, x + columns)
    }
}
