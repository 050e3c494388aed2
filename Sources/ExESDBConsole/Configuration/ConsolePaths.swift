/// Where the console's files live, by the XDG base directory rules (a relative XDG variable is ignored).
public enum ConsolePaths {
    /// `$XDG_CONFIG_HOME/exesdb-top/config.toml`, else `$HOME/.config/exesdb-top/config.toml`.
    public static func configurationFile(environment: [String: String]) -> String {
        base("XDG_CONFIG_HOME", else: ".config", environment) + "/exesdb-top/config.toml"
    }

    /// `$XDG_STATE_HOME/exesdb-top`, else `$HOME/.local/state/exesdb-top`: the journal's directory.
    public static func stateDirectory(environment: [String: String]) -> String {
        base("XDG_STATE_HOME", else: ".local/state", environment) + "/exesdb-top"
    }

    /// The incident bundles' directory inside the state directory.
    public static func incidentsDirectory(environment: [String: String]) -> String {
        stateDirectory(environment: environment) + "/incidents"
    }

    private static func base(_ variable: String, else fallback: String, _ environment: [String: String]) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (environment["HOME"] ?? "") + "/" + fallback
    }
}
