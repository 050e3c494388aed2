/// What the alert UI is doing besides listing: a prompt, a chooser or the detail view. Each names
/// the alert it was opened on, so alerts arriving meanwhile cannot redirect the action.
public enum AlertMode: Sendable, Hashable {
    /// The list (active or history).
    case list
    /// `a`: typing an optional note before acknowledging.
    case notePrompt(alertKey: String, note: String)
    /// `A`: waiting for y/n before acknowledging every listed unacknowledged alert.
    case confirmAcknowledgeAll(alertKeys: [String])
    /// `s`: choosing a silence duration; `customMinutes` holds digits typed for a custom one.
    case silenceChooser(alertKey: String, choice: SilenceChoice, customMinutes: String)
    /// Enter: every field of one alert, scrolled down by `scroll` lines.
    case detail(alertKey: String, scroll: Int)
}
