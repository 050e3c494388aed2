import ExESDBMonitor

/// The bottom line: the open prompt (filter, note, confirmation, silence chooser) or key hints.
enum FooterBar {
    static func draw(_ context: PaneContext, in rect: Rect, on screen: inout Screen) {
        guard rect.height > 0 else { return }
        screen.fill(x: rect.x, y: rect.y, width: rect.width, height: 1, style: context.style(.text))
        var writer = context.writer(in: rect, row: 0)
        let view = context.view
        let header = context.style(.header)
        let dim = context.style(.dim)
        let cursorMark = "_"
        let active = view.activePane
        let dot = context.glyphs.text(" · ", ascii: ", ")
        if view[cursor: active].isEditingFilter {
            writer.write("Filter " + active.title + ": ", header, on: &screen)
            writer.write(view[cursor: active].filter + cursorMark, context.style(.text), on: &screen)
            writer.write("   Enter keeps" + dot + "Esc clears", dim, on: &screen)
            return
        }
        switch view.alertMode {
        case .notePrompt(let key, let note):
            writer.write("Acknowledge " + title(of: key, context) + " - note: ", header, on: &screen)
            writer.write(note + cursorMark, context.style(.text), on: &screen)
            writer.write("   Enter confirms" + dot + "Esc cancels", dim, on: &screen)
        case .confirmAcknowledgeAll(let keys):
            writer.write("Acknowledge \(keys.count) alert\(keys.count == 1 ? "" : "s") as "
                         + (context.model.operatorName.isEmpty ? "this console" : context.model.operatorName) + "? ",
                         context.style(.warning), on: &screen)
            writer.write("y / n", header, on: &screen)
        case .silenceChooser(let key, let choice, let minutes):
            writer.write("Silence " + title(of: key, context) + " for: ", header, on: &screen)
            for option in SilenceChoice.allCases {
                var text = "[\(option.rawValue)] " + option.label
                if option == .custom, choice == .custom { text += ": " + minutes + cursorMark + " min" }
                writer.write(text, option == choice ? context.style(.selection) : context.style(.text), on: &screen)
                writer.skip(1)
            }
            writer.write("  " + context.glyphs.text("← →", ascii: "Left Right") + " Enter" + dot + "Esc cancels", dim, on: &screen)
        case .detail:
            writer.write("Esc closes" + dot + context.glyphs.text("↑ ↓", ascii: "Up Down") + " scroll" + dot + "i saves an incident bundle", dim, on: &screen)
        case .list:
            var hints = "? help  q quit  Tab focus  1-7 zoom  / filter  f follow  space pause"
            if active == .alerts {
                hints = "a ack  A ack all  s silence  u unsilence  Enter details  h history  v severity  i incident  ? help"
            }
            writer.write(hints, dim, on: &screen)
        }
    }

    private static func title(of key: String, _ context: PaneContext) -> String {
        let alert = context.model.alerts.first { $0.key == key } ?? context.model.alertHistory.first { $0.key == key }
        return "\"" + String((alert?.title ?? key).prefix(40)) + "\""
    }
}
