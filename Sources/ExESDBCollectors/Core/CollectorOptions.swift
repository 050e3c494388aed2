/// Settings for every kind of collector, from the command line and config file.
public struct CollectorOptions: Sendable {
    /// TCP connection settings.
    public var tcp: TCPOptions
    /// SSH settings.
    public var ssh: SSHOptions
    /// Read followed files from their start instead of their end.
    public var fileFromStart: Bool
    /// How often a followed file is checked, in seconds.
    public var filePollInterval: Double
    /// The node name the proc source reports (nil: the host name).
    public var procNode: String?
    /// The proc sampling interval, in seconds (follows the refresh interval).
    public var procInterval: Double
    /// Mounts reported besides `/`.
    public var procExtraMounts: [String]
    /// The demo cluster's seed.
    public var demoSeed: UInt64
    /// The demo cluster's speed factor.
    public var demoSpeed: Double

    /// Settings with operator defaults.
    public init(
        tcp: TCPOptions = TCPOptions(), ssh: SSHOptions = SSHOptions(), fileFromStart: Bool = false,
        filePollInterval: Double = 0.2, procNode: String? = nil, procInterval: Double = 1,
        procExtraMounts: [String] = [], demoSeed: UInt64 = 1, demoSpeed: Double = 1
    ) {
        self.tcp = tcp
        self.ssh = ssh
        self.fileFromStart = fileFromStart
        self.filePollInterval = filePollInterval
        self.procNode = procNode
        self.procInterval = procInterval
        self.procExtraMounts = procExtraMounts
        self.demoSeed = demoSeed
        self.demoSpeed = demoSpeed
    }
}

extension SourceDescriptor {
    /// A collector for this source with `options`; its id is `self.id`.
    public func makeCollector(options: CollectorOptions = CollectorOptions()) -> any Collector {
        switch self {
        case .tcp(let host, let port): return TCPCollector(host: host, port: port, id: id, options: options.tcp)
        case .file(let path):
            return FileTailCollector(path: path, id: id, fromStart: options.fileFromStart, pollInterval: options.filePollInterval)
        case .standardInput: return FileDescriptorCollector(id: id)
        case .ssh(let target): return SSHCollector(target: target, options: options.ssh, id: id)
        case .replay(let path, let speed): return ReplayCollector(path: path, speed: speed, id: id)
        case .proc:
            return ProcCollector(node: options.procNode, interval: options.procInterval, extraMounts: options.procExtraMounts, id: id)
        case .demo: return DemoCollector(seed: options.demoSeed, speed: options.demoSpeed, id: id)
        }
    }
}
