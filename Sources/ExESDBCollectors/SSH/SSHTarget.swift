/// Where an SSH source connects: `ssh://[user@]host[:port][/path/to/file]`.
public struct SSHTarget: Sendable, Hashable {
    /// The remote user; nil uses ssh's default.
    public var user: String?
    /// The host name or address.
    public var host: String
    /// The SSH port; nil uses ssh's default.
    public var port: Int?
    /// A remote file to follow; nil bridges to the ExESDB bridge port with `ssh -W`.
    public var path: String?

    /// A target.
    public init(user: String? = nil, host: String, port: Int? = nil, path: String? = nil) {
        self.user = user
        self.host = host
        self.port = port
        self.path = path
    }

    /// `user@host` or `host`, as ssh takes it.
    public var destination: String { user.map { "\($0)@\(host)" } ?? host }

    /// The URI-ish name shown on screen.
    public var name: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        return "ssh://\(user.map { "\($0)@" } ?? "")\(hostPart)\(port.map { ":\($0)" } ?? "")\(path ?? "")"
    }
}
