/// Where the console keeps its own state: the alert journal and incident bundles.
enum StateDirectory {
    /// `$XDG_STATE_HOME/exesdb-top`, else `$HOME/.local/state/exesdb-top`.
    static func path(environment: [String: String]) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? "") + "/.local/state"
        return base + "/exesdb-top"
    }
}
