import Foundation

/// A captured console screen as a person reads it: the header, the footer, and the inside of each pane
/// box found by the title on its top edge.
struct ScreenText {
    /// The rows, top to bottom.
    let lines: [String]
    /// Whether the console draws with its ASCII glyphs (`+-|` boxes, `>` focus marker).
    let isASCII: Bool

    init(_ text: String, ascii: Bool = false) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        isASCII = ascii
    }

    /// The first row: cluster status, quorum, nodes, rates and refresh.
    var header: String { lines.first ?? "" }

    /// The last non-blank row: key hints or the open prompt.
    var footer: String { lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "" }

    private var vertical: Character { isASCII ? "|" : "│" }
    private var topLeft: Character { isASCII ? "+" : "┌" }
    private var focusMarker: String { isASCII ? ">" : "▶" }

    /// The row holding a pane's title and where the title starts, if the pane is on screen.
    func titleRow(_ digit: Int, _ title: String) -> (row: Int, range: Range<String.Index>)? {
        for (row, line) in lines.enumerated() {
            for label in [" \(digit) \(title) ", " \(focusMarker)\(digit) \(title) "] {
                if let range = line.range(of: label) { return (row, range) }
            }
        }
        return nil
    }

    /// Whether the pane's title carries the focus marker.
    func isFocused(_ digit: Int, _ title: String) -> Bool {
        lines.contains { $0.contains(" \(focusMarker)\(digit) \(title) ") }
    }

    /// The pane's title row (its top edge, with the note at the right).
    func titleLine(_ digit: Int, _ title: String) -> String? {
        titleRow(digit, title).map { lines[$0.row] }
    }

    /// The inside of a pane, one string per row (between its side edges), or nil when it is not on screen.
    /// Panes sit side by side: the pane's place among the boxes on its top edge picks the column (ASCII
    /// boxes have `+` at both top corners, so each box before it counts twice).
    func pane(_ digit: Int, _ title: String) -> [String]? {
        guard let (row, range) = titleRow(digit, title) else { return nil }
        let line = lines[row]
        let corners = line[..<range.lowerBound].filter { $0 == topLeft }.count
        let place = isASCII ? (corners + 1) / 2 : corners
        let segment = 2 * place - 1
        var inside: [String] = []
        for line in lines[(row + 1)...] {
            let parts = line.split(separator: vertical, omittingEmptySubsequences: false)
            guard place > 0, parts.count > segment + 1 else { break }
            inside.append(String(parts[segment]))
        }
        return inside
    }

    /// Pane rows that are not blank.
    func filledRows(_ digit: Int, _ title: String) -> [String] {
        (pane(digit, title) ?? []).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// What the demo should show and this screen lacks, in words; empty when every pane shows data.
    func missingDemoData() -> [String] {
        var missing: [String] = []
        let status = header.firstMatch(of: /(healthy|degraded|unhealthy)/)
        if status == nil { missing.append("a cluster status word in the header") }
        if !header.contains("quorum") { missing.append("quorum in the header") }
        if !(pane(1, "Cluster") ?? []).contains(where: { $0.contains("node1@demo") }) {
            missing.append("node1@demo in the Cluster pane")
        }
        if !(pane(2, "Throughput") ?? []).contains(where: { $0.contains(/^[a-z_]{4,}.*\d[\d.]*[kMG]?\/s/) }) {
            missing.append("an operation with a /s rate in the Throughput pane")
        }
        if !(pane(3, "Latency") ?? []).contains(where: { $0.contains(/p99 .*\d[\d.]* ?(ms|us|µs|s)\b/) }) {
            missing.append("a p99 figure in the Latency pane")
        }
        let gauge = isASCII ? /[#.]{5,} *\d+%/ : /[█░]{5,} *\d+%/
        if !(pane(4, "Resources") ?? []).contains(where: { $0.contains(gauge) }) {
            missing.append("a gauge with a % in the Resources pane")
        }
        if pane(5, "Alerts") == nil { missing.append("the Alerts pane") }
        if filledRows(6, "Logs").isEmpty { missing.append("a line in the Logs pane") }
        return missing
    }
}
