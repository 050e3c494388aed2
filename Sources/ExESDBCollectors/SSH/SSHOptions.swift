/// How an SSH source runs `ssh`.
public struct SSHOptions: Sendable, Hashable {
    /// Reconnect spacing.
    public var backoff: BackoffPolicy
    /// ssh's ConnectTimeout, in seconds.
    public var connectTimeout: Int
    /// The bridge port on the remote host that `ssh -W 127.0.0.1:PORT` reaches.
    public var bridgePort: Int
    /// Extra ssh arguments placed before the destination, e.g. `["-i", key, "-o", "UserKnownHostsFile=…"]`.
    public var extraArguments: [String]
    /// The ssh program, a name looked up in PATH.
    public var executable: String
    /// Lines queued for `send` while disconnected; the oldest are dropped beyond this.
    public var sendQueueLimit: Int

    /// Settings; the defaults suit an operator's interactive use.
    public init(
        backoff: BackoffPolicy = .standard, connectTimeout: Int = 5, bridgePort: Int = 7755,
        extraArguments: [String] = [], executable: String = "ssh", sendQueueLimit: Int = 1_000
    ) {
        self.backoff = backoff
        self.connectTimeout = connectTimeout
        self.bridgePort = bridgePort
        self.extraArguments = extraArguments
        self.executable = executable
        self.sendQueueLimit = sendQueueLimit
    }
}
