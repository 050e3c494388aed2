extension Screen {
    /// Writes `text` in at most `width` columns; text that does not fit is cut and ends with `ellipsis`.
    /// Returns the columns used.
    @discardableResult
    mutating func putTruncated(_ text: String, x: Int, y: Int, width: Int, style: Style, ellipsis: String) -> Int {
        guard width > 0 else { return 0 }
        if DisplayWidth.of(text) <= width { return put(text, x: x, y: y, style: style, maxWidth: width) }
        let mark = DisplayWidth.of(ellipsis)
        guard width > mark else { return put(ellipsis, x: x, y: y, style: style, maxWidth: width) }
        let used = put(text, x: x, y: y, style: style, maxWidth: width - mark)
        return used + put(ellipsis, x: x + used, y: y, style: style, maxWidth: width - used)
    }

    /// Writes `text` so that it ends at column `right` (exclusive), cut from the left when it is too wide.
    @discardableResult
    mutating func putRightAligned(_ text: String, right: Int, y: Int, width: Int, style: Style) -> Int {
        let columns = min(DisplayWidth.of(text), width)
        return put(text, x: right - columns, y: y, style: style, maxWidth: columns)
    }
}
