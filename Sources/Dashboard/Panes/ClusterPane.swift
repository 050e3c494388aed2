import ExESDBMonitor

/// The node table (status, last seen, CPU, memory, disk, component and check health) followed by each
/// store's leader, members and quorum headroom.
enum ClusterPane {
    /// The title note: sort order, filter and refused keys.
    static func note(_ context: PaneContext) -> String {
        var note = "sort " + context.view.clusterSort.rawValue
        let filter = context.view[cursor: .cluster].filter
        if !filter.isEmpty { note += "  /" + filter }
        let store = context.model.store
        if store.nodes.overflowCount > 0 { note += "  +\(store.nodes.overflowCount) more nodes" }
        if store.topology.overflowCount > 0 { note += "  +\(store.topology.overflowCount) more stores" }
        note += DashboardRenderer.moreNote(context.model.limits.count(of: .components), "components")
        return note
    }

    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0, rect.width > 0 else { return }
        let rows = ClusterRow.rows(model: context.model, view: context.view)
        if rows.isEmpty {
            let text = context.view[cursor: .cluster].filter.isEmpty ? "no nodes heard from yet" : "no node matches the filter"
            screen.putTruncated(text, x: rect.x, y: rect.y, width: rect.width, style: context.style(.dim),
                                ellipsis: context.glyphs.ellipsis)
            return
        }
        let columns = Columns(width: rect.width, glyphs: context.glyphs)
        columns.drawHeading(context, in: rect, on: &screen)
        let visible = rect.height - 1
        let selection = min(context.view[cursor: .cluster].selection, rows.count - 1)
        let first = PaneContext.firstRow(selection: selection, visible: visible, count: rows.count)
        for index in first..<min(rows.count, first + visible) {
            let y = rect.y + 1 + index - first
            let selected = index == selection && context.isActive(.cluster)
            if selected { screen.fill(x: rect.x, y: y, width: rect.width, height: 1, style: context.style(.selection)) }
            var row = RowWriter(x: rect.x, y: y, right: rect.right, ellipsis: context.glyphs.ellipsis)
            switch rows[index] {
            case .node(let node): columns.drawNode(node, context, selected: selected, with: &row, on: &screen)
            case .storeHeading: drawStoreHeading(context, columns: columns, with: &row, on: &screen)
            case .store(let record): drawStore(record, context, columns: columns, selected: selected, with: &row, on: &screen)
            }
        }
    }

    private static func drawStoreHeading(_ context: PaneContext, columns: Columns, with row: inout RowWriter, on screen: inout Screen) {
        let style = context.style(.header)
        row.write("STORE", style, width: columns.name + 1, on: &screen)
        row.write("LEADER / HEADROOM / MEMBERS", style, on: &screen)
    }

    private static func drawStore(
        _ record: TopologyRecord, _ context: PaneContext, columns: Columns, selected: Bool, with row: inout RowWriter,
        on screen: inout Screen
    ) {
        let pick = { (role: ThemeRole) in selected ? context.style(.selection) : context.style(role) }
        let topology = record.topology
        row.write(topology.store, pick(.text), width: columns.name + 1, on: &screen)
        row.write("leader " + (topology.leader ?? "?") + "  ", pick(topology.leader == nil ? .degraded : .text), on: &screen)
        let headroom = context.model.store.quorumHeadroom(of: topology.store, at: context.model.now)
        switch headroom {
        case let value? where value < 0:
            row.write("\(context.glyphs.glyph(for: StatusMark.unhealthy)) quorum lost (\(value))", context.style(.critical), on: &screen)
        case 0?:
            row.write("\(context.glyphs.glyph(for: StatusMark.degraded)) headroom 0", context.style(.warning), on: &screen)
        case let value?:
            row.write("headroom \(value)", pick(.healthy), on: &screen)
        case nil:
            row.write("headroom ?", pick(.stale), on: &screen)
        }
        row.write("  members " + topology.members.joined(separator: ","), pick(.dim), on: &screen)
    }

    /// Column widths for a pane width: the name column takes what the others leave; columns that do not fit
    /// are dropped from the right (health first, then disk, memory, CPU).
    struct Columns {
        /// The node name column.
        var name: Int
        /// Status, seen, CPU, memory and disk, in that order; only the first `shown` are drawn.
        var fixed: [Int]
        var shown: Int
        /// The health column; 0 when there is no room for it.
        var health: Int

        init(width: Int, glyphs: GlyphSet) {
            let status = StatusMark.allCases.map { DisplayWidth.of(glyphs.label(for: $0)) }.max() ?? 9
            fixed = [status, 4, 4, 4, 4]
            let minimumName = 8
            var used = minimumName
            var count = 0
            for columnWidth in fixed {
                guard used + 1 + columnWidth <= width else { break }
                used += 1 + columnWidth
                count += 1
            }
            shown = count
            let spare = width - used
            let nameGrowth = min(spare, 12)
            let left = spare - nameGrowth
            health = left >= 13 ? left - 1 : 0
            name = health > 0 ? minimumName + nameGrowth : min(minimumName + spare, 28)
        }

        func drawHeading(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
            var row = context.writer(in: rect, row: 0)
            let style = context.style(.header)
            row.write("NODE", style, width: name, on: &screen)
            let titles = ["STATUS", "SEEN", "CPU", "MEM", "DISK"]
            for index in 0..<shown {
                row.skip(1)
                row.write(titles[index], style, width: fixed[index], alignRight: index > 0, on: &screen)
            }
            if health > 0 {
                row.skip(1)
                row.write("HEALTH", style, width: health, on: &screen)
            }
        }

        func drawNode(_ node: NodeState, _ context: PaneContext, selected: Bool, with row: inout RowWriter, on screen: inout Screen) {
            let model = context.model
            let isStale = model.store.isStale(node, at: model.now)
            let pick = { (role: ThemeRole) in selected ? context.style(.selection) : context.style(role) }
            row.write(node.name, pick(isStale ? .stale : .text), width: name, on: &screen)
            let badge = Badge(node.reportedStatus, isStale: isStale, glyphs: context.glyphs)
            let cells: [(String, Style)] = [
                (badge.text, context.style(badge.role)),
                (Format.age(model.now - node.lastSeen), pick(isStale ? .stale : .dim)),
                percentCell(node, .cpu, context, selected: selected),
                percentCell(node, .memory, context, selected: selected),
                percentCell(node, .disk, context, selected: selected),
            ]
            for index in 0..<shown {
                row.skip(1)
                row.write(cells[index].0, cells[index].1, width: fixed[index], alignRight: index > 0, on: &screen)
            }
            if health > 0 {
                row.skip(1)
                drawHealth(node, context, selected: selected, with: &row, on: &screen)
            }
        }

        private func percentCell(_ node: NodeState, _ type: ResourceType, _ context: PaneContext, selected: Bool) -> (String, Style) {
            let value = node.resources[type]?.latest.usagePercent
            return (Format.percent(value), selected ? context.style(.selection) : Gauge.style(for: value, theme: context.theme))
        }

        /// `comp 3/4 chk 5/6 persistence✖`: healthy components and passing checks over the totals, then
        /// the names of those that are not.
        private func drawHealth(_ node: NodeState, _ context: PaneContext, selected: Bool, with row: inout RowWriter, on screen: inout Screen) {
            var worst = HealthStatus.healthy
            var healthy = 0
            var failing: [String] = []
            for component in node.components.values {
                worst = HealthStatus.worse(worst, component.value.status)
                if component.value.status == .healthy { healthy += 1 } else { failing.append(component.value.component) }
            }
            var passed = 0
            for check in node.checks.values {
                if check.value.result == .pass { passed += 1 } else { failing.append(check.value.checkName) }
            }
            let dim = selected ? context.style(.selection) : context.style(.dim)
            if node.components.isEmpty, node.checks.isEmpty {
                row.write("-", dim, on: &screen)
                return
            }
            if !node.components.isEmpty {
                let badge = Badge(worst, isStale: false, glyphs: context.glyphs)
                row.write("comp \(healthy)/\(node.components.count) ", context.style(badge.role), on: &screen)
            }
            if !node.checks.isEmpty {
                let role: ThemeRole = passed == node.checks.count ? .healthy : .unhealthy
                row.write("chk \(passed)/\(node.checks.count) ", context.style(role), on: &screen)
            }
            if !failing.isEmpty { row.write(failing.sorted().joined(separator: ","), dim, on: &screen) }
        }
    }
}
