import ExESDBMonitor

/// The diagnostics view (key 7): rejected lines, the latest performance analysis, system state snapshot,
/// debug traces, health checks and performance metrics of each node, and the Limits table (every limit, its
/// cap and how often it bit), as a scrollable list of lines.
enum DiagnosticsPane {
    /// One line of the report.
    struct Line {
        var text: String
        var role: ThemeRole
    }

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let offset = context.view[cursor: .diagnostics].offset
        let all = lines(context.model, glyphs: context.glyphs, limit: offset + rect.height)
        let first = PaneContext.clampedOffset(offset, visible: rect.height, count: all.count)
        for (row, line) in all[first..<min(all.count, first + rect.height)].enumerated() {
            screen.putTruncated(line.text, x: rect.x, y: rect.y + row, width: rect.width, style: context.style(line.role),
                                ellipsis: context.glyphs.ellipsis)
        }
    }

    /// How many lines the report has.
    static func rowCount(_ model: DashboardModel) -> Int {
        lines(model, glyphs: .ascii, limit: .max).count
    }

    /// The report's lines, stopping once `limit` lines are built.
    static func lines(_ model: DashboardModel, glyphs: GlyphSet, limit: Int) -> [Line] {
        var lines: [Line] = []
        let dot = glyphs.text(" · ", ascii: " - ")
        let store = model.store
        let nodes = store.nodes.values.sorted { $0.name < $1.name }
        func add(_ text: String, _ role: ThemeRole = .text) { lines.append(Line(text: text, role: role)) }
        let counters = store.counters
        add("Ingest", .header)
        add("  events accepted \(counters.events), lines rejected \(counters.rejected), blank lines \(counters.blankLines), "
            + "log lines dropped \(store.logs.droppedCount)", .text)
        for reason in RejectionReason.allCases {
            if let count = counters.rejectedByReason[reason] { add("  \(reason.rawValue): \(count)", .warning) }
        }
        let rejections = store.recentRejections
        var position = rejections.count - 1
        while position >= 0, lines.count < limit {
            let rejection = rejections[position]
            add("  " + Format.clock(rejection.receivedAt) + " " + rejection.value.description, .dim)
            position -= 1
        }
        let oddities = store.recentOddities
        if !oddities.isEmpty, lines.count < limit {
            add("Odd field values (kept as text)", .header)
            for record in oddities.suffix(5).reversed() {
                let value = record.value
                add("  " + Format.clock(record.receivedAt) + " " + value.type.structName + (value.node.map { " " + $0 } ?? "")
                    + dot + value.oddity.field + " = " + value.oddity.text, .dim)
            }
        }
        guard lines.count < limit else { return lines }
        add("Performance analysis", .header)
        for node in nodes {
            guard let latest = node.analyses.last, lines.count < limit else { continue }
            let analysis = latest.value
            var head = "  " + Format.clock(latest.receivedAt) + " " + node.name
            if let component = analysis.component { head += dot + component }
            if let type = analysis.analysisType { head += dot + type.wireText }
            if let severity = analysis.severity { head += dot + Badge(severity, glyphs: glyphs).text }
            if let duration = analysis.durationMs { head += dot + Format.milliseconds(duration) }
            add(head, analysis.severity.map { Badge($0, glyphs: glyphs).role } ?? .text)
            if let findings = analysis.findings?.objectValue {
                let members = findings.members.filter { $0.key != "recommendations" }
                for member in members.prefix(AlertDetail.mapEntriesShown) {
                    add("      " + member.key + ": " + listText(member.value))
                }
                if members.count > AlertDetail.mapEntriesShown {
                    add("      +\(members.count - AlertDetail.mapEntriesShown) more entries", .warning)
                }
            } else if let findings = analysis.findings {
                add("      " + listText(findings))
            }
            for recommendation in analysis.recommendations {
                add("      " + glyphs.glyph(for: TrendDirection.flat) + " " + recommendation, .action)
            }
        }
        guard lines.count < limit else { return lines }
        add("System state", .header)
        for node in nodes {
            guard let latest = node.snapshots.last, lines.count < limit else { continue }
            let state = latest.value
            var head = "  " + Format.clock(latest.receivedAt) + " " + node.name
            if let type = state.snapshotType { head += dot + type.wireText }
            if let processes = state.processCount { head += dot + "\(processes) processes" }
            if let memory = state.memoryUsage { head += dot + "memory " + Format.bytes(memory) }
            if let reason = state.triggerReason { head += dot + "trigger " + reason }
            add(head)
            for process in state.largestProcesses.prefix(5) {
                let name = process["name"]?.displayText ?? "?"
                let pid = process["pid"]?.displayText ?? ""
                let memory = process["memory"]?.doubleValue.map(Format.bytes) ?? ""
                add("      " + name + " " + pid + " " + memory, .dim)
            }
        }
        guard lines.count < limit else { return lines }
        add("Debug traces", .header)
        for node in nodes {
            for trace in node.traces.suffix(3).reversed() where lines.count < limit {
                let value = trace.value
                var head = "  " + Format.clock(trace.receivedAt) + " " + node.name
                for part in [value.component, value.operation, value.traceID].compactMap({ $0 }) { head += dot + part }
                if let duration = value.durationMs { head += dot + Format.milliseconds(duration) }
                add(head)
                if let data = value.traceData { add("      " + data.compactText, .dim) }
                if let stack = value.stackTrace { add("      " + stack, .dim) }
            }
        }
        guard lines.count < limit else { return lines }
        add("Health checks", .header)
        for node in nodes {
            for check in node.checks.values.sorted(by: { $0.value.checkName < $1.value.checkName }) where lines.count < limit {
                let value = check.value
                let mark: StatusMark = value.result == .pass ? .healthy : (value.result == .timeout ? .degraded : .unhealthy)
                var text = "  " + node.name + dot + value.checkName + dot + glyphs.glyph(for: mark) + " "
                    + value.result.wireText
                if let duration = value.durationMs { text += dot + Format.milliseconds(duration) }
                if let error = value.error { text += dot + error }
                add(text, Badge.role(of: mark))
            }
            if node.checks.overflowCount > 0 { add("  " + node.name + dot + "+\(node.checks.overflowCount) more checks", .warning) }
        }
        guard lines.count < limit else { return lines }
        add("Performance metrics", .header)
        for node in nodes {
            for metric in node.performanceMetrics.values.sorted(by: { $0.value.metricName < $1.value.metricName })
            where lines.count < limit {
                let value = metric.value
                var text = "  " + node.name + dot + value.metricName + " "
                    + (value.value.map { Format.compact($0) } ?? value.valueText ?? "-")
                if let unit = value.unit { text += " " + unit }
                if let component = value.component { text += " (" + component + ")" }
                add(text)
            }
            if node.performanceMetrics.overflowCount > 0 {
                add("  " + node.name + dot + "+\(node.performanceMetrics.overflowCount) more metrics", .warning)
            }
        }
        guard lines.count < limit else { return lines }
        add("Limits", .header)
        let table = model.limits.tableLines
        add("  " + table[0], .dim)
        for (row, text) in zip(model.limits.rows, table.dropFirst()) {
            add("  " + text, row.count > 0 ? .warning : .text)
        }
        return lines
    }

    /// Arrays as comma-separated display text, anything else as its display text.
    private static func listText(_ value: JSONValue) -> String {
        if let elements = value.arrayValue { return elements.map(\.displayText).joined(separator: ", ") }
        return value.displayText
    }
}
