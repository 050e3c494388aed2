/// The ssh command line for a target. Pure.
enum SSHCommand {
    /// The first line the remote `tail` form prints, so the source knows the session is up.
    static let readyMarker = "__exesdb_top_ready__"

    /// Arguments for `ssh`: batch mode (never prompts), timeouts, keepalives, the caller's extras,
    /// then `-W 127.0.0.1:PORT dest` or `dest 'echo marker; exec tail -n 0 -F -- PATH'`.
    static func arguments(for target: SSHTarget, options: SSHOptions) -> [String] {
        var arguments = [
            "-o", "BatchMode=yes", "-o", "ConnectTimeout=\(options.connectTimeout)",
            "-o", "ServerAliveInterval=5", "-o", "ServerAliveCountMax=2", "-o", "LogLevel=ERROR",
        ]
        if let port = target.port { arguments += ["-p", String(port)] }
        arguments += options.extraArguments
        if let path = target.path {
            arguments += ["-T", "--", target.destination,
                          "echo \(readyMarker); exec tail -n 0 -F -- \(shellQuoted(path))"]
        } else {
            arguments += ["-W", "127.0.0.1:\(options.bridgePort)", "--", target.destination]
        }
        return arguments
    }

    /// `text` in single quotes for a POSIX shell.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacing("'", with: "'\\''") + "'"
    }
}
