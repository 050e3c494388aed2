/// One line of the `?` help: the keys as written, what they do, and the `Key` values they stand for.
public struct HelpEntry: Sendable, Hashable {
    /// Which part of the screen the keys act on.
    public enum Section: String, Sendable, CaseIterable {
        case everywhere = "Everywhere"
        case alerts = "Alerts pane"
    }

    /// The keys as shown, e.g. `Tab / Shift-Tab`.
    public var keys: String
    /// What they do.
    public var action: String
    /// Where they act.
    public var section: Section
    /// The keys themselves.
    public var bindings: [Key]

    /// Every key the dashboard answers, in help order.
    public static let all: [HelpEntry] = [
        HelpEntry(keys: "Tab S-Tab", action: "move focus", section: .everywhere, bindings: [.tab, .backTab]),
        HelpEntry(keys: "1 - 7", action: "zoom pane; Esc returns", section: .everywhere,
                  bindings: PaneID.allCases.map { .character($0.digit) } + [.escape]),
        HelpEntry(keys: "Up/Dn j k", action: "scroll and select", section: .everywhere,
                  bindings: [.up, .down, .character("j"), .character("k")]),
        HelpEntry(keys: "PgUp PgDn", action: "scroll a page", section: .everywhere, bindings: [.pageUp, .pageDown]),
        HelpEntry(keys: "Home End", action: "top / bottom", section: .everywhere, bindings: [.home, .end]),
        HelpEntry(keys: "/", action: "filter log or table", section: .everywhere,
                  bindings: [.character("/")]),
        HelpEntry(keys: "f", action: "log follow on/off", section: .everywhere, bindings: [.character("f")]),
        HelpEntry(keys: "space", action: "pause the display", section: .everywhere,
                  bindings: [.character(" ")]),
        HelpEntry(keys: "+ -", action: "refresh slower / faster", section: .everywhere,
                  bindings: [.character("+"), .character("-")]),
        HelpEntry(keys: "t", action: "next theme", section: .everywhere, bindings: [.character("t")]),
        HelpEntry(keys: "g", action: "next glyph set", section: .everywhere, bindings: [.character("g")]),
        HelpEntry(keys: "o", action: "cluster sort order", section: .everywhere,
                  bindings: [.character("o")]),
        HelpEntry(keys: "^L", action: "redraw", section: .everywhere, bindings: [.control("l")]),
        HelpEntry(keys: "?", action: "this help", section: .everywhere, bindings: [.character("?")]),
        HelpEntry(keys: "q", action: "quit", section: .everywhere, bindings: [.character("q")]),
        HelpEntry(keys: "Up/Dn", action: "select an alert", section: .alerts, bindings: [.up, .down]),
        HelpEntry(keys: "a", action: "acknowledge (+ note)", section: .alerts, bindings: [.character("a")]),
        HelpEntry(keys: "A", action: "acknowledge all (y/n)", section: .alerts, bindings: [.character("A")]),
        HelpEntry(keys: "s", action: "silence 15m/1h/4h/custom", section: .alerts, bindings: [.character("s")]),
        HelpEntry(keys: "u", action: "lift silence", section: .alerts, bindings: [.character("u")]),
        HelpEntry(keys: "Enter", action: "details; Esc closes", section: .alerts, bindings: [.enter]),
        HelpEntry(keys: "h", action: "history on/off", section: .alerts, bindings: [.character("h")]),
        HelpEntry(keys: "v", action: "severity all/warn+/crit", section: .alerts, bindings: [.character("v")]),
        HelpEntry(keys: "i", action: "save incident bundle", section: .alerts, bindings: [.character("i")]),
    ]
}
