/// A source as named on the command line.
///
/// `tcp://host[:port]` (port 7755 by default), `file:PATH` or a bare path, `-` (standard input),
/// `ssh://[user@]host[:port][/path/to/file]`, `replay:PATH[?speed=N|max]`, `proc`, `demo`.
public enum SourceDescriptor: Sendable, Hashable {
    /// A TCP connection to an ExESDB bridge (bidirectional).
    case tcp(host: String, port: Int)
    /// A followed file.
    case file(path: String)
    /// Standard input.
    case standardInput
    /// A remote node over the system ssh.
    case ssh(SSHTarget)
    /// A recording played back.
    case replay(path: String, speed: ReplaySpeed)
    /// The local node read from /proc.
    case proc
    /// The built-in simulated cluster.
    case demo

    /// The default ExESDB bridge port.
    public static let defaultBridgePort = 7755

    /// Reads a source name.
    public init(parsing text: String) throws(SourceParseError) {
        func fail(_ reason: String) -> SourceParseError { SourceParseError(text: text, reason: reason) }
        switch text {
        case "": throw fail("empty")
        case "-": self = .standardInput
        case "proc": self = .proc
        case "demo": self = .demo
        default:
            if text.hasPrefix("tcp://") {
                let (host, port) = try Self.hostAndPort(String(text.dropFirst(6)), text: text)
                self = .tcp(host: host, port: port ?? Self.defaultBridgePort)
            } else if text.hasPrefix("ssh://") {
                var rest = Substring(text.dropFirst(6))
                var path: String?
                if let slash = rest.firstIndex(of: "/") {
                    path = String(rest[slash...])
                    rest = rest[..<slash]
                }
                var user: String?
                if let at = rest.lastIndex(of: "@") {
                    user = String(rest[..<at])
                    rest = rest[rest.index(after: at)...]
                    if user!.isEmpty { throw fail("empty user name") }
                }
                let (host, port) = try Self.hostAndPort(String(rest), text: text)
                self = .ssh(SSHTarget(user: user, host: host, port: port, path: path))
            } else if text.hasPrefix("replay:") {
                var path = Substring(text.dropFirst(7))
                var speed = ReplaySpeed.factor(1)
                if let question = path.lastIndex(of: "?"), path[question...].hasPrefix("?speed=") {
                    let value = path[path.index(question, offsetBy: 7)...]
                    if value == "max" {
                        speed = .maximum
                    } else if let factor = Double(value), factor > 0, factor.isFinite {
                        speed = .factor(factor)
                    } else {
                        throw fail("speed must be a positive number or max")
                    }
                    path = path[..<question]
                }
                if path.isEmpty { throw fail("no recording path") }
                self = .replay(path: String(path), speed: speed)
            } else if text.hasPrefix("file:") {
                let path = String(text.dropFirst(5))
                if path.isEmpty { throw fail("no file path") }
                self = .file(path: path)
            } else if let scheme = text.firstRange(of: "://"), !text[..<scheme.lowerBound].contains("/") {
                throw fail("unknown scheme \(text[..<scheme.lowerBound]); use tcp://, ssh://, file:, replay:, -, proc or demo")
            } else {
                self = .file(path: text)
            }
        }
    }

    /// The name shown on screen, which is also the id of the collector made from it.
    public var id: SourceID {
        switch self {
        case .tcp(let host, let port): return SourceID("tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        case .file(let path): return SourceID("file:\(path)")
        case .standardInput: return SourceID("-")
        case .ssh(let target): return SourceID(target.name)
        case .replay(let path, _): return SourceID("replay:\(path)")
        case .proc: return SourceID("proc")
        case .demo: return SourceID("demo")
        }
    }

    /// True for sources that can carry lines upstream (acknowledgements).
    public var isBidirectional: Bool {
        switch self {
        case .tcp: return true
        case .ssh(let target): return target.path == nil
        default: return false
        }
    }

    private static func hostAndPort(_ authority: String, text: String) throws(SourceParseError) -> (String, Int?) {
        var host = Substring(authority)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { throw SourceParseError(text: text, reason: "unclosed [") }
            let after = host[host.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty {
                throw SourceParseError(text: text, reason: "unexpected text after ]")
            }
            host = host[host.index(after: host.startIndex)..<close]
        } else if let colon = host.lastIndex(of: ":") {
            portText = host[host.index(after: colon)...]
            host = host[..<colon]
        }
        if host.isEmpty { throw SourceParseError(text: text, reason: "no host") }
        guard let portText else { return (String(host), nil) }
        guard let port = Int(portText), (1...65_535).contains(port) else {
            throw SourceParseError(text: text, reason: "port must be 1-65535")
        }
        return (String(host), port)
    }
}
