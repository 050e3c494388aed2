/// Why the terminal could not be taken over; the caller prints `description` and exits with status 2.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `TERM` is not set.
    case noTermVariable
    /// No terminfo entry for `TERM`.
    case unknownTerminal(String)
    /// The terminfo database itself could not be found.
    case noTerminfoDatabase(String)
    /// The terminal cannot move the cursor (`dumb` and the like), so a full-screen view is impossible.
    case noCursorAddressing(String)
    /// Neither stdin nor `/dev/tty` is a terminal to read keys from.
    case noTerminalDevice
    /// curses refused to start for another reason.
    case startFailed(String)

    public var description: String {
        switch self {
        case .noTermVariable:
            return "TERM is not set: cannot drive the terminal (try TERM=xterm-256color, or use `snapshot`)"
        case .unknownTerminal(let term):
            return "unknown terminal type TERM=\(term): no terminfo entry (install ncurses-term, or try TERM=xterm-256color)"
        case .noTerminfoDatabase(let term):
            return "no terminfo database found for TERM=\(term)"
        case .noCursorAddressing(let term):
            return "terminal TERM=\(term) cannot address the cursor: a full-screen console needs one (use `snapshot` instead)"
        case .noTerminalDevice:
            return "no terminal to read keys from: stdin is not a TTY and /dev/tty cannot be opened"
        case .startFailed(let reason):
            return "cannot start the terminal: \(reason)"
        }
    }
}
