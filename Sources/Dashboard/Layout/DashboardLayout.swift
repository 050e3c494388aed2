/// Where everything goes on a screen of a given size: header rows, pane rectangles and the bottom line.
public struct DashboardLayout: Sendable, Hashable {
    /// The smallest screen the dashboard draws; below it a "terminal too small" message shows.
    public static let minimumWidth = 60
    /// The smallest screen height the dashboard draws.
    public static let minimumHeight = 16
    /// Width from which the grid gives the wide panes more room and the header more detail.
    public static let wideWidth = 140

    /// The header rows.
    public var header: Rect
    /// The rows between header and bottom line.
    public var body: Rect
    /// The bottom line: key hints, or the open prompt.
    public var footer: Rect
    /// Each visible pane's rectangle (only the zoomed one when zoomed).
    public var panes: [PaneID: Rect]

    /// Whether a screen of this size is big enough to draw.
    public static func fits(width: Int, height: Int) -> Bool {
        width >= minimumWidth && height >= minimumHeight
    }

    /// The layout for a screen size, with `zoomed` taking the whole body.
    public init(width: Int, height: Int, zoomed: PaneID?) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (header, rest) = screen.splitRows(at: 2)
        let (body, footer) = rest.splitRows(at: rest.height - 1)
        self.header = header
        self.body = body
        self.footer = footer
        if let zoomed {
            panes = [zoomed: body]
            return
        }
        let topHeight = max(4, body.height * 35 / 100)
        let middleHeight = max(4, body.height * 30 / 100)
        let (top, lower) = body.splitRows(at: topHeight)
        let (middle, bottom) = lower.splitRows(at: middleHeight)
        let (cluster, alerts) = top.splitColumns(at: top.width * (width >= Self.wideWidth ? 55 : 52) / 100)
        let third = middle.width / 3
        let (throughput, afterThroughput) = middle.splitColumns(at: third)
        let (latency, resources) = afterThroughput.splitColumns(at: third)
        panes = [
            .cluster: cluster, .alerts: alerts, .throughput: throughput, .latency: latency,
            .resources: resources, .logs: bottom,
        ]
    }
}
