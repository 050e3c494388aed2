#if canImport(Glibc)
import Glibc
#endif
import NIOCore
import NIOPosix
import Synchronization

/// Reads lines from `tcp://host:port` and writes lines back. Reconnects forever with exponential
/// backoff and jitter, starting over after a healthy connection; a close or reset shows as
/// disconnected at once, a silently dead peer through TCP keepalive. Lines sent while disconnected
/// wait in a bounded queue (oldest dropped and counted) and go out on the next connection.
public final class TCPCollector: Collector {
    public let id: SourceID
    /// The host to connect to.
    public let host: String
    /// The port to connect to.
    public let port: Int
    private let options: TCPOptions
    private let group: any EventLoopGroup
    private let machine: Mutex<Machine>

    private struct Machine {
        var deliver: (@Sendable (CollectorOutput) -> Void)?
        var stopped = false
        var generation = 0
        var closedGeneration = 0
        var channel: (any Channel)?
        var connectedSince: Double?
        var outbox: [[UInt8]] = []
        var droppedSends = 0
        var backoff: ReconnectBackoff
        var retry: Scheduled<Void>?
    }

    /// A collector for `host:port`, named `tcp://host:port` unless `id` is given.
    public init(
        host: String, port: Int, id: SourceID? = nil, options: TCPOptions = TCPOptions(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.host = host
        self.port = port
        self.id = id ?? SourceID("tcp://\(host.contains(":") ? "[\(host)]" : host):\(port)")
        self.options = options
        self.group = group
        self.machine = Mutex(Machine(backoff: ReconnectBackoff(policy: options.backoff)))
    }

    /// Lines dropped from the send queue because it was full while disconnected.
    public var droppedSendCount: Int { machine.withLock { $0.droppedSends } }

    public func start(deliver: @escaping @Sendable (CollectorOutput) -> Void) {
        machine.withLock { $0.deliver = deliver }
        connect()
    }

    public func stop() {
        let channel: (any Channel)? = machine.withLock { state in
            state.stopped = true
            state.retry?.cancel()
            state.retry = nil
            defer { state.channel = nil }
            return state.channel
        }
        channel?.close(promise: nil)
    }

    @discardableResult
    public func send(line: [UInt8]) -> Bool {
        let channel: (any Channel)? = machine.withLock { state in
            if state.stopped { return nil }
            if let channel = state.channel { return channel }
            state.outbox.append(line)
            if state.outbox.count > options.sendQueueLimit {
                state.outbox.removeFirst(state.outbox.count - options.sendQueueLimit)
                state.droppedSends += 1
            }
            return nil
        }
        guard let channel else { return !machine.withLock { $0.stopped } }
        write([line], to: channel)
        return true
    }

    /// Hands `output` to the consumer unless stopped.
    func emit(_ output: CollectorOutput) {
        let deliver = machine.withLock { $0.stopped ? nil : $0.deliver }
        deliver?(output)
    }

    /// Called by the handler when the connection of `generation` is up.
    func connectionOpened(_ channel: any Channel, generation: Int) {
        let queued: [[UInt8]]? = machine.withLock { state in
            guard state.generation == generation, !state.stopped else { return nil }
            state.channel = channel
            state.connectedSince = WallClock.monotonic()
            defer { state.outbox = [] }
            return state.outbox
        }
        guard let queued else {
            channel.close(promise: nil)
            return
        }
        emit(.state(id, .connected))
        if !queued.isEmpty { write(queued, to: channel) }
    }

    /// Called when the connection (or the attempt) of `generation` ended for `reason`.
    func connectionClosed(generation: Int, reason: String) {
        let delay: Double? = machine.withLock { state in
            guard state.generation == generation, state.closedGeneration < generation, !state.stopped else {
                return nil
            }
            state.closedGeneration = generation
            state.channel = nil
            let upFor = state.connectedSince.map { WallClock.monotonic() - $0 } ?? 0
            state.connectedSince = nil
            return state.backoff.delay(afterConnectedFor: upFor, unitRandom: Double.random(in: 0...1))
        }
        guard let delay else { return }
        emit(.state(id, .disconnected(reason: reason, retryAt: WallClock.now() + delay)))
        machine.withLock { state in
            guard !state.stopped, state.generation == generation else { return }
            state.retry = group.next().scheduleTask(in: .nanoseconds(Int64(delay * 1e9))) { [self] in
                connect()
            }
        }
    }

    private func connect() {
        let generation: Int? = machine.withLock { state in
            guard !state.stopped else { return nil }
            state.generation += 1
            state.retry = nil
            return state.generation
        }
        guard let generation else { return }
        emit(.state(id, .connecting))
        let keepalive = options
        ClientBootstrap(group: group)
            .connectTimeout(.nanoseconds(Int64(options.connectTimeout * 1e9)))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelOption(Self.tcpOption(TCP_KEEPIDLE), value: keepalive.keepaliveIdle)
            .channelOption(Self.tcpOption(TCP_KEEPINTVL), value: keepalive.keepaliveInterval)
            .channelOption(Self.tcpOption(TCP_KEEPCNT), value: keepalive.keepaliveProbes)
            .channelInitializer { [self] channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        TCPLineHandler(collector: self, generation: generation))
                }
            }
            .connect(host: host, port: port)
            .whenFailure { [self] error in
                connectionClosed(generation: generation, reason: connectionErrorText(error))
            }
    }

    private func write(_ lines: [[UInt8]], to channel: any Channel) {
        var buffer = channel.allocator.buffer(capacity: lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            buffer.writeBytes(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
        channel.writeAndFlush(buffer, promise: nil)
    }

    private static func tcpOption(_ name: Int32) -> ChannelOptions.Types.SocketOption {
        ChannelOptions.Types.SocketOption(level: SocketOptionLevel(IPPROTO_TCP), name: SocketOptionName(name))
    }
}
