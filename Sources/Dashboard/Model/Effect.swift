/// Something a key asks of the executable, which applies it outside the pure view.
public enum Effect: Sendable, Hashable {
    /// Restore the terminal and exit.
    case quit
    /// Switch to the next theme.
    case cycleTheme
    /// Switch to the next glyph set.
    case cycleGlyphs
    /// Make the refresh interval longer or shorter.
    case changeRefresh(by: RefreshStep)
    /// Freeze (true) or resume the display; collection goes on either way.
    case setPaused(Bool)
    /// Acknowledge one alert as the operator, with an optional note.
    case acknowledge(alertKey: String, note: String?)
    /// Acknowledge every listed alert (confirmed with y).
    case acknowledgeAll(alertKeys: [String], note: String?)
    /// Silence an alert for a number of seconds from now.
    case silence(alertKey: String, seconds: Double)
    /// End an alert's silence.
    case liftSilence(alertKey: String)
    /// Write an incident bundle for an alert.
    case saveIncident(alertKey: String)
    /// The view changed: draw a new frame.
    case redraw
    /// The terminal may show something else (^L): paint every cell again, not only the changed ones.
    case repaint
}
