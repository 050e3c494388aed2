/// The dashboard's UI state: focus, zoom, scrolling, filters, modes. A value; `handle(_:model:)` changes it.
public struct ViewState: Sendable, Hashable {
    /// The focused pane of the grid.
    public var focus: PaneID = .cluster
    /// The pane shown full screen, if any.
    public var zoomed: PaneID?
    /// Whether the log pane sticks to the newest line.
    public var isFollowingLogs = true
    /// The order of the cluster table.
    public var clusterSort: ClusterSort = .status
    /// Whether the display is frozen (collection goes on).
    public var isPaused = false
    /// Whether the key help covers the screen.
    public var isShowingHelp = false
    /// The alert prompt, chooser or detail view that is open.
    public var alertMode: AlertMode = .list
    /// Whether the alert pane lists resolved alerts instead of active ones.
    public var isShowingAlertHistory = false
    /// Which severities the alert list shows.
    public var severityFilter: SeverityFilter = .all
    /// How many log lines had ever arrived when the log pane was last scrolled: lines arriving later
    /// push the scroll offset up so the lines on screen stay put.
    var logTotalAtScroll = 0
    private var cursors = [PaneCursor](repeating: PaneCursor(), count: PaneID.allCases.count)

    /// The starting state: cluster focused, logs following, nothing open.
    public init() {}

    /// The pane keys act on: the zoomed one, else the focused one.
    public var activePane: PaneID { zoomed ?? focus }

    /// The scroll, selection and filter of a pane.
    public subscript(cursor pane: PaneID) -> PaneCursor {
        get { cursors[pane.rawValue - 1] }
        set { cursors[pane.rawValue - 1] = newValue }
    }
}
