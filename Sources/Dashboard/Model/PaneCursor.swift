/// Where one pane is scrolled to, what is selected in it and how it is filtered.
public struct PaneCursor: Sendable, Hashable {
    /// Rows scrolled past: from the top for tables and lists, up from the newest line for logs.
    public var offset = 0
    /// The selected row among the pane's rows (tables and the alert list).
    public var selection = 0
    /// Text a row must contain to be shown (case-insensitive); empty shows every row.
    public var filter = ""
    /// Whether the filter prompt is open and keys edit the filter.
    public var isEditingFilter = false

    /// A cursor at the top, unfiltered.
    public init() {}
}
