/// A source as named on the command line or in config.toml, parsed but not yet opened.
public enum SourceSpecifier: Sendable, Hashable, CustomStringConvertible {
    /// `proc`: the local node from /proc.
    case proc
    /// `demo`: the built-in simulated cluster.
    case demo
    /// `-`: standard input.
    case standardInput
    /// `tcp://host:port`: a bridge.
    case tcp(host: String, port: Int)
    /// `ssh://[user@]host[:port]`: the bridge on a remote node through ssh -W; with a path, `tail -F` of that file.
    case ssh(destination: String, port: Int?, remotePath: String?)
    /// `file:PATH` or a bare path: followed like `tail -F`.
    case file(path: String)
    /// `replay:PATH[?speed=N|max]`: a recording made with `--record`.
    case replay(path: String, speed: ReplaySpeed)

    /// The default port of the ExESDB bridge.
    public static let defaultBridgePort = 7755

    /// Parses a source URI; the error says what is wrong in words an operator can act on.
    public init(parsing text: String) throws(SourceSpecifierError) {
        let trimmed = text.trimmingSpaces
        switch trimmed {
        case "": throw SourceSpecifierError("empty source")
        case "proc": self = .proc
        case "demo": self = .demo
        case "-": self = .standardInput
        default:
            if let rest = trimmed.removingPrefix("tcp://") {
                let (host, port) = try Self.hostAndPort(rest, in: trimmed)
                guard let port else { throw SourceSpecifierError("\(trimmed): a port is needed, e.g. tcp://127.0.0.1:\(Self.defaultBridgePort)") }
                self = .tcp(host: host, port: port)
            } else if let rest = trimmed.removingPrefix("ssh://") {
                let slash = rest.firstIndex(of: "/")
                let authority = slash.map { String(rest[..<$0]) } ?? rest
                let path = slash.map { String(rest[$0...]) }
                let (destination, port) = try Self.hostAndPort(authority, in: trimmed)
                self = .ssh(destination: destination, port: port, remotePath: path == "/" ? nil : path)
            } else if let rest = trimmed.removingPrefix("replay:") {
                let parts = rest.split(separator: "?", maxSplits: 1).map(String.init)
                guard let path = parts.first, !path.isEmpty else { throw SourceSpecifierError("\(trimmed): a recording path is needed") }
                var speed = ReplaySpeed.factor(1)
                if parts.count == 2 {
                    guard let value = parts[1].removingPrefix("speed=") else {
                        throw SourceSpecifierError("\(trimmed): the only option is ?speed=N or ?speed=max")
                    }
                    if value == "max" {
                        speed = .maximum
                    } else if let factor = Double(value), factor > 0, factor.isFinite {
                        speed = .factor(factor)
                    } else {
                        throw SourceSpecifierError("\(trimmed): speed must be a positive number or max")
                    }
                }
                self = .replay(path: path, speed: speed)
            } else if let path = trimmed.removingPrefix("file:") {
                guard !path.isEmpty else { throw SourceSpecifierError("\(trimmed): a file path is needed") }
                self = .file(path: path)
            } else if let scheme = trimmed.firstRange(of: "://") {
                throw SourceSpecifierError("unknown source scheme \(trimmed[..<scheme.lowerBound])://: use tcp://, ssh://, file:, replay:, proc, demo or -")
            } else {
                self = .file(path: trimmed)
            }
        }
    }

    public var description: String {
        switch self {
        case .proc: return "proc"
        case .demo: return "demo"
        case .standardInput: return "-"
        case .tcp(let host, let port): return "tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        case .ssh(let destination, let port, let path):
            return "ssh://\(destination)" + (port.map { ":\($0)" } ?? "") + (path ?? "")
        case .file(let path): return "file:\(path)"
        case .replay(let path, let speed):
            switch speed {
            case .maximum: return "replay:\(path)?speed=max"
            case .factor(let factor) where factor == 1: return "replay:\(path)"
            case .factor(let factor): return "replay:\(path)?speed=\(factor)"
            }
        }
    }

    /// Whether lines can be sent upstream on this source (acknowledgements).
    public var isBidirectional: Bool {
        switch self {
        case .tcp, .demo: return true
        case .ssh(_, _, let path): return path == nil
        default: return false
        }
    }

    private static func hostAndPort(_ authority: String, in whole: String) throws(SourceSpecifierError) -> (String, Int?) {
        var host = authority
        var portText: String?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[authority.index(after: authority.startIndex)..<close])
            let after = authority[authority.index(after: close)...]
            if let rest = String(after).removingPrefix(":") { portText = rest }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            portText = String(authority[authority.index(after: colon)...])
        }
        guard !host.isEmpty, host.last != "@" else { throw SourceSpecifierError("\(whole): a host is needed") }
        guard let portText else { return (host, nil) }
        guard let port = Int(portText), (1...65_535).contains(port) else {
            throw SourceSpecifierError("\(whole): \(portText.isEmpty ? "empty" : portText) is not a port (1–65535)")
        }
        return (host, port)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    fileprivate func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
