/// Something a key asks of the executable, which applies it outside the pure view.
public enum Effect: Sendable, Hashable {
    case quit
    case cycleTheme
    case cycleGlyphs
    case changeRefresh(by: RefreshStep)
    /// Freeze (true) or resume the display; collection goes on either way.
    case setPaused(Bool)
    case acknowledge(alertKey: String, note: String?)
    case acknowledgeAll(alertKeys: [String], note: String?)
    case silence(alertKey: String, seconds: Double)
    case liftSilence(alertKey: String)
    case saveIncident(alertKey: String)
    /// The view changed: draw a new frame.
    case redraw
}
