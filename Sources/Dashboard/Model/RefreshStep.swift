/// Which way `+` and `-` move the refresh interval.
public enum RefreshStep: Sendable, Hashable {
    /// `+`: redraw less often.
    case longer
    /// `-`: redraw more often.
    case shorter
}
