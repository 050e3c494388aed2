/// A width×height buffer of cells that widgets draw into and the terminal flushes.
///
/// Pure value: nothing here touches a terminal. Every column decision goes through `DisplayWidth`;
/// a wide glyph takes two cells (the second a continuation), and a glyph that would cross the
/// right edge or the allowed width is cut (a wide one in the last column becomes a space).
/// Zero-width scalars attach to the glyph before them when they are combining marks and are
/// dropped otherwise (controls, format characters, ZWJ, variation selectors such as VS16).
public struct Screen: Sendable {
    /// Columns.
    public private(set) var width: Int
    /// Rows.
    public private(set) var height: Int

    var cells: [Cell]
    var marks: [Int: String] = [:]
    var styles: [Style] = [.plain]
    var styleIndices: [Style: UInt16] = [.plain: 0]
    /// The style looked up last and its index: runs of text share one, and comparing is cheaper than hashing.
    private var lastStyle: (style: Style, index: UInt16) = (.plain, 0)

    /// A blank screen of the given size (negative sizes count as zero).
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(0), count: self.width * self.height)
    }

    /// Changes the size and blanks every cell.
    public mutating func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(0), count: self.width * self.height)
        marks.removeAll()
    }

    /// Blanks every cell in `style`, keeping the storage for the next frame.
    public mutating func clear(style: Style = .plain) {
        if styles.count > 1024 {
            styles = [.plain]
            styleIndices = [.plain: 0]
            lastStyle = (.plain, 0)
        }
        let blank = Cell.blank(index(of: style))
        for position in cells.indices { cells[position] = blank }
        marks.removeAll(keepingCapacity: true)
    }

    /// Fills a rectangle (clipped to the screen) with one narrow character.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with character: Unicode.Scalar = " ", style: Style) {
        let scalar = DisplayWidth.of(character) == 1 ? character : " "
        let styleIndex = index(of: style)
        let left = max(0, x), right = min(self.width, x + width)
        let top = max(0, y), bottom = min(self.height, y + height)
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            for column in left..<right {
                place(Cell(scalar: scalar, styleIndex: styleIndex), at: row * self.width + column, column: column)
            }
        }
    }

    /// Writes text from column `x` of row `y` and returns the columns used.
    ///
    /// Stops at the right edge and after `maxWidth` columns; columns left of the screen are skipped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int = .max) -> Int {
        guard y >= 0, y < height, x < width, maxWidth > 0 else { return 0 }
        let limit = min(width - x, maxWidth)
        let styleIndex = index(of: style)
        let rowStart = y * width
        var used = 0
        var lastGlyph: Int? = nil
        for scalar in text.unicodeScalars {
            let columns = DisplayWidth.of(scalar)
            if columns == 0 {
                if let glyph = lastGlyph, Screen.isCombiningMark(scalar) {
                    attachMark(scalar, to: glyph)
                }
                continue
            }
            if used + columns > limit {
                if columns == 2, used < limit {
                    place(.blank(styleIndex), at: rowStart + x + used, column: x + used)
                    used += 1
                }
                break
            }
            let column = x + used
            used += columns
            if column < 0 {
                lastGlyph = nil
                if columns == 2, column == -1 {
                    place(.blank(styleIndex), at: rowStart, column: 0)
                }
                continue
            }
            let cell = Cell(scalar: scalar, styleIndex: styleIndex, kind: columns == 2 ? .wide : .narrow)
            place(cell, at: rowStart + column, column: column)
            if columns == 2 {
                place(Cell(scalar: " ", styleIndex: styleIndex, kind: .continuation),
                      at: rowStart + column + 1, column: column + 1)
            }
            lastGlyph = rowStart + column
        }
        return used - (x < 0 ? min(used, -x) : 0)
    }

    /// The cell at a column and row (both must be on the screen).
    public func cell(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// The style of the cell at a column and row.
    public func style(x: Int, y: Int) -> Style { styles[Int(cells[y * width + x].styleIndex)] }

    /// The style a cell of this screen refers to.
    public func style(of cell: Cell) -> Style { styles[Int(cell.styleIndex)] }

    /// The text drawn at a column and row: the base scalar and its combining marks, or "" for a continuation.
    public func glyph(x: Int, y: Int) -> String {
        let position = y * width + x
        let cell = cells[position]
        if cell.kind == .continuation { return "" }
        var text = String(Character(cell.scalar))
        if cell.hasMarks, let extra = marks[position] { text += extra }
        return text
    }

    /// Whether the cell at a column and row looks the same here and in `other` (same glyph and style).
    public func isSame(x: Int, y: Int, as other: Screen) -> Bool {
        let position = y * width + x
        let otherPosition = y * other.width + x
        let mine = cells[position]
        let theirs = other.cells[otherPosition]
        guard mine.scalar == theirs.scalar, mine.kind == theirs.kind, mine.hasMarks == theirs.hasMarks else {
            return false
        }
        if mine.hasMarks, marks[position] != other.marks[otherPosition] { return false }
        return styles[Int(mine.styleIndex)] == other.styles[Int(theirs.styleIndex)]
    }

    mutating func index(of style: Style) -> UInt16 {
        if style == lastStyle.style { return lastStyle.index }
        let index: UInt16
        if let known = styleIndices[style] {
            index = known
        } else {
            index = UInt16(styles.count)
            styles.append(style)
            styleIndices[style] = index
        }
        lastStyle = (style, index)
        return index
    }

    /// Stores a cell, blanking the other half of any wide glyph it cuts through.
    private mutating func place(_ cell: Cell, at position: Int, column: Int) {
        let old = cells[position]
        if old.hasMarks { marks[position] = nil }
        if old.kind == .continuation, cell.kind != .continuation, column > 0 {
            if cells[position - 1].hasMarks { marks[position - 1] = nil }
            cells[position - 1] = .blank(cells[position - 1].styleIndex)
        }
        if old.kind == .wide, cell.kind != .wide, column + 1 < width {
            cells[position + 1] = .blank(cells[position + 1].styleIndex)
        }
        cells[position] = cell
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isVariationSelector { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private mutating func attachMark(_ scalar: Unicode.Scalar, to position: Int) {
        cells[position].hasMarks = true
        marks[position, default: ""].unicodeScalars.append(scalar)
    }
}
